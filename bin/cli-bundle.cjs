// The command line prebuilt as one JavaScript file (esbuild, which tsx already depends on), so
// that a run does not transpile ~100 TypeScript modules first (about 1 s of CPU per run, a sixth
// of the bench's I/O floor). `npm ci` builds it through the `prepare` script into node_modules
// (so a fresh install always rebuilds it with the installed packages); `npm run build:cli`
// rebuilds it by hand. bin/gridscore.cjs uses it only while no file under src/ is newer, and
// otherwise runs the sources through tsx: an edit is never hidden by a stale bundle.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const BUNDLE = path.join(ROOT, "node_modules", ".cache", "gridscore", "cli.cjs");

/** The newest modification time of any file under `dir`. */
function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestIn(p) : fs.statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** The bundle's path when it exists and is newer than every source file; otherwise null. */
function freshBundle() {
  let built;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
  } catch {
    return null; // not built (e.g. installed with --ignore-scripts)
  }
  return newestIn(SRC) <= built ? BUNDLE : null;
}

function buildBundle() {
  // esbuild comes with tsx (a runtime dependency); resolve it from there.
  const esbuild = require(
    require.resolve("esbuild", { paths: [path.dirname(require.resolve("tsx/package.json"))] }),
  );
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [path.join(SRC, "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: tmp,
    logLevel: "warning",
  });
  fs.renameSync(tmp, BUNDLE); // whole or not at all, even with two builds at once
}

module.exports = { BUNDLE, freshBundle, buildBundle };

if (require.main === module) {
  try {
    buildBundle();
    console.log(`gridscore: built ${path.relative(ROOT, BUNDLE)}`);
  } catch (e) {
    // Never fail an install over it: the command line then runs through tsx.
    console.warn(`gridscore: could not prebuild the command line, it will run through tsx (${e.message})`);
  }
}
