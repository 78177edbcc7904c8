/**
 * Renders one indicator's result as text, from its trace: the score, the inputs with their cells,
 * the lines of the steps (the band or rule that applied), the score's arithmetic in terms of the
 * inputs, and below the weight the points lost and why. Lines are joined by "\n"; no line twice.
 * A result not scored gives its problems and inputs.
 */
import type { FieldInput, IndicatorResult, InputProblem, Locale, ManagerInput } from "../types";
import type { RuleSet } from "../ruleset";
import { formatNumber, formatPercent, formatScore, roundHalfAway } from "../decimal";
import { bindRuleSet } from "../bind";
import { isLeaf } from "../expr";
import { traceDetail } from "../trace-detail";
import { namesOf } from "./names";
import { PHRASES } from "./phrases";
import { type Fragments, type InputHead, fragmentsOf } from "./fragments";
import { exprText } from "./expr-text";
import { lossReasons } from "./losses";
import { stepText } from "./steps-text";

function cellText(cell: string): string {
  return cell === "" ? "" : "(" + cell + ")";
}

/** "累计目标(D7) = 50", "成员真实性(P7) = 八十", "单家收入(元) = 120000, 30000": as the sheet holds it. */
function inputText(
  field: string,
  fi: FieldInput | undefined,
  h: InputHead,
  rate: boolean,
  r: IndicatorResult,
  f: Fragments,
): string {
  const head = fi === undefined || fi.cell === "" ? h.plain : h.open + fi.cell + ") = ";
  let problem = fi?.problem !== undefined;
  if (!problem) for (let i = 0; i < r.problems.length; i++) if (r.problems[i].field === field) problem = true;
  const v = fi?.value;
  if (problem) return head + (fi === undefined || fi.text === "" ? f.p.blank : fi.text);
  if (v === undefined || v === null || v === "") return head + f.p.blank;
  if (typeof v === "number") {
    const shown = rate ? formatPercent(v) : formatNumber(v);
    return head + shown + (fi?.readAsPercentPoints ? f.p.percentPoints(shown) : "");
  }
  if (typeof v === "string") return head + "“" + v + "”";
  return head + v.map(formatNumber).join(", ");
}

/** One problem as a sentence: the field, its cell, the text found, what was expected. */
export function problemText(problem: InputProblem, rs: RuleSet, locale: Locale): string {
  const p = PHRASES[locale];
  const type = bindRuleSet(rs).fieldType(problem.field);
  const expected = problem.code === "outOfBounds" || type === undefined ? problem.expected : p.expected[type];
  return p.problem(namesOf(rs).field(problem.field, locale), cellText(problem.cell), problem, expected);
}

/** The explanation of one indicator result, in the given locale. */
export function explainIndicatorResult(
  rs: RuleSet,
  r: IndicatorResult,
  input: ManagerInput,
  locale: Locale = "zh-CN",
): string {
  const f = fragmentsOf(rs, locale);
  const p = f.p;
  const score = r.score;
  const scoreText = score === null ? "" : formatScore(score, f.decimals);
  const lines: string[] = [
    f.header(r.id, r.weight, r.bonus) + (score === null ? p.notScored : p.scoreSuffix(scoreText)),
  ];
  if (score === null) for (const problem of r.problems) lines.push(problemText(problem, rs, locale));
  const fields = r.trace.fields;
  if (fields.length > 0) {
    let inputs = p.inputs;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (i > 0) inputs += p.sep;
      inputs += inputText(field, input.fields[field], f.inputHead(field), f.isRateField(field), r, f);
    }
    lines.push(inputs);
  }
  const raw = r.trace.raw;
  if (score !== null && raw !== null) {
    const { steps, expr } = traceDetail(rs, r, input);
    for (const step of steps) {
      const line = stepText(step, f);
      // A measure computed twice (E in the ratio and in E − T) is stated once.
      if (line !== null && !lines.includes(line)) lines.push(line);
    }
    if (expr === null || isLeaf(expr)) lines.push(p.score + scoreText);
    else lines.push(p.score + exprText(expr) + (roundHalfAway(raw, 9) === score ? " = " : " ≈ ") + scoreText);
    if (r.lost > 0) {
      const rule = bindRuleSet(rs).indicatorById.get(r.id)?.rule;
      if (rule !== undefined)
        lines.push(p.lost(formatScore(r.lost, f.decimals), lossReasons(rule, steps, r, f)));
    }
  }
  for (const w of r.warnings) {
    const name = f.field(w.field);
    lines.push(
      w.code === "pending" ? p.pending(cellText(w.cell), name) : p.reasonMissing(cellText(w.cell), name),
    );
  }
  return lines.join("\n");
}
