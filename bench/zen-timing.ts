/**
 * ZEN's side of the engine bench: throughput of the decision graph on the same managers, and a
 * check that it scored them as the engine did (so the ratio compares the same work).
 */
import type { ManagerResult } from "../src/engine/types";
import type { FieldValue } from "./generate";
import { readScores, ZenScorer, type ZenScores } from "./zen/scorer";
import { INDICATOR_IDS } from "./zen/scores";
import { timeAsync, type Timing } from "./timing";

/** Evaluations kept in flight: ZEN evaluates off the main thread; a few at once is its best here. */
export const IN_FLIGHT = 8;

/** Managers in each untraced run (shown for scale only, so a shorter run does). */
export const UNTRACED_SAMPLE = 2000;

export interface ZenThroughput {
  /** All the managers, trace on: the comparison. */
  traced: Timing;
  /** The first UNTRACED_SAMPLE managers, trace off. */
  untraced: Timing;
  /** The scores of the last traced run, in request order. */
  scores: ZenScores[];
}

async function evaluateAll(zen: ZenScorer, requests: readonly Record<string, FieldValue>[], trace: boolean) {
  const scores: ZenScores[] = new Array(requests.length);
  for (let start = 0; start < requests.length; start += IN_FLIGHT) {
    const batch = requests.slice(start, start + IN_FLIGHT);
    const responses = await Promise.all(batch.map((request) => zen.evaluate(request, trace)));
    responses.forEach((response, i) => (scores[start + i] = readScores(response.result)));
  }
  return scores;
}

export async function zenThroughput(requests: readonly Record<string, FieldValue>[]): Promise<ZenThroughput> {
  const zen = new ZenScorer();
  try {
    await evaluateAll(zen, requests.slice(0, 1000), true);
    let scores: ZenScores[] = [];
    const traced = await timeAsync(3, async () => void (scores = await evaluateAll(zen, requests, true)));
    const sample = requests.slice(0, UNTRACED_SAMPLE);
    const untraced = await timeAsync(3, async () => void (await evaluateAll(zen, sample, false)));
    return { traced, untraced, scores };
  } finally {
    zen.dispose();
  }
}

const cents = (score: number | null) => (score === null ? null : Math.round(score * 100));

/** How many managers ZEN scored exactly as the engine did (every indicator, total, flags). */
export function zenAgreement(results: readonly ManagerResult[], scores: readonly ZenScores[]) {
  const disagreements: string[] = [];
  results.forEach((result, i) => {
    const zen = scores[i];
    const differing: string[] = INDICATOR_IDS.filter(
      (id) => cents(result.indicators.find((ind) => ind.id === id)?.score ?? null) !== cents(zen.scores[id]),
    );
    if (cents(result.total) !== cents(zen.total)) differing.push("total");
    if (result.complete !== zen.complete || result.provisional !== zen.provisional) differing.push("flags");
    if (differing.length > 0) disagreements.push(`${result.input.name}: ${differing.join(", ")}`);
  });
  return { agreeing: results.length - disagreements.length, firstDisagreements: disagreements.slice(0, 5) };
}
