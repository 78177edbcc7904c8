#!/usr/bin/env node
// The gridscore command: runs the TypeScript sources through tsx (a runtime dependency).
"use strict";
require("tsx/cjs");
require("../src/cli/main.ts").run();
