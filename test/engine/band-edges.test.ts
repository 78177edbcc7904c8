/**
 * Every band edge and condition of every shipped rule set, just below, at and just above, read from
 * the rule set's data (scripts/edge-points.ts): no list of indicators, bands or thresholds here. A
 * quotient's whole units (49,999 / 50,000 / 50,001) and a per-unit rule's zero are placed too; having
 * no band, they are checked by the scores alone. Two
 * expectations, neither of them the engine's own word:
 * - the band (or branch) the engine chose is the one the data says holds the value (from ≤ v < to);
 * - every score, total and rank the engine gives these managers is the one LibreOffice computes from
 *   the spreadsheet formulas compiled from the same rules (a separate implementation of each kind).
 */
import {
  evaluateManager,
  managerFromValues,
  traceDetail,
  type RuleSet,
  type TraceStep,
} from "../../src/engine";
import { shippedRuleSet, shippedRuleSets } from "../../src/rulesets";
import { referenceLayout } from "../../scripts/reference-layout";
import { referenceWorkbook, type SampleManager } from "../../scripts/reference-workbook";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { LibreOffice } from "../../src/formula/libreoffice";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { differential } from "../formula/harness";
import { edgePoints, type EdgePoint } from "../../scripts/edge-points";

const REGIONS = ["东片", "西片", "南片"];

const sets: Array<[string, RuleSet]> = shippedRuleSets.map((s) => [s.id, shippedRuleSet(s.id)!]);

function managers(points: readonly EdgePoint[]): SampleManager[] {
  return points.map((p, i) => ({
    region: REGIONS[i % REGIONS.length],
    name: `边界经理${String(i + 1).padStart(3, "0")}`,
    values: p.values,
  }));
}

/** The engine's step for the point's node: the band it chose, or whether the condition held. */
function chosen(
  rs: RuleSet,
  p: EdgePoint,
  i: number,
): { value: number; band?: number; held?: boolean } | null {
  const input = managerFromValues(REGIONS[0], `边界经理${i}`, p.values);
  const result = evaluateManager(rs, input).indicators.find((r) => r.id === p.indicator);
  if (result === undefined) throw new Error(`no indicator ${p.indicator}`);
  const step = traceDetail(rs, result, input).steps.find(
    (s: TraceStep) => (s.t === "band" || s.t === "gate" || s.t === "branch") && s.node === p.node,
  );
  if (step === undefined) return null;
  if (step.t === "branch") return { value: step.value, held: step.held };
  if (step.t === "band" || step.t === "gate") return { value: step.value, band: step.band };
  return null;
}

describe.each(sets)("%s at every band edge", (_id, rs) => {
  const { points, unplaced } = edgePoints(rs);

  test("every band and condition of every indicator is placed", () => {
    expect(unplaced).toEqual([]);
    const withEdges = new Set(points.map((p) => p.indicator));
    // Every indicator whose rules have a band or a condition is among them (each has three points or more).
    expect(points.length).toBeGreaterThanOrEqual(3 * withEdges.size);
  });

  test("the engine chooses the band (or branch) the data says holds the value", () => {
    const wrong = points.flatMap((p, i): unknown[] => {
      if (p.expected === null) return [];
      const got = chosen(rs, p, i);
      const want = "band" in p.expected ? { band: p.expected.band } : { held: p.expected.held };
      if (got === null) return [{ at: `${p.indicator} ${p.what}`, got: "not reached" }];
      const { value, ...choice } = got;
      return Math.abs(value - p.value) > 1e-12 || JSON.stringify(choice) !== JSON.stringify(want)
        ? [{ at: `${p.indicator} ${p.what}`, value, wanted: p.value, got: choice, want }]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  describe("recalculated by LibreOffice", () => {
    let lo: LibreOffice;
    beforeAll(() => {
      lo = new LibreOffice();
    });
    afterAll(() => lo.dispose());

    test("LibreOffice's scores of these managers equal the engine's", async () => {
      const layout = referenceLayout(rs, { title: `${rs.title["zh-CN"]}（边界）` });
      const wb = referenceWorkbook(managers(points), new Date(Date.UTC(2014, 5, 3)), layout);
      const bytes = await ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec }).save();
      const { run, found } = await differential(lo, bytes, { rs, notes: false });
      expect(run.results).toHaveLength(points.length);
      // Each manager's indicator under test was read and scored (a column not found would score nothing on both sides).
      const unscored = run.report.managers.filter((m, i) => m.indicators[points[i].indicator]?.score == null);
      expect(unscored.map((m) => m.name)).toEqual([]);
      expect(found).toEqual([]);
    }, 180_000);
  });
});
