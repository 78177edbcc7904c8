// Preloaded (`node --require bench/peak-rss.cjs …`) by the memory bench: when the process exits it
// appends its peak resident set size in kB to the file named by PEAK_RSS_FILE. A process that
// runs Node again with the same flags (bin/gridscore.cjs does) adds a line for each.
"use strict";
const { appendFileSync } = require("node:fs");

process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE)
    appendFileSync(process.env.PEAK_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
