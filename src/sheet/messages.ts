/** Detection and input-problem wording, zh-CN first, en second. */
import type { FieldType, Localized, RuleSetMeta } from "../engine/types";

function fieldName(rs: RuleSetMeta, id: string): Localized {
  const f = rs.fields.find((x) => x.id === id);
  if (!f) return { "zh-CN": id, en: id };
  const ind = rs.indicators.find((i) => i.id === f.group);
  return ind
    ? { "zh-CN": `${ind.name["zh-CN"]} › ${f.name["zh-CN"]}`, en: `${ind.name.en} › ${f.name.en}` }
    : f.name;
}

export const detectionText = {
  noNameColumn: (): Localized => ({
    "zh-CN": "没有找到客户经理姓名列（表头应有“客户经理”“姓名”或“经理”）。这张表不像考核表。",
    en: "No manager name column was found (a header such as 客户经理, 姓名 or 经理). This does not look like a scoring sheet.",
  }),
  noManagers: (): Localized => ({
    "zh-CN": "找到了表头，但表头下面没有客户经理行。",
    en: "The headers were found, but there are no manager rows below them.",
  }),
  noFields: (): Localized => ({
    "zh-CN": "没有识别出任何考核指标列（表头与规则集中的指标名称都对不上）。",
    en: "No indicator column was recognised (no header matches the rule set's indicators).",
  }),
  missingField: (rs: RuleSetMeta, field: string): Localized => {
    const n = fieldName(rs, field);
    return {
      "zh-CN": `缺少必填列“${n["zh-CN"]}”：表头中找不到它，用到它的指标将不评分。`,
      en: `Required column "${n.en}" is missing: no header names it, so the indicators that need it are not scored.`,
    };
  },
  ambiguousField: (rs: RuleSetMeta, field: string, columns: string[], chosen: string): Localized => {
    const n = fieldName(rs, field);
    return {
      "zh-CN": `“${n["zh-CN"]}”有多列都像：${columns.join("、")}；暂用 ${chosen} 列，请确认。`,
      en: `Several columns look like "${n.en}": ${columns.join(", ")}; using column ${chosen} — please confirm.`,
    };
  },
  uncertainField: (rs: RuleSetMeta, field: string, column: string): Localized => {
    const n = fieldName(rs, field);
    return {
      "zh-CN": `“${n["zh-CN"]}”只按列名匹配到 ${column} 列（上方没有找到所属指标的表头），请确认。`,
      en: `"${n.en}" was matched to column ${column} by its own header only (its indicator's header was not found above it) — please confirm.`,
    };
  },
  badOverride: (field: string, column: string, why: "field" | "column"): Localized =>
    why === "field"
      ? {
          "zh-CN": `手动对应中的字段“${field}”不在规则集中，已忽略。`,
          en: `The manual mapping names an unknown field "${field}"; ignored.`,
        }
      : {
          "zh-CN": `手动对应“${field}”→“${column}”不是有效的列，已忽略。`,
          en: `The manual mapping "${field}" → "${column}" is not a valid column; ignored.`,
        },
};

/** What a field of each type expects, in words. */
export const expectedText: Readonly<Record<FieldType, Localized>> = {
  count: { "zh-CN": "非负整数（如 12）", en: "a whole number ≥ 0 (e.g. 12)" },
  netCount: { "zh-CN": "整数，可为负（如 -3）", en: "a whole number, may be negative (e.g. -3)" },
  amount: { "zh-CN": "金额，可带“万”（如 7000 或 0.7万）", en: "an amount, 万 allowed (e.g. 7000 or 0.7万)" },
  amountList: {
    "zh-CN": "一个或多个金额，用 , ，、; ； 或空格分隔（如 120000、3万）",
    en: "one or more amounts separated by , ，、; ； or spaces (e.g. 120000、3万)",
  },
  rate: { "zh-CN": "百分比（如 80%、0.8 或 80）", en: "a percentage (e.g. 80%, 0.8 or 80)" },
  points: { "zh-CN": "数字，可为负（如 -2.5）", en: "a number, may be negative (e.g. -2.5)" },
  text: { "zh-CN": "文字", en: "text" },
};

export const problemText = {
  negative: { "zh-CN": "（不能为负数）", en: " (cannot be negative)" } as Localized,
  notWhole: { "zh-CN": "（必须是整数）", en: " (must be whole)" } as Localized,
  errorValue: { "zh-CN": "（单元格是错误值）", en: " (the cell holds an error value)" } as Localized,
  uncalculated: {
    "zh-CN": "（单元格是没有计算结果的公式：请在 Excel、WPS 或 LibreOffice 中打开并保存一次，再评分）",
    en: " (the cell holds a formula without a calculated result: open and save the file once in Excel, WPS or LibreOffice, then score it)",
  } as Localized,
  date: {
    "zh-CN": "（单元格是日期，不是数字：请填入数字）",
    en: " (the cell holds a date, not a number: type the number)",
  } as Localized,
  overHundred: {
    "zh-CN": "，且在 0%～100% 之间（比率不会超过 100%，请核对）",
    en: ", between 0% and 100% (a rate cannot exceed 100%: check it)",
  } as Localized,
  percentTyped: (n: number): Localized => {
    const [shown, ratio] = [plain(n * 100), plain(n / 100)];
    return {
      "zh-CN": `，且在 0%～100% 之间（单元格设为百分比格式，存的却是 ${n}，显示为 ${shown}%；若指 ${n}%，请输入 ${n}% 或 ${ratio}）`,
      en: `, between 0% and 100% (the cell is formatted as a percentage but holds ${n}, shown as ${shown}%; if ${n}% is meant, type ${n}% or ${ratio})`,
    };
  },
  mergedAcross: (range: string, managers: number): Localized => ({
    "zh-CN": `每位客户经理各自的值（${range} 是合并单元格，跨了 ${managers} 位客户经理的行，不能确定这个值属于谁：请取消合并，每行填写各自的值）`,
    en: `each manager's own value (${range} is a merged cell across ${managers} managers' rows, so whose value it is cannot be told: unmerge it and fill in each row)`,
  }),
  blankName: {
    "zh-CN": "客户经理姓名（这一行填了考核数据，姓名却是空白，未评分：请补上姓名）",
    en: "the manager's name (this row holds scoring data but no name, so it is not scored: fill in the name)",
  } as Localized,
  duplicate: (region: string, rows: string): Localized => ({
    "zh-CN": `同一区域“${region}”中姓名唯一（重名见 ${rows}）`,
    en: `a name unique within region "${region}" (same name at ${rows})`,
  }),
};

/** A computed number without float noise (95 × 100 = 9500, not 9500.000000000002). */
function plain(n: number): string {
  return String(Number(n.toPrecision(12)));
}
