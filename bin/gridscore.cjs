#!/usr/bin/env node
// The gridscore command: the prebuilt bundle when it is up to date (see cli-bundle.cjs), otherwise
// the TypeScript sources through tsx (a runtime dependency).
"use strict";
const bundle = require("./cli-bundle.cjs").freshBundle();
if (bundle) {
  require(bundle).run();
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts").run();
}
