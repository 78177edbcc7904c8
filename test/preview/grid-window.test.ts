// The preview grid renders the columns in view (and a little beyond), more as it scrolls.
import { buildSnapshot } from "../../src/sheet/build";
import { AHEAD, clippedSpan, columnsFor, estimatedWidths } from "../../src/preview/grid-window";

describe("grid window", () => {
  const snapshot = buildSnapshot("表", [
    ["标题跨三列", null, null, "x"],
    ["区域", "客户经理", 12345678, "一二三四五六七八九十"],
  ]);
  snapshot.merges.push({ top: 0, left: 0, bottom: 0, right: 2 });

  test("column widths from their cells' text, merged cells left out, never below the minimum", () => {
    const widths = estimatedWidths(snapshot);
    expect(widths).toHaveLength(4);
    expect(widths[0]).toBe(49); // "区域" is 24 px: the 40 px minimum (+ padding) wins
    expect(widths[1]).toBe(4 * 12 + 9);
    expect(widths[2]).toBe(8 * 6 + 9);
    expect(widths[3]).toBe(10 * 12 + 9);
  });

  test("renders the columns that reach the right edge, more when it moves right", () => {
    const widths = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
    const first = columnsFor(widths, 350);
    expect(first).toBe(4); // 0–400 px covers 350
    expect(columnsFor(widths, 300 * (1 + AHEAD) + 300)).toBeGreaterThan(first);
    expect(columnsFor(widths, 5000)).toBe(widths.length);
    expect(columnsFor([], 5000)).toBe(0);
  });

  test("always includes a column asked for (a selected or edited cell)", () => {
    expect(columnsFor([100, 100, 100, 100, 100, 100], 100, 6)).toBe(6);
  });

  test("a merged area's span stops at the last rendered column", () => {
    expect(clippedSpan(2, 5, 4)).toBe(2);
    expect(clippedSpan(2, 1, 4)).toBe(1);
    expect(clippedSpan(0, 3, 10)).toBe(3);
  });
});
