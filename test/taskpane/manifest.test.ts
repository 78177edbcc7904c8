/**
 * @jest-environment jsdom
 */
// Offline checks of manifest.xml (office-addin-manifest's validator calls an online service).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Order of OfficeApp's children in the schema (TaskPaneApp); optional ones may be absent. */
const SCHEMA_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, "application/xml");
}

function children(el: Element): Element[] {
  return Array.from(el.children);
}

/** Every URL the manifest names (attribute values and AppDomain text). */
function urlsOf(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v?.startsWith("https://")) urls.push(v);
    }
  }
  return urls;
}

interface BuildConfig {
  plugins: Array<{ userOptions?: { filename?: string }; patterns?: CopyPattern[] }>;
}
interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string | Buffer;
}

type MakeConfig = (env: object, options: object) => Promise<BuildConfig>;

/** webpack's config as `webpack --mode production` sees it, with ADDIN_URL set as given. */
async function buildConfig(addinUrl?: string): Promise<BuildConfig> {
  const previous = process.env.ADDIN_URL;
  if (addinUrl) process.env.ADDIN_URL = addinUrl;
  else delete process.env.ADDIN_URL;
  let make: MakeConfig | undefined;
  await jest.isolateModulesAsync(async () => {
    const loaded = (await import(join(ROOT, "webpack.config.js"))) as { default?: MakeConfig } & MakeConfig;
    make = loaded.default ?? loaded;
  });
  const config = await make!({}, { mode: "production" });
  if (previous === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = previous;
  return config;
}

/** The files the build writes, from webpack's config: html pages and copied assets (their sources must exist). */
async function builtFiles(): Promise<Set<string>> {
  const config = await buildConfig();
  const files = new Set<string>();
  for (const plugin of config.plugins) {
    if (plugin.userOptions?.filename) files.add(plugin.userOptions.filename);
    for (const p of plugin.patterns ?? []) {
      const sources = p.from.endsWith("*.png")
        ? readdirSync(join(ROOT, p.from.replace("/*.png", "")))
            .filter((f) => f.endsWith(".png"))
            .map((f) => join(p.from.replace("/*.png", ""), f))
        : [p.from];
      for (const source of sources) {
        expect(existsSync(join(ROOT, source))).toBe(true);
        const base = source.split("/").pop()!;
        const [name, ext] = [base.replace(/\.[^.]+$/, ""), base.slice(base.lastIndexOf("."))];
        files.add(p.to.replace("[name]", name).replace("[ext]", ext));
      }
    }
  }
  return files;
}

describe("manifest.xml", () => {
  const doc = parse(manifestText);
  const app = doc.documentElement;

  it("is well-formed XML with an OfficeApp task-pane root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(app.tagName).toBe("OfficeApp");
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  it("orders OfficeApp's elements as the schema requires", () => {
    const names = children(app).map((c) => c.tagName);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(names.indexOf("Requirements")).toBe(names.indexOf("Hosts") + 1);
    expect(names.indexOf("DefaultSettings")).toBe(names.indexOf("Requirements") + 1);
  });

  it("asks for ExcelApi 1.10, read/write access, and names itself in zh-CN and en", () => {
    const set = app.getElementsByTagName("Set")[0];
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["ExcelApi", "1.10"]);
    expect(app.getElementsByTagName("Permissions")[0].textContent).toBe("ReadWriteDocument");
    expect(app.getElementsByTagName("DefaultLocale")[0].textContent).toBe("zh-CN");
    const name = app.getElementsByTagName("DisplayName")[0];
    expect(name.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
    expect(name.getElementsByTagName("Override")[0].getAttribute("Locale")).toBe("en-US");
  });

  it("puts its button on the Home tab and defines every resource it refers to", () => {
    expect(app.getElementsByTagName("OfficeTab")[0].getAttribute("id")).toBe("TabHome");
    const defined = new Set(
      Array.from(app.getElementsByTagName("Resources")[0].getElementsByTagName("*"))
        .map((e) => e.getAttribute("id"))
        .filter(Boolean),
    );
    const used = Array.from(app.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(0);
    for (const r of used) expect({ resid: r, defined: defined.has(r) }).toEqual({ resid: r, defined: true });
  });

  it("names only files the build writes (pages, icons of 16, 32, 64 and 80 px)", async () => {
    const files = await builtFiles();
    const urls = urlsOf(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const path = url.slice(DEV_URL.length);
      expect({ url, built: files.has(path) }).toEqual({ url, built: true });
    }
    for (const size of [16, 32, 64, 80]) expect(files.has(`assets/icons/icon-${size}.png`)).toBe(true);
  });

  it("gets the production URL from ADDIN_URL in the built manifest", async () => {
    const config = await buildConfig("https://gridscore.example.cn/addin");
    const copy = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
    const built = String(copy!.transform!(Buffer.from(manifestText)));
    expect(parse(built).getElementsByTagName("parsererror")).toHaveLength(0);
    expect(built).not.toContain("localhost");
    expect(urlsOf(parse(built)).every((u) => u.startsWith("https://gridscore.example.cn/addin/"))).toBe(true);
  });
});
