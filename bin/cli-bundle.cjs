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
  fs.rmSync(codeCacheOf(BUNDLE), { force: true });
}

/** Where the compiled code of a bundle is kept between runs. */
function codeCacheOf(bundle) {
  return `${bundle}.v8-cache`;
}

/**
 * Loads a CommonJS bundle with V8's code cache: the bundle's compiled code (its functions compiled
 * during a whole run included) is kept in a file beside it, so the next run skips parsing and
 * compiling 3.6 MB of JavaScript (about half the bundle's load time). What
 * Node 22 does with module.enableCompileCache(), for Node 20. The cache is written when the process
 * exits if there was none or V8 refused it (another Node, other V8 flags, a rebuilt bundle).
 * Returns the module's exports and what became of the cache ("none", "used" or "rejected").
 */
function loadWithCodeCache(bundle) {
  const vm = require("node:vm");
  const Module = require("node:module");
  const cacheFile = codeCacheOf(bundle);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, "utf8")), {
    filename: bundle,
    cachedData,
  });
  const cache = cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used";
  if (cache !== "used") {
    process.once("exit", () => {
      try {
        // Whole or not at all: another run may be reading it (V8 also refuses a damaged cache).
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch (e) {
        // A read-only install still runs, only without the cache.
        if (!["EACCES", "EPERM", "EROFS"].includes(e.code)) throw e;
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    Module.createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
  return { exports: module.exports, cache };
}

module.exports = { BUNDLE, freshBundle, buildBundle, loadWithCodeCache };

if (require.main === module) {
  try {
    buildBundle();
    console.log(`gridscore: built ${path.relative(ROOT, BUNDLE)}`);
  } catch (e) {
    // Never fail an install over it: the command line then runs through tsx.
    console.warn(`gridscore: could not prebuild the command line, it will run through tsx (${e.message})`);
  }
}
