/**
 * Generic header words of the sheet family (see the README): the columns every sheet has, the words of
 * our own score block, and word synonyms applied to the rule set's field headers. Indicator, field
 * and category headers themselves come from the rule set.
 */
export type GenericHeader =
  "region" | "name" | "managerType" | "weights" | "score" | "total" | "rankInRegion" | "rank" | "scoredCount";

export const GENERIC_HEADERS: Readonly<Record<GenericHeader, readonly string[]>> = {
  region: ["区域", "片区", "分局", "网格区域", "所属区域", "区县"],
  name: ["客户经理", "姓名", "经理", "客户经理姓名", "人员"],
  managerType: ["客户经理类型", "经理类型", "人员类型"],
  weights: ["考核分值", "分值", "权重", "满分"],
  score: ["得分", "分数", "评分"],
  total: ["总分", "总得分", "合计得分"],
  rankInRegion: ["区域排名", "片区排名", "分局排名"],
  rank: ["总排名", "排名", "全区排名"],
  scoredCount: ["评分项数"],
};

/** The words our own score block writes, per locale-independent role (zh-CN, the product's language). */
export const BLOCK_HEADERS = {
  score: "得分",
  total: "总分",
  rankInRegion: "区域排名",
  rank: "总排名",
  /** Formula mode's helper column: how many of the manager's indicators are scored (ranks count it). */
  scoredCount: "评分项数",
} as const;

/** Words that mean the same inside a field header: any one may replace another. */
export const WORD_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ["完成值", "实际完成", "完成", "实际"],
  ["目标值", "目标"],
  ["累计", "累积"],
];

/** A row whose name or region cell contains one of these is a subtotal row, not a manager. */
export const SUBTOTAL_WORDS: readonly string[] = ["合计", "小计", "总计", "汇总"];

/** A header text with each synonym word replaced by its alternatives (the text itself included). */
export function headerVariants(header: string): string[] {
  const out = new Set<string>([header]);
  for (const group of WORD_SYNONYMS) {
    for (const word of group) {
      if (!header.includes(word)) continue;
      for (const other of group) if (other !== word) out.add(header.replace(word, other));
      break;
    }
  }
  return [...out];
}
