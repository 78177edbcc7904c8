import fc from "fast-check";
import { columnLetter } from "../../src/sheet/address";
import { buildSnapshot, type CellSpec } from "../../src/sheet/build";
import { detectLayout } from "../../src/sheet/detect";
import { readManagers } from "../../src/sheet/managers";
import { RS } from "./fixtures/ruleset";
import { defaultManagers, familySheet } from "./fixtures/sheet-builder";
import { ALL_FIELD_IDS, TEMPLATE } from "./fixtures/template";

const headerWords = [
  ...TEMPLATE.flatMap((i) => [i.header, i.category, ...i.fields.map(([h]) => h)]),
  "区域",
  "客户经理",
  "姓名",
  "考核分值",
  "得分",
  "总分",
  "合计",
  "小计",
  "【GridScore】\nx",
];

const anyCell: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.constantFrom(...headerWords),
  fc.constantFrom("八十", "８０％", "1,234", "12万", "#N/A", "-3", "1e400", "  ", "=1+1"),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }),
  fc.record({ value: fc.double({ min: -2, max: 2 }), format: fc.constant("0.0%") }),
);

describe("random sheets never crash detection or parsing", () => {
  test("any values, any merges, any size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(11), fc.nat(3), fc.nat(3)), { maxLength: 4 }),
        (rows, rawMerges) => {
          const merges = rawMerges.map(([top, left, h, w]) => ({
            top,
            left,
            bottom: top + h,
            right: left + w,
          }));
          const snapshot = buildSnapshot("随机", rows, { merges });
          const d = detectLayout(snapshot, RS);
          const read = readManagers(snapshot, d, RS, "zh-CN");
          expect(read.managers).toHaveLength(d.managerCount);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the reference sheet with extra rows and columns and any value in any input cell", () => {
    const managers = defaultManagers();
    const inputs = fc.array(
      fc.array(anyCell, { minLength: ALL_FIELD_IDS.length, maxLength: ALL_FIELD_IDS.length }),
      {
        minLength: managers.length,
        maxLength: managers.length,
      },
    );
    fc.assert(
      fc.property(
        inputs,
        fc.array(fc.array(anyCell, { maxLength: 45 }), { maxLength: 2 }),
        (values, extra) => {
          const sheet = familySheet({
            managers: managers.map((m, i) => ({
              ...m,
              values: Object.fromEntries(ALL_FIELD_IDS.map((id, k) => [id, values[i][k]])),
            })),
            extraRowsAfter: { 1: extra },
            extraColumns: [["备注", "x"]],
          });
          const d = detectLayout(sheet, RS);
          const { managers: read } = readManagers(sheet, d, RS, "zh-CN");
          for (const m of read) {
            for (const id of ALL_FIELD_IDS) {
              const f = m.fields[id];
              if (!f) continue;
              const col = d.fields[id].col;
              const raw = sheet.values[m.row - 1][col];
              const blank = raw === null || (typeof raw === "string" && raw.trim() === "");
              // Every cell is either blank, read to a value, or a problem naming its own address.
              if (f.problem) expect(f.problem.cell).toBe(`${columnLetter(col)}${m.row}`);
              else if (!blank) expect(f.value).not.toBeNull();
              if (typeof raw === "object" && raw !== null) expect(f.problem?.code).toBe("errorValue");
              if (
                typeof raw === "string" &&
                /^[^\d０-９]*$/.test(raw) &&
                raw.trim() !== "" &&
                !["text"].includes(RS.fields.find((x) => x.id === id)!.type)
              ) {
                expect(f.problem).toBeDefined();
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
