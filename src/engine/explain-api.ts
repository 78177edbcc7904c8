/**
 * What a kind needs to say, in an explanation, why points were lost in its own terms (a sum's parts,
 * a count per unit). Declared here and implemented by the renderer (explain/losses.ts), so the kinds
 * do not import the renderer.
 */
import type { Locale } from "./types";
import type { Measure } from "./nodes";
import type { Phrases } from "./explain/phrases";

export interface LossWords {
  readonly p: Phrases;
  readonly locale: Locale;
  /** A measure's name in the explanation. */
  measure(node: Measure): string;
}

/** A cause of points lost: its text and what it cost (null when the rule does not isolate it). */
export interface LossCause {
  text: string;
  cost: number | null;
}

/** An indicator's raw score and its weight, for a loss said in the rule's own terms. */
export interface LossScore {
  raw: number;
  weight: number;
}
