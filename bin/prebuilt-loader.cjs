// A webpack loader: replaces a module by its exports' values, computed at build time. The module runs
// under tsx (as the SampleSnapshots plugin's code does) and each export must be JSON data; the bundle
// gets `export const name = <JSON>;` for each. Used for src/taskpane/shipped-meta.ts (webpack.config.js):
// the shipped rule set's metadata, taken from the engine's parsed rule set, so the rule set is validated
// by the build and the pane's first paint needs no engine code.
"use strict";
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

module.exports = function prebuiltLoader() {
  const done = this.async();
  try {
    // The engine's sources and the rule-set files decide the value: rebuild when any of them changes.
    this.addContextDependency(path.join(ROOT, "src/engine"));
    this.addContextDependency(path.join(ROOT, "src/rulesets"));
    const tsx = require("tsx/cjs/api");
    const exports = tsx.require(this.resourcePath, __filename);
    const lines = Object.entries(exports)
      .filter(([name]) => name !== "__esModule" && name !== "default")
      .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
    if (lines.length === 0) throw new Error(`${this.resourcePath}: no exports to prebuild`);
    done(
      null,
      `// Prebuilt by bin/prebuilt-loader.cjs from ${path.relative(ROOT, this.resourcePath)}\n${lines.join("\n")}\n`,
    );
  } catch (error) {
    done(error);
  }
};
