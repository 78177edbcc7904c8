// The pane's shipped rule set: metadata prebuilt at build time (enough to detect), the rules on first score.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { xiaoshan201405 } from "../../src/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { detectWorkbook } from "../../src/sheet/detect-run";
import { isRuleSetSource, loadedRuleSet, ruleSetMeta } from "../../src/taskpane/rule-set-source";
import { shippedMeta } from "../../src/taskpane/shipped-meta";
import { shippedRuleSet } from "../../src/taskpane/shipped-rule-set";
import { familySheet } from "../sheet/fixtures/sheet-builder";

const ROOT = resolve(__dirname, "../..");

/**
 * Runs the webpack loader on a module as webpack would (in its own Node process, where tsx runs it) and
 * reads back the module it writes.
 */
function runLoader(resourcePath: string): Record<string, unknown> {
  const script = `
    const loader = require(${JSON.stringify(resolve(ROOT, "bin/prebuilt-loader.cjs"))});
    loader.call({
      resourcePath: ${JSON.stringify(resourcePath)},
      addContextDependency() {},
      async: () => (error, source) => {
        if (error) { console.error(error); process.exit(1); }
        process.stdout.write(source);
      },
    });`;
  const source = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  const exports: Record<string, unknown> = {};
  for (const [, name, json] of source.matchAll(/^export const (\w+) = (.*);$/gm))
    exports[name] = JSON.parse(json);
  return exports;
}

describe("the shipped rule set in the pane", () => {
  test("its metadata is the parsed rule set's, and only that (no rules, no parameters)", () => {
    expect(shippedMeta).toEqual(ruleSetMeta(xiaoshan201405));
    expect(Object.keys(shippedMeta).sort()).toEqual(["categories", "fields", "id", "indicators", "title"]);
    expect(shippedMeta.indicators[0]).not.toHaveProperty("rule");
  });

  test("the build writes the same metadata into the bundle (bin/prebuilt-loader.cjs)", () => {
    const built = runLoader(resolve(ROOT, "src/taskpane/shipped-meta.ts"));
    expect(built).toEqual({ shippedMeta });
  }, 30_000);

  test("detecting with the metadata finds what detecting with the whole rule set finds", async () => {
    for (const traditional of [false, true]) {
      const host = new MemoryHost([familySheet({ traditional })]);
      const withMeta = await detectWorkbook(host, { ruleSet: shippedMeta, locale: "zh-CN" });
      const withRules = await detectWorkbook(host, { ruleSet: xiaoshan201405, locale: "zh-CN" });
      expect(withMeta.detection.ok).toBe(true);
      expect(withMeta).toEqual(withRules);
    }
  });

  test("loads the validated rule set itself, once", async () => {
    const first = shippedRuleSet.load();
    expect(shippedRuleSet.load()).toBe(first);
    expect(await first).toBe(xiaoshan201405);
  });

  test("a rule set given whole is its own source", async () => {
    expect(isRuleSetSource(shippedRuleSet)).toBe(true);
    expect(isRuleSetSource(xiaoshan201405)).toBe(false);
    const source = loadedRuleSet(xiaoshan201405);
    expect(source.meta).toBe(xiaoshan201405);
    expect(await source.load()).toBe(xiaoshan201405);
  });
});
