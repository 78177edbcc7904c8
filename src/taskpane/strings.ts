/** Every text of the pane, zh-CN first, en second. One small module: both languages ship in the bundle. */
import type { Locale } from "../engine/types";

const zh = {
  appTitle: "网格客户经理考核评分",
  language: "English",
  detect: "识别",
  score: "评分",
  explain: "说明",
  problems: "问题",
  regenerate: "重新评分",
  auto: "修改后自动评分",
  autoClearsUndo:
    "此版本的 Excel 在插件每次写入后都会清空撤销记录：开启自动评分后，将无法撤销自己刚才的输入。需要撤销时请先关闭自动评分。",
  formulas: "写入公式（无插件也能重算）",
  sheetFound: (sheet: string) => `考核表：${sheet}`,
  notScoringSheet: "没有找到可以评分的考核表。",
  counted: (managers: number, regions: number) => `${managers} 名客户经理，${regions} 个区域`,
  field: "字段",
  fieldCounts: (sure: number, unsure: number, missing: number) =>
    `字段：${sure} 个已确定，${unsure} 个不确定，${missing} 个缺少`,
  fieldsToCheck: "请核对这些字段",
  fieldsFound: "已找到的字段（按指标）",
  fieldGroup: (indicator: string, n: number) => `${indicator}（${n} 个字段）`,
  otherFields: "其他",
  column: "列",
  notFound: "（未找到）",
  uncertain: "不确定",
  missing: "缺少",
  chooseColumn: (field: string) => `${field} 所在列`,
  mappingSaved: "已保存到工作簿，下次打开时沿用。",
  settingDamaged: "工作簿中保存的列对应设置已损坏或不属于本插件，已忽略。",
  phase: {
    idle: "",
    reading: "正在读取工作表…",
    scoring: "正在评分…",
    writing: "正在写入得分和说明…",
    ready: "",
  },
  scored: (n: number) => `已评分 ${n} 名客户经理`,
  problemCount: (n: number) => (n === 0 ? "没有输入问题" : `${n} 个输入问题`),
  totalsByRegion: "各区域平均总分",
  selectScoreCell: "在表中选中一个得分或总分单元格，这里显示它的计算过程。",
  earned: "得分",
  lost: "失分",
  pointsChart: "各项得分与失分",
  notScored: "未评分",
  pointsRow: (name: string, score: string, lost: string) => `${name}：${score} 分，少得 ${lost} 分`,
  noProblems: "没有输入问题。",
  goToCell: (cell: string) => `定位到 ${cell}`,
  error: "出错了",
  dismiss: "关闭",
  notScoredYet: "尚未评分：点击“重新评分”。",
  personsNote: (cells: readonly string[]) =>
    `${cellList(cells, "、", (n) => ` 等另外 ${n} 处`)}：${cells.length === 1 ? "该单元格" : "其中有单元格"}已有别人写的批注或备注，本插件要在那里写评分说明；为了不覆盖它，这次没有写入任何得分。请把它移到别的单元格（或删除），然后点击“重新评分”。`,
  sheetGone: (sheet: string) =>
    `找不到工作表“${sheet}”（可能已被重命名或删除），这次评分已停止。请点击“重新评分”，重新识别要评分的工作表。`,
  hostCheckFailed: (code: string) =>
    `这次评分已停止：写入前的检查没有通过（${code}）。这是 GridScore 的缺陷：请把工作簿和这条信息交给维护者。`,
  excelRefused: (detail: string) =>
    `Excel 拒绝了这次操作：${detail}。请稍后点击“重新评分”再试；如果一再出现，请把这条信息交给维护者。`,
  keptThreadsTitle: "保留了过时的评分说明",
  keptThreads: (cells: readonly string[]) =>
    `${cellList(cells, "、", (n) => ` 等另外 ${n} 处`)}：这里的评分说明批注已过时（${cells.length === 1 ? "该单元格" : "这些单元格"}已不再由本插件说明），但有人在批注下回复了，删除批注会连回复一起删除，所以保留了。请先把需要的回复复制到别处，再删除这条批注，然后点击“重新评分”。`,
};

