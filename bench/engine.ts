/**
 * Bench part `engine`: 10,000 generated managers scored with traces, all their explanations
 * rendered, and the same managers through the ZEN decision graph with its trace on.
 * Ends with `ms engine/10k`, `ms explain/10k` and `ratio engine/zen`.
 */
import { cpus, loadavg } from "node:os";
import type { Locale, ManagerResult } from "../src/engine/types";
import { loadShippedEngine } from "./shipped-engine";
import { generateManagers, toZenRequest } from "./generate";
import { toManagerInput } from "./manager-input";
import { count, describe, ms, perSecond, timeSync, type Timing } from "./timing";
import { IN_FLIGHT, UNTRACED_SAMPLE, zenAgreement, zenThroughput } from "./zen-timing";

const MANAGERS = 10_000;
const { engine, how } = loadShippedEngine();
const { explainIndicator, explainTotal, scoreAll, xiaoshan201405 } = engine;
// Explaining has no target of its own: it is judged inside the command line's ratio (bench part cli).
const TARGET = { engineMs: 100, ratio: 30 };

/** Renders every indicator's explanation and the total's; returns the characters written. */
function explainAll(results: readonly ManagerResult[], locale: Locale): number {
  let chars = 0;
  for (const result of results) {
    for (const indicator of result.indicators) {
      chars += explainIndicator(xiaoshan201405, result, indicator.id, locale).length;
    }
    chars += explainTotal(xiaoshan201405, result, locale).length;
  }
  return chars;
}

const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

export async function run(): Promise<void> {
  const managers = generateManagers(MANAGERS);
  const inputs = managers.map(toManagerInput);
  const requests = managers.map(toZenRequest);
  const indicatorCount = xiaoshan201405.indicators.length;
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`machine: ${cpus().length} cores, load average ${load.join(" ")} (timings grow with the load)`);
  const flags = process.execArgv.filter(
    (a) => a.startsWith("--") && !a.includes("import") && !a.includes("require"),
  );
  console.log(`engine as shipped: ${how}; node ${process.version}, V8 flags: ${flags.join(" ") || "none"}`);

  let results: ManagerResult[] = [];
  timeSync(5, () => void (results = scoreAll(xiaoshan201405, inputs)));
  const scoring: Timing = timeSync(11, () => void (results = scoreAll(xiaoshan201405, inputs)));
  const texts = results.length * (indicatorCount + 1);
  console.log(`managers: ${count(MANAGERS)} generated, ${indicatorCount} indicators each`);
  console.log(`score + trace (scoreAll, ranks included): ${describe(scoring)}`);
  console.log(
    `  → ${count(perSecond(MANAGERS, scoring))} managers/s, ` +
      `${count(perSecond(MANAGERS * indicatorCount, scoring))} indicator evaluations/s`,
  );

  let chars = 0;
  timeSync(3, () => void (chars = explainAll(results, "zh-CN")));
  const explainZh = timeSync(7, () => void (chars = explainAll(results, "zh-CN")));
  console.log(
    `explanations zh-CN (${count(texts)} texts, ${count(chars)} characters): ${describe(explainZh)}`,
  );
  timeSync(2, () => void explainAll(results, "en"));
  const explainEn = timeSync(5, () => void explainAll(results, "en"));
  console.log(`explanations en: ${describe(explainEn)}`);

  const zen = await zenThroughput(requests);
  console.log(`ZEN (@gorules/zen-engine, trace on, ${IN_FLIGHT} in flight): ${describe(zen.traced)}`);
  console.log(`  → ${count(perSecond(MANAGERS, zen.traced))} managers/s`);
  const untracedPerManagerMs = zen.untraced.medianMs / UNTRACED_SAMPLE;
  console.log(
    `ZEN without trace, for scale only (${count(UNTRACED_SAMPLE)} managers): ${describe(zen.untraced)}` +
      ` → ${count(1000 / untracedPerManagerMs)} managers/s`,
  );
  const agreement = zenAgreement(results, zen.scores);
  console.log(
    `ZEN agrees with the engine on ${count(agreement.agreeing)} of ${count(MANAGERS)} managers (to the cent)`,
  );
  for (const line of agreement.firstDisagreements) console.log(`  disagreement: ${line}`);

  const ratio = zen.traced.medianMs / scoring.medianMs;
  console.log(
    `targets: engine < ${TARGET.engineMs} ms ${verdict(scoring.medianMs < TARGET.engineMs)}, ` +
      `ratio ≥ ${TARGET.ratio} ${verdict(ratio >= TARGET.ratio)} ` +
      `(against ZEN untraced: ${((untracedPerManagerMs * MANAGERS) / scoring.medianMs).toFixed(1)})`,
  );
  const cpuRatio = zen.traced.cpuMedianMs / scoring.cpuMedianMs;
  console.log(
    `by CPU time (less load-sensitive): engine ${ms(scoring.cpuMedianMs)} ms, ` +
      `explain ${ms(explainZh.cpuMedianMs)} ms, ratio engine/zen ${cpuRatio.toFixed(1)}`,
  );
  console.log(`ms engine/10k: ${ms(scoring.medianMs)}`);
  console.log(`ms explain/10k: ${ms(explainZh.medianMs)}`);
  console.log(`ratio engine/zen: ${ratio.toFixed(1)}`);
}
