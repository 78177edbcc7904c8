import fc from "fast-check";
import {
  assignRanks,
  copyResult,
  evaluateManager,
  scoreAll,
  xiaoshan201405 as rs,
  type ManagerInput,
  type ManagerResult,
} from "../../src/engine";
import { FULL_MARKS, manager } from "./fixtures";

const plain = (m: ManagerResult) => JSON.parse(JSON.stringify(m)) as Record<string, unknown>;

const inputs = [
  manager({}, "城区", "甲"),
  manager({ memberCollected: 80, regionalScore: null }, "城区", "乙"),
  manager({ memberTarget: "八十" as unknown as number }, "瓜沥", "丙"),
  manager({ adjustmentPoints: 2, adjustmentReason: null }, "瓜沥", "丁"),
];

describe("a batch of managers", () => {
  test("a manager scored in a batch has the same result as scored alone", () => {
    const batch = scoreAll(rs, inputs);
    inputs.forEach((input, i) => {
      const alone = evaluateManager(rs, input);
      alone.rank = batch[i].rank;
      alone.rankInRegion = batch[i].rankInRegion;
      expect(plain(batch[i])).toEqual(plain(alone));
    });
  });

  test("the indicator results read their own cell: scores, problems, warnings, trace", () => {
    const [full, short, bad, unexplained] = scoreAll(rs, inputs);
    expect(full.indicators.every((i) => i.score !== null && i.score >= i.weight && i.lost === 0)).toBe(true);
    const members = short.indicators.find((i) => i.id === "memberCollection")!;
    expect(members.lost).toBeGreaterThan(0);
    expect(members.trace.score).toBe(members.score);
    expect(members.trace.raw).not.toBeNull();
    expect(members.trace.fields).toContain("memberCollected");
    const unscored = bad.indicators.find((i) => i.id === "memberCollection")!;
    expect([unscored.score, unscored.lost, unscored.trace.raw]).toEqual([null, 0, null]);
    expect(unscored.problems.map((p) => [p.field, p.code])).toEqual([["memberTarget", "notANumber"]]);
    expect(bad.complete).toBe(false);
    const adjustment = unexplained.indicators.find((i) => i.id === "adjustment")!;
    expect(adjustment.warnings.map((w) => w.code)).toEqual(["reasonMissing"]);
    expect(full.indicators.every((i) => i.problems.length === 0 && i.warnings.length === 0)).toBe(true);
  });

  test("results as JSON carry every indicator with its trace", () => {
    const json = plain(evaluateManager(rs, manager(FULL_MARKS)));
    const indicators = json.indicators as Array<Record<string, unknown>>;
    expect(indicators).toHaveLength(rs.indicators.length);
    expect(Object.keys(indicators[0]).sort()).toEqual(
      ["bonus", "id", "lost", "problems", "score", "trace", "warnings", "weight"].sort(),
    );
    expect(Object.keys(indicators[0].trace as object).sort()).toEqual([
      "fields",
      "indicator",
      "path",
      "raw",
      "score",
    ]);
  });

  test("a copy has ranks of its own and the same scores", () => {
    const results = scoreAll(rs, inputs);
    const copies = results.map(copyResult);
    copies[0].rank = 99;
    expect(results[0].rank).not.toBe(99);
    expect(plain(copies[1])).toEqual(plain(results[1]));
  });
});

describe("inputs in any order", () => {
  test("managers whose fields come in other orders, with unknown keys or missing ones, score the same", () => {
    const base = inputs.map((m) => m);
    const reordered = inputs.map((m, k) => {
      const entries = Object.entries(m.fields);
      const order =
        k % 2 === 0
          ? entries.reverse()
          : [...entries.slice(5), ["notAField", entries[0][1]], ...entries.slice(0, 5)];
      return { ...m, fields: Object.fromEntries(order) };
    });
    const lacking = { ...inputs[0], fields: { ...inputs[0].fields, memberTarget: undefined } };
    // Keys left out (not undefined): the slots the manager before filled must not be read as theirs.
    const without = (m: ManagerInput, key: string): ManagerInput => {
      const fields = { ...m.fields };
      delete fields[key];
      return { ...m, fields };
    };
    const noTarget = without(inputs[0], "memberTarget");
    // The same keys as the manager before, but the last one (its field) missing.
    const { contractTarget, ...others } = inputs[1].fields;
    const targetLast = { ...inputs[1], fields: { ...others, contractTarget } };
    const noLast = without(targetLast, "contractTarget");
    // Interleaved, so every manager's key order differs from the one before it.
    const interleaved = [
      base[0],
      reordered[0],
      base[1],
      reordered[1],
      lacking,
      base[2],
      reordered[2],
      reordered[3],
      inputs[0],
      noTarget,
      targetLast,
      noLast,
    ];
    const mixed = scoreAll(rs, interleaved);
    const alone = interleaved.map((m) => evaluateManager(rs, { ...m, fields: { ...m.fields } }));
    mixed.forEach((m, i) => expect(plain(m).indicators).toEqual(plain(alone[i]).indicators));
    expect(plain(mixed[1]).indicators).toEqual(plain(mixed[0]).indicators);
    expect(plain(mixed[3]).indicators).toEqual(plain(mixed[2]).indicators);
    const missing = mixed[4].indicators.find((i) => i.id === "memberCollection")!;
    expect(missing.problems.map((p) => [p.field, p.code])).toEqual([["memberTarget", "missingColumn"]]);
    const noTargetResult = mixed[9].indicators.find((i) => i.id === "memberCollection")!;
    expect(noTargetResult.problems.map((p) => [p.field, p.code])).toEqual([
      ["memberTarget", "missingColumn"],
    ]);
    const noLastResult = mixed[11].indicators.find((i) => i.id === "contracts")!;
    expect(noLastResult.problems.map((p) => [p.field, p.code])).toEqual([
      ["contractTarget", "missingColumn"],
    ]);
  });
});

describe("ranks agree with their definition (RANK.EQ over complete, then incomplete)", () => {
  const result = (region: string, total: number, complete: boolean): ManagerResult => ({
    input: { row: 0, region, name: "", fields: {} },
    indicators: [],
    total,
    complete,
    provisional: false,
    rank: 0,
    rankInRegion: 0,
  });
  const rankOf = (r: ManagerResult, group: readonly ManagerResult[]) => {
    const complete = group.filter((o) => o.complete);
    if (r.complete) return 1 + complete.filter((o) => o.total > r.total).length;
    return 1 + complete.length + group.filter((o) => !o.complete && o.total > r.total).length;
  };

  test("for any totals, regions and completeness", () => {
    const row = fc.tuple(
      fc.constantFrom("城区", "瓜沥", "临浦"),
      fc.integer({ min: -500, max: 12_000 }).map((cents) => cents / 100),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const results = rows.map(([region, total, complete]) => result(region, total, complete));
        assignRanks(results);
        for (const r of results) {
          expect(r.rank).toBe(rankOf(r, results));
          expect(r.rankInRegion).toBe(
            rankOf(
              r,
              results.filter((o) => o.input.region === r.input.region),
            ),
          );
        }
      }),
    );
  });
});
