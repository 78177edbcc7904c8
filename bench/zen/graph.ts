/**
 * The 15 rules of the rule book (rule set `xiaoshan-2014-05`, with its default Readings) as one ZEN
 * decision graph: request → measures → the banded rules' decision tables (side by side) → scores →
 * response. `JSON.stringify(xiaoshanGraph)` opens in the GoRules editor.
 */
import { fanOut, type JdmGraph } from "./jdm";
import { measures } from "./measures";
import { scores } from "./scores";
import { tables } from "./tables";

export const xiaoshanGraph: JdmGraph = fanOut(measures, tables, scores);
