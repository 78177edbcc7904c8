// Traditional → Simplified on demand: the converter is built only for text it could change, and
// gives what opencc-js's converter gives for any text.
import fc from "fast-check";
import * as OpenCC from "opencc-js/t2cn";
import type { DictGroup } from "opencc-js/core";
import { headerKey, simplified, simplifierBuilt } from "../../src/sheet/normalize";
import { xiaoshan201405 as RS } from "../../src/engine";
import { familySheet } from "./fixtures/sheet-builder";

const opencc = OpenCC.Converter({ from: "t", to: "cn" });

describe("simplified (lazy Traditional → Simplified)", () => {
  test("Simplified headers and names pass through without building the converter", () => {
    const simplifiedSheet = familySheet();
    const texts = [
      ...simplifiedSheet.text.flat(),
      ...RS.fields.flatMap((f) => f.headers),
      ...RS.indicators.flatMap((i) => i.headers),
      ...RS.categories.flatMap((c) => c.headers),
    ].filter((t) => t !== "");
    for (const text of texts) expect(simplified(text.normalize("NFKC"))).toBe(text.normalize("NFKC"));
    expect(simplifierBuilt()).toBe(false);
  });

  test("a Traditional header is converted (and then the converter is built)", () => {
    expect(headerKey("集團拓展（新建）")).toBe("集团拓展(新建)");
    expect(headerKey("統付新增或劃賬收入")).toBe(headerKey("统付新增或划账收入"));
    expect(simplifierBuilt()).toBe(true);
  });

  test("every header of a Traditional sheet gets opencc-js's conversion", () => {
    for (const text of familySheet({ traditional: true }).text.flat())
      expect(simplified(text)).toBe(opencc(text));
  });

  test("any text: the same as opencc-js's converter", () => {
    // Characters from both scripts, the starts of phrases in the dictionaries, and ASCII.
    const pool = [
      ..."集團团拓展統统付劃划賬账收入目标標家數数單单元乾隆干一二年回流意金上出明林大海",
      "a",
      "1",
      " ",
    ];
    const text = fc.array(fc.constantFrom(...pool), { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(fc.property(text, (t) => simplified(t) === opencc(t)));
  });

  test("every key of opencc-js's t2s dictionaries (its full Traditional entry) converts the same", () => {
    // The dictionaries as opencc-js's own preset lists them, not as src/sheet/normalize.ts imports them.
    const t2s = OpenCC.Locale.configs.t2s as (typeof OpenCC.Locale.configs)[string] & {
      normalizationChain: readonly DictGroup[];
    };
    const keys = [...t2s.normalizationChain, ...t2s.conversionChain]
      .flat()
      .flatMap((dict) =>
        typeof dict === "string"
          ? dict.split("|").map((entry) => entry.slice(0, entry.indexOf(" ")))
          : dict.map(([from]) => from),
      );
    expect(keys.length).toBeGreaterThan(4000);
    for (const key of keys) expect(simplified(`${key}表`)).toBe(opencc(`${key}表`));
  });
});