export type Strings = typeof zh;

const en: Strings = {
  appTitle: "Grid manager KPI scoring",
  language: "中文",
  detect: "Detect",
  score: "Score",
  explain: "Explain",
  problems: "Problems",
  regenerate: "Score again",
  auto: "Re-score after edits",
  autoClearsUndo:
    "This version of Excel clears its undo history whenever an add-in writes: with auto re-scoring on, you cannot undo your own last edits. Switch it off when you need Undo.",
  formulas: "Write formulas (recalculate without the add-in)",
  sheetFound: (sheet) => `Scoring sheet: ${sheet}`,
  notScoringSheet: "No sheet here can be scored.",
  counted: (managers, regions) => `${managers} managers in ${regions} regions`,
  field: "Field",
  fieldCounts: (sure, unsure, missing) => `Fields: ${sure} sure, ${unsure} unsure, ${missing} missing`,
  fieldsToCheck: "Please check these fields",
  fieldsFound: "Fields found, by indicator",
  fieldGroup: (indicator, n) => `${indicator} (${n} ${n === 1 ? "field" : "fields"})`,
  otherFields: "Other",
  column: "Column",
  notFound: "(not found)",
  uncertain: "uncertain",
  missing: "missing",
  chooseColumn: (field) => `Column of ${field}`,
  mappingSaved: "Saved in the workbook; used again next time.",
  settingDamaged: "The column mapping saved in this workbook is damaged or not ours; it was ignored.",
  phase: {
    idle: "",
    reading: "Reading the sheet…",
    scoring: "Scoring…",
    writing: "Writing scores and explanations…",
    ready: "",
  },
  scored: (n) => `${n} managers scored`,
  problemCount: (n) => (n === 0 ? "No input problems" : `${n} input problems`),
  totalsByRegion: "Average total by region",
  selectScoreCell: "Select a score or total cell in the sheet to see how it was computed.",
  earned: "Earned",
  lost: "Lost",
  pointsChart: "Points earned and lost",
  notScored: "not scored",
  pointsRow: (name, score, lost) => `${name}: ${score} points, ${lost} lost`,
  noProblems: "No input problems.",
  goToCell: (cell) => `Go to ${cell}`,
  error: "Something went wrong",
  dismiss: "Dismiss",
  notScoredYet: "Not scored yet: press “Score again”.",
  personsNote: (cells) =>
    `${cellList(cells, ", ", (n) => ` and ${n} more`)}: ${cells.length === 1 ? "this cell holds" : "one of these cells holds"} a note or comment someone wrote, where GridScore would write an explanation; to keep it, no score was written. Move it to another cell (or delete it), then press “Score again”.`,
  sheetGone: (sheet) =>
    `The sheet “${sheet}” is no longer there (renamed or deleted?), so scoring stopped. Press “Score again” to detect the sheet to score.`,
  hostCheckFailed: (code) =>
    `Scoring stopped: a check before writing failed (${code}). This is a fault in GridScore: please give the workbook and this message to its maintainers.`,
  excelRefused: (detail) =>
    `Excel refused the operation: ${detail}. Press “Score again” in a moment; if it keeps happening, give this message to the maintainers.`,
  keptThreadsTitle: "Old explanations left in place",
  keptThreads: (cells) =>
    `${cellList(cells, ", ", (n) => ` and ${n} more`)}: the explanation comment here is out of date (GridScore no longer explains ${cells.length === 1 ? "this cell" : "these cells"}), but people replied under it, and deleting it would delete their replies, so it was kept. Copy any replies you need elsewhere, delete the comment, then press “Score again”.`,
};

/** At most 8 cells by address, then how many more. */
function cellList(cells: readonly string[], separator: string, more: (n: number) => string): string {
  const shown = cells.slice(0, 8).join(separator);
  return cells.length > 8 ? `${shown}${more(cells.length - 8)}` : shown;
}

export function stringsFor(locale: Locale): Strings {
  return locale === "zh-CN" ? zh : en;
}
