/** The catalogue's rows about the sheet: its size, our block, and what its cells hold. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import * as make from "./catalogue-inputs";
import { IN, sheetOf, type Row } from "./catalogue-row";

export const SHEET_ROWS: Row[] = [
  // The sheet's size and room.
  {
    name: "a stray value at XFD1048576",
    make: make.sample((ws) => (ws.getCell("XFD1048576").value = "x")),
    args: IN,
    code: 1,
    says: /工作表“考核表”太大[\s\S]*XFD1048576/,
  },
  {
    name: "a stray value at A1048576",
    make: make.sample((ws) => (ws.getCell("A1048576").value = "x")),
    args: IN,
    code: 1,
    says: "最下面的内容在 A1048576，最右边的在 AN4",
  },
  {
    name: "a value in column XFD: no room for the scores",
    make: make.sample((ws) => (ws.getCell("XFD6").value = "x")),
    args: IN,
    code: 1,
    says: "右侧没有空间写评分列：评分需要右侧 18 个空列，但最右边有内容的列是 XFD 列",
  },
  {
    name: "only formats far away: not part of the sheet",
    make: make.sample((ws) => (ws.getCell("XFD1048576").numFmt = "0.00")),
    args: IN,
    code: 0,
    says: "共 28 人",
  },
  // A person's note on a cell that holds nothing (ExcelJS alone drops such a note when it loads).
  {
    name: "a person's note on an empty cell is kept",
    make: make.sample((ws) => (ws.getCell("B40").note = "下月起新增两名网格经理")),
    args: IN,
    code: 0,
    says: "共 28 人",
    check: async (dir) => {
      const host = await ExcelJsHost.load(readFileSync(join(dir, "out.xlsx")), { codec: zlibCodec });
      expect((await host.readSheet("考核表")).comments["B40"]?.text).toBe("下月起新增两名网格经理");
    },
  },
  // Silent misreadings become input problems.
  {
    name: "a blank name beside a full row of data",
    make: make.sample((ws) => (ws.getCell("B10").value = null)),
    args: [...IN, "--report", "@report.json"],
    code: 2,
    says: /（第 10 行）\s+客户经理姓名：B10：空白，应为客户经理姓名（这一行填了考核数据/,
    check: async (dir) => {
      const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
      expect(report.problems).toEqual([
        expect.objectContaining({ row: 10, name: "", cell: "B10", field: "name" }),
      ]);
    },
  },
  {
    name: "a date in a number column",
    make: make.sample((ws) => {
      ws.getCell("K6").value = new Date(Date.UTC(2014, 4, 1));
      ws.getCell("K6").numFmt = "yyyy-mm-dd";
    }),
    args: IN,
    code: 2,
    says: "K6：“2014-05-01”无法使用，应为非负整数（如 12）（单元格是日期，不是数字",
  },
  {
    name: "95 in a percent-formatted cell (shown as 9500%)",
    make: make.sample((ws) => (ws.getCell("P6").value = 95)),
    args: IN,
    code: 2,
    says: "P6：“9500.0%”无法使用，应为百分比（如 80%、0.8 或 80），且在 0%～100% 之间（单元格设为百分比格式，存的却是 95，显示为 9500%；若指 95%，请输入 95% 或 0.95）",
  },
  {
    name: "an authenticity of 150%",
    make: make.sample((ws) => (ws.getCell("P6").value = 1.5)),
    args: IN,
    code: 2,
    says: "P6：“150.0%”无法使用，应为百分比（如 80%、0.8 或 80），且在 0%～100% 之间（比率不会超过 100%",
  },
  {
    name: "a value merged across two managers' rows",
    make: make.sample((ws) => ws.mergeCells("K6:K7")),
    args: IN,
    code: 2,
    says: /K6：“60”无法使用，应为每位客户经理各自的值（K6:K7 是合并单元格，跨了 2 位客户经理的行[\s\S]*K7：“60”无法使用/,
  },
  {
    name: "the same problems in English",
    make: make.sample((ws) => {
      ws.getCell("B10").value = null;
      ws.getCell("P6").value = 95;
      ws.mergeCells("K7:K8");
    }),
    args: [...IN, "--lang", "en"],
    code: 2,
    says: /Header rows: 2, 3, 4;[\s\S]*P6: "9500\.0%" cannot be used; expected a percentage \(e\.g\. 80%, 0\.8 or 80\), between 0% and 100% \(the cell is formatted as a percentage but holds 95, shown as 9500%; if 95% is meant, type 95% or 0\.95\)[\s\S]*K7: "72" cannot be used; expected each manager's own value \(K7:K8 is a merged cell across 2 managers' rows[\s\S]*\(row 10\)\s+manager's name: B10: blank; expected the manager's name \(this row holds scoring data but no name/,
    never: [/[\u4e00-\u9fff]+(?:，|：|。)/],
  },
  {
    name: "a stray value far away, in English",
    make: make.sample((ws) => (ws.getCell("XFD1048576").value = "x")),
    args: [...IN, "--lang", "en"],
    code: 1,
    says: 'Sheet "考核表" is too large to score: the cells that hold something span 1048576 rows × 16384 columns, more than the limit of 4,000,000 cells. The farthest is at XFD1048576;',
  },
  // Messages that mislead or mix languages.
  {
    name: "a formula without a cached value is not blank",
    make: make.sample((ws) => (ws.getCell("K6").value = { formula: "L6-2" } as ExcelJS.CellFormulaValue)),
    args: IN,
    code: 2,
    says: "K6：“=L6-2”无法使用，应为非负整数（如 12）（单元格是没有计算结果的公式",
    never: ["空白"],
  },
  {
    name: "a blank required cell is said in Chinese only",
    make: make.sample((ws) => (ws.getCell("K6").value = null)),
    args: IN,
    code: 2,
    says: "K6：空白，应为非负整数（如 12）",
    never: ["whole number"],
  },
  {
    name: "a missing column is said once, not once per manager",
    make: make.sample((ws) => (ws.getCell("Q4").value = null)),
    args: [...IN, "--report", "@report.json"],
    code: 2,
    check: async (dir) => {
      const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
      expect(report.problems.filter((p: { cell: string }) => p.cell === "")).toHaveLength(1);
      expect(report.managers.every((m: { problems: unknown[] }) => m.problems.length >= 1)).toBe(true);
    },
    says: /^(?![\s\S]*表中没有这一列[\s\S]*表中没有这一列)[\s\S]*（全表）\s+4G拍照用户发展\(换卡\) › 拍照目标用户数：表中没有这一列，应为非负整数（如 12）/,
  },
  {
    name: "a repeated name is named in Chinese",
    make: make.sample((ws) => (ws.getCell("B7").value = ws.getCell("B6").value)),
    args: IN,
    code: 2,
    says: /客户经理姓名：B7：姓名“林晓岚”重复/,
  },
  {
    name: "a 40,000-character cell is cut, its length stated",
    make: make.sample((ws) => (ws.getCell("K6").value = "八".repeat(40_000))),
    args: IN,
    code: 2,
    says: `K6：“${"八".repeat(60)}…（共 40000 个字符）”无法使用`,
    never: ["八".repeat(61)],
  },
  {
    name: "control characters are escaped",
    make: make.sample((ws) => {
      ws.getCell("K6").value = "\u202E06";
      ws.getCell("B6").value = "林晓\u001b[2J岚";
    }),
    args: IN,
    code: 2,
    says: "K6：“\\u{202E}06”无法使用",
    never: ["\u202E", "\u001b"],
  },
  // Cells that are read well already.
  {
    name: "八十 in a rate",
    make: make.sample((ws) => (ws.getCell("P10").value = "八十")),
    args: IN,
    code: 2,
    says: "P10：“八十”无法使用",
  },
  {
    name: "N/A in a count",
    make: make.sample((ws) => (ws.getCell("K6").value = "N/A")),
    args: IN,
    code: 2,
    says: "K6：“N/A”无法使用",
  },
  {
    name: "1e999 as text",
    make: make.sample((ws) => (ws.getCell("K6").value = "1e999")),
    args: IN,
    code: 2,
    says: "K6：“1e999”无法使用",
  },
  {
    name: "an error value",
    make: make.sample((ws) => (ws.getCell("K6").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue)),
    args: IN,
    code: 2,
    says: "K6：“#DIV/0!”无法使用",
  },
  {
    name: "a boolean",
    make: make.sample((ws) => (ws.getCell("K6").value = true)),
    args: IN,
    code: 2,
    says: "K6：“TRUE”无法使用",
  },
  {
    name: "rich text holding a number",
    make: make.sample(
      (ws) => (ws.getCell("K6").value = { richText: [{ text: "6" }, { text: "0", font: { bold: true } }] }),
    ),
    args: [...IN, "--report", "@report.json"],
    code: 0,
    says: "共 28 人",
    check: async (dir) => {
      const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
      expect(report.managers.find((m: { row: number }) => m.row === 6).indicators.groupBuild.score).toBe(15);
    },
  },
  {
    name: "names starting with = + @ stay text",
    make: make.sample((ws) => {
      ws.getCell("B6").value = "=HYPERLINK(0)";
      ws.getCell("B7").value = "+陈思远";
      ws.getCell("B8").value = "@赵一帆";
    }),
    args: IN,
    code: 0,
    says: "HYPERLINK(0)",
    check: async (dir) => {
      const ws = await sheetOf(join(dir, "out.xlsx"));
      for (const a of ["B6", "B7", "B8"]) expect(ws.getCell(a).type).toBe(ExcelJS.ValueType.String);
    },
  },
  {
    name: "a person's notes on an input, a header and a score cell",
    make: make.scoredSample((ws) => {
      ws.getCell("K6").note = "张三：已核对";
      ws.getCell("K4").note = "口径见附件";
      ws.getCell("AO6").note = "人工复核：分数无误";
      ws.getCell("K6").value = 61;
    }),
    args: IN,
    code: 0,
    says: "共 28 人",
    check: async (dir) => {
      const ws = await sheetOf(join(dir, "out.xlsx"));
      expect(ws.getCell("K6").note).toBe("张三：已核对");
      expect(ws.getCell("K4").note).toBe("口径见附件");
      expect(ws.getCell("AO6").note).toBe("人工复核：分数无误");
    },
  },
  {
    name: "a 备注 column added after 总排名, an actual edited: the block is found, no second block",
    make: make.scoredSample(remarksAndAnEdit),
    args: IN,
    code: 0,
    says: "共 28 人",
    check: checkOneBlockWithRemarks,
  },
  {
    name: "the same, scored without notes",
    make: make.scoredSample(remarksAndAnEdit, ["--no-notes"]),
    args: [...IN, "--no-notes"],
    code: 0,
    says: "共 28 人",
    check: checkOneBlockWithRemarks,
  },
  {
    name: "a 备注 column after 总排名, then formula mode needs one more column: refused, nothing covered",
    make: make.scoredSample(remarksAndAnEdit),
    args: [...IN, "--formulas"],
    code: 1,
    says: /评分列（到 [A-Z]+ 列）这次需要多占 1 列，但 [A-Z]+2 有他人填写的内容，不能覆盖/,
  },
  {
    name: "a column a person inserted inside our block (between 总分 and 区域排名): refused, kept",
    make: make.scoredSample((ws) => {
      const total = columnsHeaded(ws, "总分")[0];
      ws.spliceColumns(total + 1, 0, ["", "核对人", "", "", "", "王五"]);
      ws.getCell("L6").value = 30;
    }),
    args: IN,
    code: 1,
    says: /评分列（到 [A-Z]+ 列）这次需要多占 2 列，但 [A-Z]+6 有他人填写的内容，不能覆盖。若这一列插在评分列之间，请把它移到评分列右侧/,
  },
  {
    name: "scoring a scored workbook changes no value",
    make: make.scoredSample(),
    args: IN,
    code: 0,
    says: "共 28 人",
    check: async (dir) => {
      const before = await sheetOf(join(dir, "in.xlsx"));
      const after = await sheetOf(join(dir, "out.xlsx"));
      expect(after.columnCount).toBe(before.columnCount);
      for (let r = 1; r <= before.rowCount; r++)
        for (let c = 1; c <= before.columnCount; c++)
          expect([r, c, after.getCell(r, c).value]).toEqual([r, c, before.getCell(r, c).value]);
    },
  },
];

/** The 1-based columns whose header row (row 2) says `text`. */
function columnsHeaded(ws: ExcelJS.Worksheet, text: string): number[] {
  const cols: number[] = [];
  ws.getRow(2).eachCell((cell, col) => {
    if (cell.value === text) cols.push(col);
  });
  return cols;
}

