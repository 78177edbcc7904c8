/**
 * Imported first by the pane's code that loads the engine (scoring.ts, ExplainPanel.tsx): zod validates
 * without compiling code at run time (no `new Function`). The pane parses its rule set once as the engine
 * loads, where zod's compiled fast path, built for that single parse, costs more
 * than it saves; it also keeps strict CSPs happy.
 */
import { config } from "zod";

config({ jitless: true });
