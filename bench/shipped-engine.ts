/**
 * The engine as it ships: src/engine bundled by esbuild (as webpack bundles it into the add-in and
 * the CLI runs it), loaded as one plain CommonJS module. The bench times this rather than the tsx
 * transform, whose per-module export getters and source transforms add ~40% to hot loops.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Engine = typeof import("../src/engine");

const ROOT = join(__dirname, "..");

/** Bundles src/engine/index.ts (minified like a production build) and loads it. */
export function loadShippedEngine(): { engine: Engine; how: string } {
  const dir = join(tmpdir(), "gridscore-bench");
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `engine-${process.pid}.cjs`);
  const args = [
    "src/engine/index.ts",
    "--bundle",
    "--minify",
    "--platform=node",
    "--format=cjs",
    "--log-level=warning",
  ];
  execFileSync(join(ROOT, "node_modules", ".bin", "esbuild"), [...args, `--outfile=${out}`], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const engine = createRequire(__filename)(out) as Engine;
  rmSync(out); // loaded: the module stays in memory
  return { engine, how: `esbuild ${args.join(" ")}` };
}
