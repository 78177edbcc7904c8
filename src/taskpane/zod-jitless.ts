/**
 * Imported first by the page entries: zod validates without compiling code at run time (no
 * `new Function`). The pane parses its rule set once at start-up, where zod's compiled fast path costs
 * more to build (~100 ms in the preview's profile) than it saves; it also keeps strict CSPs happy.
 */
import { config } from "zod";

config({ jitless: true });
