/**
 * Which rule set scored, in the workbook itself: the cell writer of a run (value or formula mode)
 * with one more line at the end of every note, score cells' and totals' alike
 * ("评分规则：xiaoshan-2014-05（2014-05，内置规则）"), so a note read on its own says what scored it.
 */
import type { RuleSet } from "../engine";
import type { Locale } from "../engine/types";
import { formulaWriter } from "../formula/writer";
import { valueWriter, type CellWriter } from "../sheet/cell-writer";
import { ruleSourceLine, type RuleSource } from "./source";

export { ruleSourceLine };

export function writerWithRuleSource(
  rs: RuleSet,
  locale: Locale,
  formulas: boolean,
  source: RuleSource,
): CellWriter {
  const writer: CellWriter = formulas ? formulaWriter(rs, locale) : valueWriter(locale);
  const line = ruleSourceLine(source, locale);
  const indicatorNote = (ctx: Parameters<NonNullable<CellWriter["indicatorNote"]>>[0], explanation: string) =>
    `${writer.indicatorNote ? writer.indicatorNote(ctx, explanation) : explanation}\n${line}`;
  const totalNote = (ctx: Parameters<NonNullable<CellWriter["totalNote"]>>[0], explanation: string) =>
    `${writer.totalNote ? writer.totalNote(ctx, explanation) : explanation}\n${line}`;
  return Object.assign(Object.create(writer) as CellWriter, { indicatorNote, totalNote });
}
