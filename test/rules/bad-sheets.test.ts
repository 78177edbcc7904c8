import { xiaoshan201405 } from "../../src/engine";
import { MemoryHost } from "../../src/hosts/memory";
import { cellAddress } from "../../src/sheet/address";
import type { CellValue, SheetSnapshot } from "../../src/sheet/types";
import { planRulesSheet } from "../../src/rules/sheet-write";
import { readRulesSheet } from "../../src/rules/sheet-read";
import { COL, RULES_SHEET, SECTION } from "../../src/rules/sheet-layout";
import { GROUP_BUILD_LOWEST_TO, GROUP_BUILD_PROPORTIONAL_FROM, numberId } from "./number-id";

async function rulesSnapshot(): Promise<SheetSnapshot> {
  const host = new MemoryHost([]);
  await host.apply(planRulesSheet(xiaoshan201405, "zh-CN", null));
  return host.readSheet(RULES_SHEET);
}

/** The row (0-based) whose column A holds `a`, at or after the title row of `section`. */
function rowOf(s: SheetSnapshot, section: keyof typeof SECTION, a: string): number {
  const title = s.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(SECTION[section]));
  const row = s.values.findIndex((r, i) => i > title && r[0] === a);
  if (title < 0 || row < 0) throw new Error(`no row ${a} in ${section}`);
  return row;
}

function set(s: SheetSnapshot, row: number, col: number, value: CellValue): string {
  s.values[row][col] = value;
  s.text[row][col] = value === null ? "" : String(value);
  return `${RULES_SHEET}!${cellAddress(row, col)}`;
}

const V = COL.numbers.value;
/** groupBuild's bands: ≥ 100% full; 80%–100% proportional (its lower edge: PROP); below 80% (its upper edge: LOW). */
const PROP = numberId(GROUP_BUILD_PROPORTIONAL_FROM);
const LOW = numberId(GROUP_BUILD_LOWEST_TO);
const cases: Array<[string, (s: SheetSnapshot) => string, string]> = [
  ["a text in a number cell", (s) => set(s, rowOf(s, "numbers", PROP), V, "八十"), "notANumber"],
  ["a blank number cell", (s) => set(s, rowOf(s, "numbers", PROP), V, null), "blank"],
  [
    "a band gap (80% → 85% leaves 80–85% without a band)",
    (s) => set(s, rowOf(s, "numbers", PROP), V, 0.85),
    "bandGap",
  ],
  [
    "a band overlap (the lowest band raised to 90%)",
    (s) => {
      set(s, rowOf(s, "numbers", LOW), V, 0.9);
      return `${RULES_SHEET}!${cellAddress(rowOf(s, "numbers", PROP), V)}`;
    },
    "bandOverlap",
  ],
  [
    "weights not adding to 100",
    (s) => {
      set(s, rowOf(s, "indicators", "groupProduct"), COL.indicators.weight, 6);
      const title = rowOf(s, "indicators", "编号") - 1;
      return `${RULES_SHEET}!${cellAddress(title, COL.indicators.weight)}`;
    },
    "weightsNot100",
  ],
  [
    "a weight that is text",
    (s) => set(s, rowOf(s, "indicators", "groupProduct"), COL.indicators.weight, "五"),
    "notANumber",
  ],
  [
    "a parameter value not in its drop-down",
    (s) => set(s, rowOf(s, "parameters", "stepMode"), COL.parameters.value, "steps"),
    "unknownParameterValue",
  ],
  [
    "a numeric parameter given a word",
    (s) => set(s, rowOf(s, "parameters", "complianceMax"), COL.parameters.value, "三"),
    "parameterInvalid",
  ],
  [
    "a field nobody declared (the field's row renamed)",
    (s) => {
      set(s, rowOf(s, "fields", "gpNetAdds"), COL.fields.id, "gpNetAddsRenamed");
      return `${RULES_SHEET}!${cellAddress(rowOf(s, "structure", "groupProduct"), COL.structure.json)}`;
    },
    "fieldUndeclared",
  ],
  [
    "a duplicated indicator id",
    (s) => set(s, rowOf(s, "indicators", "groupProduct"), COL.indicators.id, "unifiedPay"),
    "duplicateId",
  ],
  [
    "a truncated rule structure",
    (s) => {
      const row = rowOf(s, "structure", "groupBuild");
      return set(s, row, COL.structure.json, String(s.values[row][COL.structure.json]).slice(0, 50));
    },
    "badJson",
  ],
  ["a month typed as a date", (s) => set(s, rowOf(s, "ruleSet", "月份"), 1, 41760), "month"],
  [
    "a bonus cell that is neither 是 nor 否",
    (s) => set(s, rowOf(s, "indicators", "adjustment"), COL.indicators.bonus, "也许"),
    "notYesNo",
  ],
];

describe("a bad rules sheet", () => {
  it.each(cases)("%s: a problem naming the cell, and no rule set", async (_name, edit, code) => {
    const s = await rulesSnapshot();
    const cell = edit(s);
    const read = readRulesSheet(s);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const found = read.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.cell]);
    expect(found).toContainEqual([code, cell]);
    const p = read.problems.find((x) => x.code === code && x.cell === cell)!;
    expect(p.message["zh-CN"].startsWith(`${cell}：`)).toBe(true);
    expect(p.message.en.startsWith(`${cell}: `)).toBe(true);
  });

  it("names the missing section when a section title is gone", async () => {
    const s = await rulesSnapshot();
    set(s, rowOf(s, "numbers", "N1") - 2, 0, "数值");
    const read = readRulesSheet(s);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0].message["zh-CN"]).toContain(SECTION.numbers);
  });

  it("reads an edited threshold as the new rule", async () => {
    const s = await rulesSnapshot();
    set(s, rowOf(s, "numbers", PROP), V, 0.7);
    set(s, rowOf(s, "numbers", LOW), V, 0.7);
    const read = readRulesSheet(s);
    if (!read.ok) throw new Error(read.problems[0].message.en);
    const rule = read.ruleSet.indicators[3].rule as { bands: Array<{ from?: number; to?: number }> };
    expect(rule.bands.map((b) => [b.from, b.to])).toEqual([
      [1, undefined],
      [0.7, 1],
      [undefined, 0.7],
    ]);
  });
});

describe("a parameter's messages", () => {
  it("name the allowed values of a drop-down, and a blank value", async () => {
    const s = await rulesSnapshot();
    const row = rowOf(s, "parameters", "stepMode");
    set(s, row, COL.parameters.value, "steps");
    const read = readRulesSheet(s);
    expect(!read.ok && read.problems[0].message["zh-CN"]).toBe(
      `${RULES_SHEET}!B${row + 1}：“steps”不是参数“stepMode”的可选值，应为continuous / whole 之一（用下拉列表选择）`,
    );
    set(s, row, COL.parameters.value, null);
    const blank = readRulesSheet(s);
    expect(!blank.ok && blank.problems[0].message.en).toBe(
      `${RULES_SHEET}!B${row + 1}: parameter "stepMode": blank; expected one of continuous / whole`,
    );
  });
});
