/**
 * Serves the built preview (dist/) over plain http on localhost: `npm run preview`, the e2e test and the
 * bench. Static files only; nothing leaves the machine.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json",
};

export const DIST = resolve(__dirname, "../../dist");

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function servePreview(root = DIST, port = 0): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "preview.html" : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      done({
        url: `http://localhost:${actual}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3001);
  if (!existsSync(join(DIST, "preview.html"))) {
    process.stderr.write("dist/preview.html is missing: run `npm run build` first.\n");
    process.exit(1);
  }
  void servePreview(DIST, port).then(({ url }) => process.stdout.write(`GridScore preview: ${url}\n`));
}
