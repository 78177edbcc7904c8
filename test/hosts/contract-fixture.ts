/**
 * The workbook and the write plan of the host contract suite, host-neutral: each host's test file
 * loads `contractWorkbook` into its host its own way (memory: as is; ExcelJS: as an .xlsx; Office.js:
 * through its mock), then runs `describeHostContract`.
 *
 * Sheet 考核表 (0-based rows/cols in the data, A1 addresses in comments):
 *   A1:E1 title (merged); row 2 headers; A3:A4 region 城区 merged; C3 a person's note;
 *   C3 0.8 formatted 0.0%, D3 1234.5 formatted #,##0.00, E3 the text "=1+1" (text, not a formula);
 *   C4 the text 八十, D4 #N/A, E4 TRUE; row 5 a second region; F1:G5 our previous block
 *   F1:H5 (F1:H1 merged, notes of ours at F3, F4 and H3) with a person's note at F5 inside it.
 * The plan rewrites only F1:G5, so column H must come back empty.
 */
import { formatCellText } from "../../src/hosts/format";
import type { CellValue, Rect, SheetComment, SheetSnapshot, WritePlan } from "../../src/sheet/types";

export const CONTRACT_SHEET = "考核表";
export const OUR_OLD_NOTE = "【GridScore】\n旧说明：9.50";
export const PERSONS_NOTE = "请核实完成率（王老师）";
export const PERSONS_NOTE_IN_BLOCK = "人工备注：本行暂不考核";

const rows: CellValue[][] = [
  ["萧山分公司2014年5月考核表（合同测试）", null, null, null, null, "得分", null, null],
  ["区域", "客户经理", "完成率", "收入", "备注", "得分", "总分", "区域排名"],
  ["城区", "林小雨", 0.8, 1234.5, "=1+1", 9.5, 9.5, 1],
  [null, "周一鸣", "八十", { error: "#N/A" }, true, "未评分", 0, 2],
  ["开发区", "陈可", 0.925, 12, null, 7.25, 7.25, 1],
];

const G = "General";
const formats: string[][] = [
  [G, G, G, G, G, G, G, G],
  [G, G, G, G, G, G, G, G],
  [G, G, "0.0%", "#,##0.00", "@", "0.00", "0.00", "0"],
  [G, G, G, G, G, G, "0.00", "0"],
  [G, G, "0.00%", G, G, "0.00", "0.00", "0"],
];

const merges: Rect[] = [
  { top: 0, left: 0, bottom: 0, right: 4 },
  { top: 2, left: 0, bottom: 3, right: 0 },
  { top: 0, left: 5, bottom: 0, right: 7 },
];

const comments: Record<string, SheetComment> = {
  C3: { text: PERSONS_NOTE, ours: false },
  F3: { text: OUR_OLD_NOTE, ours: true },
  F4: { text: "【GridScore】\n旧说明：未评分", ours: true },
  F5: { text: PERSONS_NOTE_IN_BLOCK, ours: false },
  H3: { text: "【GridScore】\n旧说明：区域排名 1", ours: true },
};

function snapshot(
  name: string,
  values: CellValue[][],
  numberFormats: string[][],
  m: Rect[],
  c: Record<string, SheetComment>,
): SheetSnapshot {
  return {
    name,
    rowCount: values.length,
    colCount: Math.max(...values.map((r) => r.length)),
    values,
    text: values.map((row, r) => row.map((v, col) => formatCellText(v, numberFormats[r][col]))),
    numberFormats,
    merges: m,
    comments: c,
  };
}

/** Two sheets: the scoring sheet and a plain second sheet the plan never touches. */
export const contractWorkbook: readonly SheetSnapshot[] = [
  snapshot(CONTRACT_SHEET, rows, formats, merges, comments),
  snapshot("说明", [["本表由合同测试生成"], [42]], [["General"], ["0"]], [], {}),
];

/** The input area the plan must never change: A1:E5. */
export const contractInputArea: Rect = { top: 0, left: 0, bottom: 4, right: 4 };

/** Clears our old block F1:H5 and writes F1:G5: values, one merge, a style, notes replaced and deleted. */
export const contractPlan: WritePlan = {
  sheet: CONTRACT_SHEET,
  clear: [{ top: 0, left: 5, bottom: 4, right: 7 }],
  blocks: [
    {
      top: 0,
      left: 5,
      values: [
        ["GridScore", null],
        ["得分", "总分"],
        [13.5, -1.25],
        ["未评分", "=2+2"],
        [0, 100],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "General"],
        ["0.00", "0.00"],
        ["General", "General"],
        ["0.00", "0"],
      ],
    },
  ],
  merges: [{ top: 0, left: 5, bottom: 0, right: 6 }],
  styles: [
    { rect: { top: 2, left: 6, bottom: 2, right: 6 }, style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
  ],
  notes: [
    { row: 2, col: 5, text: "【GridScore】\n成员收集 13.50：10 × 90% × 1.5 = 13.50" },
    { row: 2, col: 6, text: "【GridScore】\n总分 -1.25，少得 101.25 分" },
  ],
  deleteNotes: [{ row: 3, col: 5 }],
};

/** What the plan's cells read back as: value, display text, number format. */
export const contractWritten: ReadonlyArray<{
  address: string;
  value: CellValue;
  text: string;
  format: string;
}> = [
  { address: "F1", value: "GridScore", text: "GridScore", format: "General" },
  { address: "G1", value: null, text: "", format: "General" },
  { address: "F2", value: "得分", text: "得分", format: "General" },
  { address: "F3", value: 13.5, text: "13.50", format: "0.00" },
  { address: "G3", value: -1.25, text: "-1.25", format: "0.00" },
  { address: "F4", value: "未评分", text: "未评分", format: "General" },
  { address: "G4", value: "=2+2", text: "=2+2", format: "General" },
  { address: "F5", value: 0, text: "0.00", format: "0.00" },
  { address: "G5", value: 100, text: "100", format: "0" },
  { address: "H2", value: null, text: "", format: "General" },
  { address: "H3", value: null, text: "", format: "General" },
];
