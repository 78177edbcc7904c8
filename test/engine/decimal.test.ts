import fc from "fast-check";
import { formatNumber, formatPercent, formatScore, roundHalfAway } from "../../src/engine";
import { floorExact } from "../../src/engine/decimal";

describe("numbers read like Excel", () => {
  test.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [-1.005, -1.01],
    [3.745, 3.75],
    [0.1 * 3, 0.3],
    [(0.1 * (93 - 92.6)) / 0.2, 0.2],
    [0.5 * ((0.45 - 0.4) / 0.01), 2.5],
    [-0.004, 0],
    [1.2345, 1.23],
  ])("ROUND(%p, 2) = %p", (x, expected) => {
    expect(roundHalfAway(x, 2)).toBe(expected);
  });

  test("rounding never yields negative zero", () => {
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
  });

  test("floor reads (0.57 − 0.55) ÷ 1% as 2 steps, not 1", () => {
    expect((0.57 - 0.55) / 0.01).toBeLessThan(2);
    expect(floorExact((0.57 - 0.55) / 0.01)).toBe(2);
    expect(floorExact(2.9)).toBe(2);
    expect(floorExact(-0.5)).toBe(-1);
  });

  test.each([
    [13.5, "13.50"],
    [0, "0.00"],
    [-5, "-5.00"],
    [7.65, "7.65"],
    [101, "101.00"],
    [0.05, "0.05"],
    [-0.004, "0.00"],
  ])("formatScore(%p) = %p", (x, text) => {
    expect(formatScore(x)).toBe(text);
  });

  test("formatScore writes any value, already to the cent or not, as its rounding to the cent", () => {
    const cents = fc.integer({ min: -20_000_000, max: 20_000_000 }).map((c) => c / 100);
    const halfCents = fc.integer({ min: -20_000_000, max: 20_000_000 }).map((c) => (2 * c + 1) / 200);
    const any = fc.double({ min: -1e7, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(cents, halfCents, any), (x) => {
        expect(formatScore(x)).toBe(
          roundHalfAway(x, 2)
            .toFixed(2)
            .replace(/^-(0\.00)$/, "$1"),
        );
      }),
      { numRuns: 3000 },
    );
  });

  test("numbers and percents print short and exact", () => {
    expect(formatNumber(92.60000000000001)).toBe("92.6");
    expect(formatPercent(0.926)).toBe("92.6%");
    expect(formatPercent(0.9)).toBe("90%");
    expect(formatNumber(-0.2)).toBe("-0.2");
  });
});

describe("formatNumber reads back", () => {
  test("any value with up to 6 decimals prints as text that reads back to the same value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const x = n / 10 ** d;
        expect(Number(formatNumber(x))).toBe(x);
      }),
      { numRuns: 5000 },
    );
  });

  test("rates in the same basis point keep their own text (the text cache keys on the exact rate)", () => {
    const near = 0.979 + 1e-9;
    expect(formatPercent(0.979)).toBe("97.9%");
    expect(formatPercent(near)).toBe(formatNumber(near * 100) + "%");
    expect(formatPercent(near)).not.toBe("97.9%");
    expect(formatPercent(0.979)).toBe("97.9%");
    expect([formatPercent(-0), formatPercent(0), formatPercent(2.5), formatPercent(-0.5)]).toEqual([
      "0%",
      "0%",
      "250%",
      "-50%",
    ]);
  });

  test("whole numbers are written as String writes them, cached or not", () => {
    for (const n of [0, -0, 1, 9999, 10000, -1, 123456789, 2 ** 53]) expect(formatNumber(n)).toBe(String(n));
  });

  test("percent text reads back to the rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150000 }), (n) => {
        const rate = n / 100000;
        const text = formatPercent(rate);
        expect(Number(text.slice(0, -1)) / 100).toBeCloseTo(rate, 12);
      }),
    );
  });
});