/** A person's 备注 column right of 总排名 (a header and two remarks), and an actual changed. */
function remarksAndAnEdit(ws: ExcelJS.Worksheet): void {
  const remarks = columnsHeaded(ws, "总排名")[0] + 1;
  ws.getCell(2, remarks).value = "备注";
  ws.getCell(6, remarks).value = "已电话核实";
  ws.getCell(7, remarks).value = "待补材料";
  ws.getCell("L6").value = 30;
}

async function checkOneBlockWithRemarks(dir: string): Promise<void> {
  const before = await sheetOf(join(dir, "in.xlsx"));
  const after = await sheetOf(join(dir, "out.xlsx"));
  for (const header of ["总分", "区域排名", "总排名"])
    expect([header, columnsHeaded(after, header)]).toEqual([header, columnsHeaded(before, header)]);
  const total = columnsHeaded(after, "总分")[0];
  expect(after.getCell(6, total).value).not.toEqual(before.getCell(6, total).value);
  const remarks = columnsHeaded(after, "备注")[0];
  expect(remarks).toBe(columnsHeaded(after, "总排名")[0] + 1);
  expect([after.getCell(6, remarks).value, after.getCell(7, remarks).value]).toEqual([
    "已电话核实",
    "待补材料",
  ]);
  expect(after.actualColumnCount).toBe(before.actualColumnCount);
}
