/**
 * Imported first by the pane's code that loads the engine (scoring.ts, ExplainPanel.tsx): zod validates
 * without compiling code at run time (no `new Function`). The pane parses its rule set once as the engine
 * loads, where zod's compiled fast path costs more to build (~100 ms in the preview's profile) than it
 * saves; it also keeps strict CSPs happy.
 */
import { config } from "zod";

config({ jitless: true });
