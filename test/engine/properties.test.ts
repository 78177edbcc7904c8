import fc from "fast-check";
import {
  evaluateManager,
  explainIndicator,
  explainTotal,
  formatScore,
  managerFromValues,
  roundHalfAway,
  scoreAll,
  xiaoshan201405 as rs,
  type ManagerInput,
  type PlainValue,
} from "../../src/engine";
import { evaluateArithmetic } from "./arithmetic-parser";

const anyNumber = fc.oneof(
  fc.double({ noNaN: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 5e-324),
);
const anyValue: fc.Arbitrary<PlainValue> = fc.oneof(
  anyNumber,
  fc.constant(null),
  fc.constant(undefined),
  fc.array(anyNumber, { maxLength: 3 }),
  fc.string({ maxLength: 4 }),
);
const fieldIds = rs.fields.map((f) => f.id);
const anyManager = fc
  .tuple(...fieldIds.map(() => anyValue))
  .map((values) =>
    managerFromValues("城区", "某", Object.fromEntries(fieldIds.map((id, i) => [id, values[i]]))),
  );

/** Plausible sheet values: whole counts, rates to 0.01 pp, amounts to the yuan. */
const plausible: Record<string, fc.Arbitrary<PlainValue>> = Object.fromEntries(
  rs.fields.map((f) => {
    switch (f.type) {
      case "count":
        return [f.id, fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(0))];
      case "netCount":
        return [f.id, fc.integer({ min: -20, max: 400 })];
      case "rate":
        return [f.id, fc.integer({ min: 0, max: 12000 }).map((n) => n / 10000)];
      case "amount":
        return [f.id, fc.oneof(fc.integer({ min: 0, max: 200000 }), fc.constant(null))];
      case "amountList":
        return [f.id, fc.array(fc.integer({ min: 0, max: 300000 }), { maxLength: 3 })];
      case "points":
        return [
          f.id,
          fc.oneof(
            fc.integer({ min: -500, max: 1000 }).map((n) => n / 100),
            fc.constant(null),
          ),
        ];
      case "text":
        return [f.id, fc.oneof(fc.constant(null), fc.constant("说明"))];
    }
  }),
);
const plausibleManager = fc.record(plausible).map((values) => managerFromValues("瓜沥", "某", values));

/**
 * Plausible managers as a sheet gives them: each field with its cell (some without, as when a sheet
 * has no column), and now and then a rate written in percentage points.
 */
const sheetManager = fc
  .tuple(fc.record(plausible), fc.nat(), fc.integer({ min: 6, max: 400 }))
  .map(([values, seed, row]): ManagerInput => {
    const m = managerFromValues("瓜沥", "某", values, row);
    const fields = Object.fromEntries(
      Object.entries(m.fields).map(([id, fi], k) => {
        if (fi === undefined) return [id, fi];
        const cell = (seed >> k) % 5 === 0 ? "" : String.fromCharCode(68 + k) + row;
        const points = rs.fields.find((f) => f.id === id)?.type === "rate" && (seed >> k) % 7 === 1;
        return [id, points ? { ...fi, cell, readAsPercentPoints: true } : { ...fi, cell }];
      }),
    );
    return { ...m, fields };
  });

describe("properties", () => {
  test("evaluation never throws on any numbers, and every score is finite or null", () => {
    fc.assert(
      fc.property(anyManager, (m) => {
        const r = evaluateManager(rs, m);
        for (const i of r.indicators) {
          expect(i.score === null || Number.isFinite(i.score)).toBe(true);
        }
        expect(Number.isFinite(r.total)).toBe(true);
        for (const i of r.indicators) explainIndicator(rs, r, i.id);
        explainTotal(rs, r, "en");
      }),
      { numRuns: 300 },
    );
  });

  test("the arithmetic stated in each explanation reproduces the score", () => {
    fc.assert(
      fc.property(plausibleManager, fc.constantFrom("zh-CN" as const, "en" as const), (m, locale) => {
        const [r] = scoreAll(rs, [m]);
        for (const i of r.indicators) {
          if (i.score === null) continue;
          const text = explainIndicator(rs, r, i.id, locale);
          const line = text.split("\n").find((l) => l.startsWith(locale === "en" ? "Score " : "得分 "));
          expect(line).toBeDefined();
          const body = (line as string).replace(/^(Score|得分) = /, "");
          const stated = body.split(/ = | ≈ /);
          expect(stated[stated.length - 1]).toBe(formatScore(i.score));
          if (stated.length === 1) continue;
          // "=" when the arithmetic gives the score shown, "≈" when the score is its rounding.
          const value = evaluateArithmetic(stated[0]);
          expect(roundHalfAway(value, 2)).toBe(i.score);
          expect(body.includes(" ≈ ")).toBe(roundHalfAway(value, 9) !== i.score);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("no note states a line twice, and every loss gives its causes in the rule's words", () => {
    fc.assert(
      fc.property(sheetManager, fc.constantFrom("zh-CN" as const, "en" as const), (m, locale) => {
        const [r] = scoreAll(rs, [m]);
        for (const i of r.indicators) {
          const lines = explainIndicator(rs, r, i.id, locale).split("\n");
          expect(new Set(lines).size).toBe(lines.length);
          if (!(i.lost > 0) || i.score === null) continue;
          const lost = lines.find((l) =>
            l.startsWith(locale === "en" ? `${formatScore(i.lost)} points lost: ` : "少得 "),
          );
          expect(lost).toBeDefined();
          const causes = (lost as string).replace(/^[^:]*: /, "");
          expect(causes).not.toMatch(/按上述规则计算|by the rule above|^$/);
          const costs = causes
            .split("; ")
            .map((c) => c.match(locale === "en" ? /, (\d+\.\d\d) lost$/ : /, 少 (\d+\.\d\d) 分$/));
          if (costs.every((c) => c !== null)) {
            const stated = costs.reduce((sum, c) => sum + Number((c as RegExpMatchArray)[1]), 0);
            expect(stated).toBeGreaterThanOrEqual(i.lost - 0.005 * costs.length);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test("a rate shown beside a band's edges lies within them as shown", () => {
    const band = /(-?\d+(?:\.\d+)?)% \((?:≥(-?\d+(?:\.\d+)?)%)?(?: 且 )?(?:<(-?\d+(?:\.\d+)?)%)?\)/;
    fc.assert(
      fc.property(plausibleManager, (m) => {
        const [r] = scoreAll(rs, [m]);
        for (const i of r.indicators) {
          for (const line of explainIndicator(rs, r, i.id).split("\n")) {
            const found = band.exec(line);
            if (found === null) continue;
            const shown = Number(found[1]);
            if (found[2] !== undefined) expect(shown).toBeGreaterThanOrEqual(Number(found[2]));
            if (found[3] !== undefined) expect(shown).toBeLessThan(Number(found[3]));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the total equals the sum of the displayed indicator scores", () => {
    fc.assert(
      fc.property(plausibleManager, (m) => {
        const [r] = scoreAll(rs, [m]);
        let cents = 0;
        for (const i of r.indicators) {
          const head = explainIndicator(rs, r, i.id).split("\n")[0];
          const shown = head.match(/(-?\d+\.\d\d) 分$/);
          if (shown) cents += Math.round(Number(shown[1]) * 100);
        }
        expect(explainTotal(rs, r).split("\n")[0]).toBe(`总分 ${formatScore(cents / 100)} 分`);
      }),
      { numRuns: 300 },
    );
  });
});
