#!/usr/bin/env node
// The gridscore command: the prebuilt bundle when it is up to date (see cli-bundle.cjs), otherwise
// the TypeScript sources through tsx (a runtime dependency).
//
// A run keeps a whole workbook, its scores and 160,000 explanations in memory while it allocates
// more, so Node's young generation (16 MB by default) fills and is collected hundreds of times.
// The command therefore runs itself once more with a 32 MB one, unless the flag is already given.
// V8 lets the old generation grow to a multiple (up to four) of what survived the last full
// collection; saving makes ExcelJS build every cell's model and the sheet's markup at once, most
// of it garbage soon after, so the heap would reach several times what is alive. The old
// generation therefore grows by at most 20% between full collections; the price is more
// collections while scoring (bench parts "memory" and "cli", see bench/README.md).
"use strict";
const FLAGS = ["--max-semi-space-size=32", "--heap-growing-percent=20"];

if (!process.execArgv.some((a) => a.startsWith("--max-semi-space-size"))) {
  const { spawnSync } = require("node:child_process");
  const args = [...process.execArgv, ...FLAGS, __filename, ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (child.error) throw child.error;
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

const { freshBundle, loadWithCodeCache } = require("./cli-bundle.cjs");
const bundle = freshBundle();
if (bundle) {
  loadWithCodeCache(bundle).exports.run();
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts").run();
}
