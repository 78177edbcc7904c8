import { columnLetter } from "../../src/sheet/address";
import { buildSnapshot } from "../../src/sheet/build";
import { chooseScoringSheet } from "../../src/sheet/scoring-sheet";
import { detectLayout } from "../../src/sheet/detect";
import { RS } from "./fixtures/ruleset";
import { familySheet } from "./fixtures/sheet-builder";
import { ALL_FIELD_IDS, TEMPLATE } from "./fixtures/template";

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

describe("layout detection on the reference template", () => {
  const d = detectLayout(familySheet(), RS);

  test("finds every field of the bundled samples at its column, by indicator and own header", () => {
    expect(d.ok).toBe(true);
    expect(sorted(Object.keys(d.fields))).toEqual(sorted(ALL_FIELD_IDS));
    ALL_FIELD_IDS.forEach((id, k) => expect([id, d.fields[id].column]).toEqual([id, columnLetter(3 + k)]));
    expect(Object.values(d.fields).every((f) => f.matchedBy === "path" && !f.uncertain)).toBe(true);
  });

  test("tells the two 目标 under 成员收集 and 存量合约发展 apart", () => {
    expect(d.fields.memberTarget.headerPath).toEqual(["政企KPI指标", "成员收集", "目标"]);
    expect(d.fields.contractTarget.headerPath).toEqual(["政企重点工作", "存量合约发展", "目标"]);
  });

  test("finds header rows, weights row, managers and regions", () => {
    expect(d.headerRows).toEqual([1, 2, 3]);
    expect([d.categoryRow, d.indicatorRow, d.fieldRow, d.weightsRow]).toEqual([1, 2, 3, 4]);
    expect([d.firstManagerRow, d.lastManagerRow, d.managerCount, d.regionCount]).toEqual([5, 11, 7, 3]);
    expect([d.nameCol, d.regionCol, d.managerTypeCol]).toEqual([1, 0, 2]);
    expect(d.managers.map((m) => m.region)).toEqual([
      "城区",
      "城区",
      "城区",
      "开发区",
      "开发区",
      "瓜沥",
      "瓜沥",
    ]);
    expect(d.issues).toEqual([]);
  });
});

