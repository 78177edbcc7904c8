/**
 * Renders one indicator's trace as text: the inputs with their cells, the band or rule that applied,
 * the arithmetic (in terms of the inputs) to the cent, and below the weight the points lost and why.
 * Lines are joined by "\n". A scored result's text comes from a template per path and shape of the
 * inputs (template.ts); a result not scored is written here from its problems and inputs.
 */
import type { FieldInput, IndicatorResult, InputProblem, Locale, ManagerInput } from "../types";
import type { RuleSet } from "../ruleset";
import { formatNumber, formatPercent, formatScore } from "../decimal";
import { bindRuleSet } from "../bind";
import { namesOf } from "./names";
import { PHRASES } from "./phrases";
import { type Fragments, type InputHead, fragmentsOf } from "./fragments";
import { fillTemplate, templateFor } from "./template";

function cellText(cell: string): string {
  return cell === "" ? "" : "(" + cell + ")";
}

/**
 * "累计目标(D7) = 50", "成员真实性(P7) = 八十", "单家收入(元) = 120000, 30000". `h` and `rate` are the
 * field's (looked up once per template for scored results).
 */
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
  const raw = r.trace.raw;
  if (score === null || raw === null) {
    const fields = r.trace.fields;
    let out =
      f.header(r.id, r.weight, r.bonus) +
      (score === null ? p.notScored : p.scoreSuffix(formatScore(score, f.decimals)));
    if (score === null) {
      for (const problem of r.problems) out += "\n" + problemText(problem, rs, locale);
    }
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      out +=
        (i === 0 ? f.inputsHead : p.sep) +
        inputText(field, input.fields[field], f.inputHead(field), f.isRateField(field), r, f);
    }
    return out;
  }
  // The text from a template for the path taken and the shape of the inputs (template.ts).
  let out = fillTemplate(templateFor(rs, f, r, raw, input), r, f, score, raw);
  const warnings = r.warnings;
  for (let i = 0; i < warnings.length; i++) {
    const w = warnings[i];
    const name = f.field(w.field);
    out +=
      "\n" +
      (w.code === "pending" ? p.pending(cellText(w.cell), name) : p.reasonMissing(cellText(w.cell), name));
  }
  return out;
}
