/**
 * Everything the pane needs to score, in one chunk loaded when it first scores: the pipeline (engine,
 * explanations, write plan, formulas) and the shipped rule set, validated as it loads.
 */
// First: the engine's schemas are built (as the chunk loads) with zod's jitless mode already set.
import "./zod-jitless";

export { locateScoreCell, rescoreChanged, scoreWorkbook } from "../sheet/pipeline";
export { xiaoshan201405 } from "../engine";
export { writerWithRuleSource } from "../rules/note-writer";