describe("layout detection on variants of the family", () => {
  test("reordered columns: fields follow their headers, not their positions", () => {
    const reversed = [...TEMPLATE].reverse().map((i) => ({ ...i, fields: [...i.fields].reverse() }));
    const d = detectLayout(familySheet({ indicators: reversed }), RS);
    const order = reversed.flatMap((i) => i.fields.map(([, id]) => id));
    order.forEach((id, k) => expect([id, d.fields[id]?.column]).toEqual([id, columnLetter(3 + k)]));
  });

  test("Traditional headers are recognised", () => {
    const d = detectLayout(familySheet({ traditional: true }), RS);
    expect(d.ok).toBe(true);
    expect(sorted(Object.keys(d.fields))).toEqual(sorted(ALL_FIELD_IDS));
    expect(d.fields.prepayPrincipal.headerPath[1]).toBe("統付新增或劃賬收入");
  });

  test("two header rows (indicator, field) without categories or title", () => {
    const d = detectLayout(familySheet({ headerRows: 2, title: false, weightsRow: false }), RS);
    expect(d.headerRows).toEqual([0, 1]);
    expect([d.categoryRow, d.indicatorRow, d.fieldRow, d.weightsRow]).toEqual([null, 0, 1, null]);
    expect(sorted(Object.keys(d.fields))).toEqual(sorted(ALL_FIELD_IDS));
  });

  test("synonyms: seed's alternative indicator names and word synonyms for field headers", () => {
    const d = detectLayout(
      familySheet({
        rename: {
          集团拓展: "集团组建",
          "集团拓展(新建)": "集团组建",
          完成: "实际完成",
          加扣分: "加扣分值",
          客户经理: "姓名",
          区域: "片区",
          政企基础工作: "政企基础管理",
        },
      }),
      RS,
    );
    expect(d.fields.buildTarget.headerPath).toEqual(["政企KPI指标", "集团组建", "累计目标"]);
    expect(d.fields.contractDone.headerPath.at(-1)).toBe("实际完成");
    expect(d.fields.adjustmentPoints.column).toBe(
      columnLetter(3 + ALL_FIELD_IDS.indexOf("adjustmentPoints")),
    );
    expect([d.nameCol, d.regionCol]).toEqual([1, 0]);
    expect(d.fields.vipRecovery.headerPath[0]).toBe("政企基础管理");
  });

  test("unknown columns are ignored and listed, not mapped", () => {
    const d = detectLayout(
      familySheet({
        extraColumns: [
          ["备注", "自定义"],
          ["联系电话", 13800000000],
        ],
      }),
      RS,
    );
    expect(d.unknownColumns).toEqual([3 + ALL_FIELD_IDS.length, 4 + ALL_FIELD_IDS.length]);
    expect(sorted(Object.keys(d.fields))).toEqual(sorted(ALL_FIELD_IDS));
  });

  test("subtotal and blank rows are skipped and listed; the region carries over them", () => {
    const d = detectLayout(
      familySheet({
        extraRowsAfter: { 2: [["城区小计"], []], 4: [[null, null, null, "备注：某项数据待核"]] },
      }),
      RS,
    );
    expect(d.managerCount).toBe(7);
    expect(d.skippedRows.map((s) => [s.row + 1, s.reason])).toEqual([
      [9, "subtotal"],
      [10, "blank"],
      [13, "noName"],
    ]);
    expect(d.managers.map((m) => m.region)).toEqual([
      "城区",
      "城区",
      "城区",
      "开发区",
      "开发区",
      "瓜沥",
      "瓜沥",
    ]);
  });

  test("region repeated on each row instead of merged", () => {
    const d = detectLayout(familySheet({ regionRepeated: true }), RS);
    expect(d.regionCount).toBe(3);
    expect(d.managers.map((m) => m.region)).toEqual([
      "城区",
      "城区",
      "城区",
      "开发区",
      "开发区",
      "瓜沥",
      "瓜沥",
    ]);
  });

  test("a missing required column is named, with why, in zh-CN and en", () => {
    const without = TEMPLATE.map((i) =>
      i.id === "contracts" ? { ...i, fields: i.fields.filter(([, id]) => id !== "contractDone") } : i,
    );
    const d = detectLayout(familySheet({ indicators: without }), RS);
    expect(d.ok).toBe(true);
    const issue = d.issues.find((i) => i.field === "contractDone");
    expect(issue?.kind).toBe("missingField");
    expect(issue?.message["zh-CN"]).toContain("存量合约发展");
    expect(issue?.message.en).toContain("missing");
  });

  test("two columns claiming one field are reported as ambiguous and the first is used", () => {
    const doubled = TEMPLATE.map((i) =>
      i.id === "contracts"
        ? { ...i, fields: [...i.fields, ["完成值", "contractDone2"] as [string, string]] }
        : i,
    );
    const d = detectLayout(familySheet({ indicators: doubled }), RS);
    const issue = d.issues.find((i) => i.field === "contractDone");
    expect(issue?.kind).toBe("ambiguousField");
    expect(d.fields.contractDone.uncertain).toBe(true);
    expect(d.fields.contractDone.column).toBe(issue?.columns?.[0]);
  });

  test("a user's mapping override wins over detection", () => {
    const d = detectLayout(familySheet(), RS, { contractDone: "B", nope: "C", memberTarget: "?" });
    expect(d.fields.contractDone).toMatchObject({ column: "B", matchedBy: "override", uncertain: false });
    expect(d.issues.filter((i) => i.kind === "badOverride").map((i) => i.field)).toEqual([
      "nope",
      "memberTarget",
    ]);
  });

  test("a sheet without a name column is not a scoring sheet, and says why", () => {
    const d = detectLayout(buildSnapshot("说明", [["本工作簿说明"], ["版本", 1]]), RS);
    expect(d.ok).toBe(false);
    expect(d.issues[0]).toMatchObject({ kind: "noNameColumn", fatal: true });
    expect(d.issues[0].message["zh-CN"]).toContain("客户经理");
  });
});

describe("choosing the scoring sheet", () => {
  const notes = buildSnapshot("说明", [
    ["姓名", "备注"],
    ["某人", "无"],
  ]);
  const scoring = familySheet({ sheetName: "5月考核" });

  test("picks the sheet that detects best", () => {
    const choice = chooseScoringSheet([notes, scoring], RS);
    expect(choice.snapshot.name).toBe("5月考核");
    expect(choice.candidates.map((c) => c.sheet)).toEqual(["说明", "5月考核"]);
  });

  test("takes the named sheet, and throws a typed error for an unknown name", () => {
    expect(chooseScoringSheet([notes, scoring], RS, { sheet: "说明" }).snapshot.name).toBe("说明");
    expect(() => chooseScoringSheet([notes, scoring], RS, { sheet: "6月" })).toThrow(
      expect.objectContaining({ code: "sheetNotFound" }),
    );
  });
});
