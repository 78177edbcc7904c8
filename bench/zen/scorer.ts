/**
 * Evaluates the ZEN graph with `@gorules/zen-engine`. One `ZenScorer` owns one engine and one
 * compiled decision; call `dispose()` when done.
 */
import { ZenEngine, type ZenDecision, type ZenEngineResponse } from "@gorules/zen-engine";
import { xiaoshanGraph } from "./graph";
import type { JdmGraph } from "./jdm";
import { INDICATOR_IDS, type IndicatorId } from "./scores";

/** A cell as ZEN sees it: a number, a list of amounts, the text of an unusable cell, or blank (null). */
export type ZenValue = number | readonly number[] | string | null;

/** One manager as plain JSON: field id → value, plus region and name. */
export type ZenRequest = Readonly<Record<string, ZenValue>>;

export interface ZenScores {
  scores: Record<IndicatorId, number | null>;
  total: number;
  complete: boolean;
  provisional: boolean;
}

export class ZenResultError extends Error {
  override name = "ZenResultError";
}

export class ZenScorer {
  private readonly engine = new ZenEngine();
  private readonly decision: ZenDecision;

  constructor(graph: JdmGraph = xiaoshanGraph) {
    this.decision = this.engine.createDecision(graph);
  }

  /** The raw ZEN response; with `trace` every node's input, output and timing is recorded. */
  evaluate(request: ZenRequest, trace = true): Promise<ZenEngineResponse> {
    return this.decision.evaluate(request, { trace });
  }

  async score(request: ZenRequest): Promise<ZenScores> {
    return readScores((await this.evaluate(request)).result);
  }

  dispose(): void {
    this.engine.dispose();
  }
}

/** Checks the response's shape so a graph mistake fails loudly instead of comparing undefined. */
export function readScores(result: unknown): ZenScores {
  const r = result as Partial<ZenScores> | null;
  const scores = r?.scores;
  const shapeOk =
    typeof r?.total === "number" &&
    typeof r.complete === "boolean" &&
    typeof r.provisional === "boolean" &&
    scores !== undefined &&
    INDICATOR_IDS.every((id) => scores[id] === null || typeof scores[id] === "number");
  if (!shapeOk) throw new ZenResultError(`unexpected ZEN result: ${JSON.stringify(result)}`);
  return r as ZenScores;
}
