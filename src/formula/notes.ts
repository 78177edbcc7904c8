/** What formula mode adds to a score cell's note (zh-CN first, en second). */
import type { Locale } from "../engine/types";

export interface UnreadableCell {
  cell: string;
  text: string;
}

export function liveNote(explanation: string, locale: Locale): string {
  return locale === "zh-CN"
    ? `${explanation}\n\n（此单元格是公式，输入改动后会自动重算；以上说明描述的是评分时的数值。）`
    : `${explanation}\n\n(This cell is a formula and recalculates when inputs change; the explanation above describes the values at scoring time.)`;
}

export function staticNote(
  explanation: string,
  unreadable: readonly UnreadableCell[],
  locale: Locale,
): string {
  const zh = locale === "zh-CN";
  const cells = unreadable
    .map((u) => (zh ? `${u.cell}（“${u.text}”）` : `${u.cell} ("${u.text}")`))
    .join(zh ? "、" : ", ");
  const tail = zh
    ? `此得分是评分时的数值，不会自动重算：公式无法读取 ${cells} 中的文本。请把这些单元格改为数字（或清空）后重新评分，此单元格即变为公式。`
    : `This score is the value at scoring time and does not recalculate: a formula cannot read the text in ${cells}. Retype those cells as numbers (or clear them) and score again to make this cell a live formula.`;
  return `${explanation}\n\n${tail}`;
}
