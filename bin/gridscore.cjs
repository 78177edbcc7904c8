#!/usr/bin/env node
// The gridscore command: the prebuilt bundle when it is up to date (see cli-bundle.cjs), otherwise
// the TypeScript sources through tsx (a runtime dependency).
//
// A run keeps a whole workbook, its scores and 160,000 explanations in memory while it allocates
// more, so Node's young generation (16 MB by default) fills and is collected hundreds of times.
// The command therefore runs itself once more with a 32 MB one, unless the flag is already given
// (bench part "cli" shows the difference on a large workbook).
"use strict";
const YOUNG = "--max-semi-space-size=32";

if (!process.execArgv.some((a) => a.startsWith("--max-semi-space-size"))) {
  const { spawnSync } = require("node:child_process");
  const args = [...process.execArgv, YOUNG, __filename, ...process.argv.slice(2)];
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
