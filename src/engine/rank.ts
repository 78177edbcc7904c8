/**
 * Ranks, RANK.EQ style: by total descending, ties share a rank and the next rank skips.
 *
 * The exact rule (a formula compiler reproduces it with COUNTIFS over the total and complete columns):
 *   complete manager:   rank = 1 + #{complete managers with total > mine}
 *   incomplete manager: rank = 1 + #{complete managers} + #{incomplete managers with total > mine}
 * rankInRegion is the same rule counted among the managers of the same region only.
 */
import type { ManagerResult } from "./types";

/** The totals of the managers of `group` that are (or are not) complete, sorted ascending. */
function sortedTotals(group: readonly ManagerResult[], complete: boolean): Float64Array {
  let n = 0;
  for (let i = 0; i < group.length; i++) if (group[i].complete === complete) n++;
  const totals = new Float64Array(n);
  for (let i = 0, k = 0; i < group.length; i++)
    if (group[i].complete === complete) totals[k++] = group[i].total;
  return totals.sort(); // a native numeric sort (no comparator)
}

/** How many of the ascending `sorted` are greater than `x`. */
function countAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

/** The rank of each manager of `group` by the rule above, in the group's order. */
function ranksIn(group: readonly ManagerResult[]): Int32Array {
  const complete = sortedTotals(group, true);
  const incomplete = sortedTotals(group, false);
  const ranks = new Int32Array(group.length);
  for (let i = 0; i < group.length; i++) {
    const r = group[i];
    ranks[i] = r.complete
      ? 1 + countAbove(complete, r.total)
      : 1 + complete.length + countAbove(incomplete, r.total);
  }
  return ranks;
}

/** Sets `rank` and `rankInRegion` on results (in place) by the rule above. */
export function assignRanks(results: readonly ManagerResult[]): void {
  const ranks = ranksIn(results);
  const regions = new Map<string, ManagerResult[]>();
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    r.rank = ranks[i];
    const list = regions.get(r.input.region);
    if (list) list.push(r);
    else regions.set(r.input.region, [r]);
  }
  for (const group of regions.values()) {
    const inRegion = ranksIn(group);
    for (let i = 0; i < group.length; i++) group[i].rankInRegion = inRegion[i];
  }
}
