/**
 * Measures as formulas: each measure kind's `formula` (in its own file) gives its value, its presence
 * (a blank optional input makes a measure absent, as in the engine) and, for a ratio, the condition
 * under which its target was 0 and counts as met. An invalid input anywhere the engine reads makes the
 * value or the presence the not-scored signal, so only the inputs on the path actually taken decide,
 * exactly as in the engine. Here: the presence helpers those formulas share.
 */
import type { FormulaMeasure } from "../engine/formula-api";
import { cannot, type CompileContext } from "./context";
import { NOT_SCORED_SIGNAL, and, iff } from "./text";

export type CompiledMeasure = FormulaMeasure;

/** TRUE, or the not-scored signal when the value is not a number. */
export function isValid(m: CompiledMeasure): string {
  return m.sure ? "TRUE" : iff(`ISNUMBER(${m.v})`, "TRUE", NOT_SCORED_SIGNAL);
}

/** TRUE/FALSE for present/absent, the signal when an input read is invalid. */
export function touch(m: CompiledMeasure): string {
  if (m.p === null) return isValid(m);
  return m.p === false ? "FALSE" : m.p;
}

/** Presence of all measures together (each is still read: an invalid one signals). */
export function allPresent(ms: readonly CompiledMeasure[]): string | null {
  if (ms.every((m) => m.p === null)) return null;
  return and(ms.map(touch));
}

/** `body` when the presence holds, else `absent`. */
export function whenPresent(p: string | null | false, body: string, absent: string): string {
  if (p === null) return body;
  return p === false ? absent : iff(p, body, absent);
}

/** A ratio's target-0 rule cannot be carried through a sum, difference or combination. */
export function noRatioInside(ctx: CompileContext, parts: readonly CompiledMeasure[], path: string): void {
  if (parts.some((m) => m.zero !== null)) {
    cannot(
      ctx,
      path,
      "a ratio inside a sum, difference or combination has no formula (its target-0 rule would leak)",
    );
  }
}
