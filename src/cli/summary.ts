/**
 * What the command line prints: what was detected, the ranked summary, the input problems. Pure
 * functions from the pipeline's results to lines of text.
 */
import { formatScore } from "../engine/decimal";
import type { Locale, RuleSetMeta } from "../engine/types";
import { columnLetter } from "../sheet/address";
import type { Detection } from "../sheet/detection";
import type { Report } from "../sheet/report";
import { escapeControls } from "../sheet/safe-text";
import { table } from "./columns-text";

/** Ranked rows shown in full up to this many managers; beyond it the top and the bottom. */
const FULL_TABLE = 40;
const TOP = 20;
const BOTTOM = 10;
const SHOWN_PROBLEMS = 50;
const SHOWN_SKIPPED = 10;

function rowsText(rows: readonly number[], locale: Locale): string {
  return rows.map((r) => String(r + 1)).join(locale === "zh-CN" ? "、" : ", ");
}

export function detectionLines(d: Detection, rs: RuleSetMeta, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const lines: string[] = [];
  lines.push(zh ? `工作表：${d.sheet}` : `Sheet: ${d.sheet}`);
  if (d.headerRows.length > 0) {
    const weights =
      d.weightsRow === null
        ? ""
        : zh
          ? `；考核分值第 ${d.weightsRow + 1} 行`
          : `; weights in row ${d.weightsRow + 1}`;
    lines.push(
      zh
        ? `表头：第 ${rowsText(d.headerRows, locale)} 行${weights}`
        : `Header rows: ${rowsText(d.headerRows, locale)}${weights}`,
    );
  }
  if (d.firstManagerRow !== null && d.lastManagerRow !== null) {
    const span = `${d.firstManagerRow + 1}–${d.lastManagerRow + 1}`;
    lines.push(
      zh
        ? `客户经理：${d.managerCount} 人，${d.regionCount} 个区域（第 ${span} 行）`
        : `Managers: ${d.managerCount} in ${d.regionCount} regions (rows ${span})`,
    );
  }
  lines.push(...fieldLines(d, rs, locale));
  if (d.unknownColumns.length > 0) {
    const cols = d.unknownColumns.map(columnLetter).join(", ");
    lines.push(zh ? `未识别的列（保持不变）：${cols}` : `Columns not recognised (left as they are): ${cols}`);
  }
  if (d.skippedRows.length > 0) {
    const shown = d.skippedRows
      .slice(0, SHOWN_SKIPPED)
      .map(
        (s) =>
          `${s.row + 1}${s.text ? (zh ? `（${escapeControls(s.text)}）` : ` (${escapeControls(s.text)})`) : ""}`,
      );
    const more = d.skippedRows.length > SHOWN_SKIPPED ? " …" : "";
    lines.push(
      zh
        ? `跳过的行（${d.skippedRows.length}）：${shown.join("、")}${more}`
        : `Rows skipped (${d.skippedRows.length}): ${shown.join(", ")}${more}`,
    );
  }
  for (const issue of d.issues) lines.push(`${issue.fatal ? "✗" : "!"} ${issue.message[locale]}`);
  return lines;
}

/** Field → column, one line per indicator: "成员收集：目标 N，累计导入 O，成员真实性 P?". */
function fieldLines(d: Detection, rs: RuleSetMeta, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const lines = [
    zh ? "字段 → 列（? 表示不确定，— 表示未找到）：" : "Field → column (? uncertain, — not found):",
  ];
  for (const indicator of rs.indicators) {
    const fields = rs.fields.filter((f) => f.group === indicator.id);
    if (fields.length === 0) continue;
    const parts = fields.map((f) => {
      const m = d.fields[f.id];
      const where = m ? m.column + (m.uncertain ? "?" : "") : "—";
      return `${f.name[locale]} ${where}`;
    });
    lines.push(`  ${indicator.name[locale]}${zh ? "：" : ": "}${parts.join(zh ? "，" : ", ")}`);
  }
  return lines;
}

export function rankingLines(report: Report, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const ranked = [...report.managers].sort((a, b) => a.rank - b.rank || a.row - b.row);
  const head = zh
    ? ["总排名", "区域排名", "区域", "客户经理", "总分", "状态"]
    : ["Rank", "In region", "Region", "Manager", "Total", "Status"];
  const row = (m: Report["managers"][number]): string[] => [
    String(m.rank),
    String(m.rankInRegion),
    escapeControls(m.region),
    escapeControls(m.name),
    formatScore(m.total),
    status(m, locale),
  ];
  const shown =
    ranked.length <= FULL_TABLE
      ? ranked.map(row)
      : [...ranked.slice(0, TOP).map(row), ["…"], ...ranked.slice(-BOTTOM).map(row)];
  const lines = table([head, ...shown], new Set([0, 1, 4]));
  if (ranked.length > FULL_TABLE) {
    const hidden = ranked.length - TOP - BOTTOM;
    lines.push(
      zh
        ? `（中间 ${hidden} 人未列出，完整结果见输出文件或 --report）`
        : `(${hidden} managers in between not listed: see the output file or --report)`,
    );
  }
  return lines;
}

function status(m: Report["managers"][number], locale: Locale): string {
  const zh = locale === "zh-CN";
  const parts: string[] = [];
  if (!m.complete) parts.push(zh ? "不完整" : "incomplete");
  if (m.provisional) parts.push(zh ? "暂定" : "provisional");
  return parts.join(zh ? "、" : ", ");
}

export function problemLines(report: Report, rs: RuleSetMeta, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const lines = report.problems.slice(0, SHOWN_PROBLEMS).map((p) => {
    const field = rs.fields.find((f) => f.id === p.field);
    const indicator = field && rs.indicators.find((i) => i.id === field.group);
    const what = field
      ? `${indicator ? indicator.name[locale] + " › " : ""}${field.name[locale]}`
      : p.field === "name"
        ? zh
          ? "客户经理姓名"
          : "manager's name"
        : p.field;
    const who =
      p.cell === ""
        ? zh
          ? "（全表）"
          : "(whole sheet)"
        : p.name !== ""
          ? p.name
          : zh
            ? `（第 ${p.row} 行）`
            : `(row ${p.row})`;
    return `  ${escapeControls(who)}  ${what}${zh ? "：" : ": "}${escapeControls(p.message)}`;
  });
  if (report.problems.length > SHOWN_PROBLEMS) {
    const more = report.problems.length - SHOWN_PROBLEMS;
    lines.push(
      zh ? `  …另有 ${more} 个问题，完整清单见 --report` : `  … ${more} more: see --report for the full list`,
    );
  }
  return lines;
}
