/**
 * A quantity used in two places of one indicator (统付's 等效家数 E: in the completion rate and again
 * in the accounts above target) is written once on the rules sheet and read once: editing its cell
 * changes both places. Two different definitions of one quantity (a rule-set file edited in one
 * place, or a rules sheet whose structure holds two copies) are an error naming the place, never a
 * rule set that scores one part with one reading and the other part with another.
 */
import {
  checkRuleSet,
  parseRuleSet,
  xiaoshan201405,
  xiaoshan201405Data,
  type RuleSet,
} from "../../src/engine";
import { readRuleSetData } from "../../src/engine/ruleset-read";
import { MemoryHost } from "../../src/hosts/memory";
import { extractNumbers } from "../../src/rules/numbers";
import { planRulesSheet } from "../../src/rules/sheet-write";
import { readRulesSheet } from "../../src/rules/sheet-read";
import { COL, RULES_SHEET } from "../../src/rules/sheet-layout";
import type { SheetSnapshot } from "../../src/sheet/types";
import { scoreOf } from "../engine/fixtures";

/** Where May's unifiedPay reads 50,000 of revenue as one account: in the rate, and above target. */
const IN_RATE = "indicators[0].rule.measure.of.of[1].per";
const ABOVE_TARGET = "indicators[0].rule.bands[1].score.rule.measure.of.of[1].per";

function at(rs: unknown, path: string): unknown {
  let node = rs;
  for (const m of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g))
    node = (node as Record<string, unknown>)[m[1] ?? m[2]];
  return node;
}

async function sheetOf(rs: RuleSet): Promise<SheetSnapshot> {
  const host = new MemoryHost([]);
  await host.apply(planRulesSheet(rs, "zh-CN", null));
  return host.readSheet(RULES_SHEET);
}

function setValue(s: SheetSnapshot, id: string, value: number): string {
  const row = s.values.findIndex((r) => r[0] === id);
  if (row < 0) throw new Error(`no number ${id}`);
  s.values[row][COL.numbers.value] = value;
  s.text[row][COL.numbers.value] = String(value);
  return `${RULES_SHEET}!${"ABCDEFGHIJ"[COL.numbers.value]}${row + 1}`;
}

/** May's data with 50,000 changed to 60,000 only where the rule counts the accounts above target. */
function editedInOnePlace(): Record<string, unknown> {
  const data = structuredClone(xiaoshan201405Data) as Record<string, unknown>;
  const holder = at(data, ABOVE_TARGET.replace(/\.per$/, "")) as Record<string, unknown>;
  holder.per = 60000;
  return data;
}

// One account, target 1, and 100,000 of revenue: 2 accounts at 50,000 each (E = 3 → 10 + 5 × 2 = 20),
// 1 at 60,000 (E = 2 → 10 + 5 × 1 = 15).
const REVENUE = { payTarget: 1, payAccounts: 1, payRevenues: [100000], prepayPrincipal: null };

describe("a quantity used twice in one indicator", () => {
  it("is one row of the rules sheet, which both places refer to", () => {
    const { numbers } = extractNumbers(xiaoshan201405);
    expect(numbers.filter((n) => n.indicator === "unifiedPay" && n.value === 50000)).toHaveLength(1);
    expect(numbers.filter((n) => n.indicator === "unifiedPay" && n.value === 3000)).toHaveLength(1);
    expect(numbers.map((n) => n.path)).toContain(IN_RATE);
    expect(numbers.map((n) => n.path)).not.toContain(ABOVE_TARGET);
  });

  it("changes in both places when its one cell is edited, and scores consistently", async () => {
    expect(scoreOf("unifiedPay", REVENUE)).toBe(20);
    const s = await sheetOf(xiaoshan201405);
    const id = extractNumbers(xiaoshan201405).numbers.find((n) => n.path === IN_RATE)!.id;
    setValue(s, id, 60000);
    const read = readRulesSheet(s);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("\n"));
    expect(at(read.ruleSet, IN_RATE)).toBe(60000);
    expect(at(read.ruleSet, ABOVE_TARGET)).toBe(60000);
    expect(scoreOf("unifiedPay", REVENUE, read.ruleSet)).toBe(15);
  });

  it("defined two ways in a rule-set file is an error at the second place, and nothing is read", () => {
    const data = editedInOnePlace();
    const reading = readRuleSetData(data);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    const found = reading.problems.filter((m) => m.code === "quantityMismatch");
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe(ABOVE_TARGET);
    expect(found[0].message["zh-CN"]).toContain("等效家数 E");
    expect(found[0].message["zh-CN"]).toContain(IN_RATE);
    expect(found[0].message.en).toContain("60000 here, 50000 at");
  });

  it("defined two ways on a rules sheet (two cells, one edited) is an error naming the edited cell", async () => {
    // A sheet with two cells for the quantity (written from copies that differed), both then set to
    // 50,000: it reads as May. Editing one of the two cells is then caught, with that cell named.
    const twoCopies = parseRuleSet(editedInOnePlace());
    const s = await sheetOf(twoCopies);
    const second = extractNumbers(twoCopies).numbers.find((n) => n.path === ABOVE_TARGET);
    if (second === undefined) throw new Error("the sheet should hold a second cell");
    setValue(s, second.id, 50000);
    const same = readRulesSheet(s);
    if (!same.ok) throw new Error(same.problems.map((p) => p.message.en).join("\n"));
    expect(same.ruleSet).toEqual(xiaoshan201405);
    const cell = setValue(s, second.id, 70000);
    const read = readRulesSheet(s);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.code, p.cell])).toContainEqual(["quantityMismatch", cell]);
  });

  it("is not confused with two quantities that share a name but read other fields", () => {
    const data = structuredClone(xiaoshan201405Data) as Record<string, unknown>;
    const second = at(data, ABOVE_TARGET.replace(/\.of\[1\]\.per$/, "")) as { of: unknown[] };
    // E above target made of the accounts alone: another quantity (say, wrongly named), not E edited.
    second.of = [second.of[0]];
    const reading = readRuleSetData(data);
    const found = reading.ok ? reading.warnings : reading.problems;
    expect(found.filter((m) => m.code === "quantityMismatch")).toEqual([]);
  });

  it("is silent when both places agree (the shipped rule sets)", () => {
    expect(checkRuleSet(xiaoshan201405).filter((m) => m.code === "quantityMismatch")).toEqual([]);
  });
});
