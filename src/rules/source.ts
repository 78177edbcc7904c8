/** Which rule set scored and where it came from: said on screen, in the report, the notes and the pane. */
import type { Locale, Localized } from "../engine/types";

export type RuleOrigin = "built-in" | "file" | "workbook";

/** Which rule set scored, and where it came from (said in the output, the report and the pane). */
export interface RuleSource {
  id: string;
  month: string;
  origin: RuleOrigin;
  /** The file it was read from (origin "file"), or the sheet (origin "workbook"). */
  where?: string;
}

const ORIGIN: Record<RuleOrigin, Localized> = {
  "built-in": { "zh-CN": "内置规则", en: "built in" },
  file: { "zh-CN": "规则文件", en: "rule-set file" },
  workbook: { "zh-CN": "本工作簿的规则表", en: "this workbook's rules sheet" },
};

/** "xiaoshan-2014-05（2014-05，本工作簿的规则表 规则）". */
export function sourceText(s: RuleSource, locale: Locale): string {
  const origin = ORIGIN[s.origin][locale];
  const where = s.where === undefined ? "" : ` ${s.where}`;
  return locale === "zh-CN"
    ? `${s.id}（${s.month}，${origin}${where}）`
    : `${s.id} (${s.month}, ${origin}${where})`;
}

/** The line that ends every note: "评分规则：xiaoshan-2014-05（2014-05，内置规则）". */
export function ruleSourceLine(source: RuleSource, locale: Locale): string {
  return locale === "zh-CN"
    ? `评分规则：${sourceText(source, locale)}`
    : `Rules: ${sourceText(source, locale)}`;
}
