/**
 * Ranks, RANK.EQ style: by total descending, ties share a rank and the next rank skips.
 *
 * The exact rule (a formula compiler reproduces it with COUNTIFS over the total and complete columns):
 *   complete manager:   rank = 1 + #{complete managers with total > mine}
 *   incomplete manager: rank = 1 + #{complete managers} + #{incomplete managers with total > mine}
 * rankInRegion is the same rule counted among the managers of the same region only.
 */
import type { ManagerInput, ManagerResult } from "./types";
import { evaluateManager } from "./evaluate";
import type { RuleSet } from "./ruleset";

type RankKey = "rank" | "rankInRegion";

function rankBlock(block: ManagerResult[], offset: number, key: RankKey): void {
  block.sort((a, b) => b.total - a.total);
  let rank = 0;
  for (let i = 0; i < block.length; i++) {
    if (i === 0 || block[i].total !== block[i - 1].total) rank = i + 1;
    block[i][key] = offset + rank;
  }
}

function rankGroup(group: readonly ManagerResult[], key: RankKey): void {
  const complete = group.filter((r) => r.complete);
  const incomplete = group.filter((r) => !r.complete);
  rankBlock(complete, 0, key);
  rankBlock(incomplete, complete.length, key);
}

/** Sets `rank` and `rankInRegion` on results (in place) by the rule above. */
export function assignRanks(results: readonly ManagerResult[]): void {
  rankGroup(results, "rank");
  const regions = new Map<string, ManagerResult[]>();
  for (const r of results) {
    const list = regions.get(r.input.region);
    if (list) list.push(r);
    else regions.set(r.input.region, [r]);
  }
  for (const group of regions.values()) rankGroup(group, "rankInRegion");
}

/** Scores every manager and ranks them; results keep the order of `inputs`. */
export function scoreAll(rs: RuleSet, inputs: readonly ManagerInput[]): ManagerResult[] {
  const results = inputs.map((input) => evaluateManager(rs, input));
  assignRanks(results);
  return results;
}
