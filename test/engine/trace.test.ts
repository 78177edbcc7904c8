import {
  evaluateManager,
  exprText,
  traceDetail,
  TraceMismatchError,
  xiaoshan201405 as rs,
} from "../../src/engine";
import { indicator, manager } from "./fixtures";

describe("the compact trace", () => {
  test("records the band that applied as the path", () => {
    const m = manager({ buildTarget: 50, buildCumulative: 45 });
    const trace = indicator(evaluateManager(rs, m), "groupBuild").trace;
    expect(trace.path).toEqual([1]); // band 1: 80% ≤ r < 100%, proportional
    expect(trace.raw).toBe(13.5);
    expect(trace.score).toBe(13.5);
  });

  test("records a nested branch after its band", () => {
    const held = manager({ buildTarget: 50, buildCumulative: 30, buildThisMonth: 16 });
    const notHeld = manager({ buildTarget: 50, buildCumulative: 30, buildThisMonth: 3 });
    expect(indicator(evaluateManager(rs, held), "groupBuild").trace.path).toEqual([2, 1]);
    expect(indicator(evaluateManager(rs, notHeld), "groupBuild").trace.path).toEqual([2, 0]);
  });

  test("records a cap and its exception", () => {
    const capped = manager({ fourGTargetUsers: 80, fourGCardSwapped: 48 });
    const excepted = manager({ fourGTargetUsers: 100, fourGCardSwapped: 60 });
    // band 1 (p ≥ 40%), steps counted (1), then the clamp: 1 = capped, 2 = exception held.
    expect(indicator(evaluateManager(rs, capped), "fourGCard").trace.path).toEqual([1, 1, 1]);
    expect(indicator(evaluateManager(rs, excepted), "fourGCard").trace.path).toEqual([1, 1, 2]);
  });

  test("managers that took the same path share one path and field list", () => {
    const a = indicator(evaluateManager(rs, manager({ buildCumulative: 45 })), "groupBuild").trace;
    const b = indicator(evaluateManager(rs, manager({ buildCumulative: 41 })), "groupBuild").trace;
    expect(b.path).toBe(a.path);
    expect(b.fields).toBe(a.fields);
  });
});

describe("traceDetail", () => {
  const m = manager({ buildTarget: 50, buildCumulative: 45 });
  const result = evaluateManager(rs, m);

  test("rebuilds the steps and the arithmetic in terms of the inputs", () => {
    const detail = traceDetail(rs, indicator(result, "groupBuild"), m);
    expect(detail.steps).toEqual([expect.objectContaining({ t: "band", band: 1, value: 0.9 })]);
    expect(detail.expr).not.toBeNull();
    expect(exprText(detail.expr!)).toBe("15 × 45 ÷ 50");
    expect(detail.expr!.v).toBe(13.5);
  });

  test("a not-scored indicator has no arithmetic", () => {
    const bad = manager({ buildTarget: null });
    const r = evaluateManager(rs, bad);
    expect(traceDetail(rs, indicator(r, "groupBuild"), bad).expr).toBeNull();
  });

  test("explaining a result with inputs that take another path is misuse", () => {
    const other = manager({ buildTarget: 50, buildCumulative: 50 });
    expect(() => traceDetail(rs, indicator(result, "groupBuild"), other)).toThrow(TraceMismatchError);
  });

  test("each indicator of a manager replays on that manager's inputs, read again when they change", () => {
    const a = manager({ buildTarget: 50, buildCumulative: 45, memberTarget: 300, memberCollected: 270 });
    const b = manager({ buildTarget: 40, buildCumulative: 20, memberTarget: 200, memberCollected: 100 });
    const ra = evaluateManager(rs, a);
    const rb = evaluateManager(rs, b);
    const text = (r: typeof ra, m: typeof a, id: string) =>
      exprText(traceDetail(rs, indicator(r, id), m).expr!);
    expect(text(ra, a, "groupBuild")).toBe("15 × 45 ÷ 50");
    const collectA = text(ra, a, "memberCollection");
    expect(text(rb, b, "groupBuild")).not.toBe("15 × 45 ÷ 50");
    // The same input object given other fields (a new read-only record) is read again.
    const same = { ...a };
    expect(text(ra, same, "memberCollection")).toBe(collectA);
    same.fields = b.fields;
    expect(text(rb, same, "memberCollection")).toBe(text(rb, b, "memberCollection"));
    expect(text(rb, same, "memberCollection")).not.toBe(collectA);
  });
});
