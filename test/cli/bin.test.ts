import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

describe("the gridscore bin", () => {
  it("runs from the TypeScript sources through tsx and prints the help", () => {
    const r = spawnSync(
      process.execPath,
      [resolve(__dirname, "../../bin/gridscore.cjs"), "--help", "--lang", "en"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("gridscore score <IN.xlsx> --out <OUT.xlsx>");
  });

  it("exits 1 on bad arguments", () => {
    const r = spawnSync(process.execPath, [resolve(__dirname, "../../bin/gridscore.cjs"), "score"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("一个输入文件");
  });
});

describe("the prebuilt command line (bin/cli-bundle.cjs)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bin's own CommonJS helper
  const bundle = require("../../bin/cli-bundle.cjs") as {
    BUNDLE: string;
    freshBundle(): string | null;
    buildBundle(): void;
  };

  it("builds a bundle that runs the command line", () => {
    bundle.buildBundle();
    // run() reads the arguments from process.argv[2], as when started as a script.
    const start = `process.argv.splice(1, 0, "gridscore"); require(${JSON.stringify(bundle.BUNDLE)}).run()`;
    const r = spawnSync(process.execPath, ["-e", start, "--", "--help", "--lang", "en"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("gridscore score <IN.xlsx> --out <OUT.xlsx>");
  }, 60_000);

  it("is used only while no source file is newer", () => {
    bundle.buildBundle();
    utimesSync(bundle.BUNDLE, new Date(0), new Date(0));
    expect(bundle.freshBundle()).toBeNull();
    const now = new Date();
    utimesSync(bundle.BUNDLE, now, now);
    expect(bundle.freshBundle()).toBe(bundle.BUNDLE);
  }, 60_000);
});

describe("the command line's code cache (loadWithCodeCache)", () => {
  const helper = resolve(__dirname, "../../bin/cli-bundle.cjs");
  /** Loads `file` in a fresh process as bin/gridscore.cjs does; prints the cache state and what the export returns (it reads the bundle's own __filename). */
  const load = (file: string) =>
    spawnSync(
      process.execPath,
      [
        "-e",
        `const r = require(${JSON.stringify(helper)}).loadWithCodeCache(${JSON.stringify(file)});` +
          "console.log(r.cache, r.exports.answer())",
      ],
      { encoding: "utf8" },
    );

  it("is written by a first run, used by the next, and refused and rewritten when the bundle changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "gridscore-cache-"));
    const file = join(dir, "bundle.cjs");
    writeFileSync(file, "exports.answer = () => 40 + require('node:path').basename(__filename).length;");
    expect(load(file).stdout.trim()).toBe("none 50");
    expect(existsSync(`${file}.v8-cache`)).toBe(true);
    expect(load(file).stdout.trim()).toBe("used 50");
    writeFileSync(file, "exports.answer = () => 42; // rebuilt, a different length");
    expect(load(file).stdout.trim()).toBe("rejected 42");
    expect(load(file).stdout.trim()).toBe("used 42");
    rmSync(dir, { recursive: true, force: true });
  });
});
