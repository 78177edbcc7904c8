// No module of src/ imports itself through others, type-only imports included: a circle makes the
// order of loading matter and ties the files in it together. The imports are read with TypeScript's
// own pre-processor (relative paths only; packages cannot be part of a circle of ours).
import { readFileSync, readdirSync } from "fs";
import { dirname, join, relative } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "../..");

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const deps: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const base = join(dirname(file), fileName);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((c) => known.has(c));
      if (target !== undefined) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** The strongly connected groups of more than one file (Tarjan), each a circle of imports. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(relative(ROOT, w));
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

test("the circle finder finds a circle (a imports b, b imports a)", () => {
  const graph = new Map([
    [join(ROOT, "a.ts"), [join(ROOT, "b.ts")]],
    [join(ROOT, "b.ts"), [join(ROOT, "a.ts")]],
    [join(ROOT, "c.ts"), [join(ROOT, "a.ts")]],
  ]);
  expect(circles(graph)).toEqual([["a.ts", "b.ts"]]);
});

test("no module of src/ is part of an import circle", () => {
  const graph = importGraph(sources(join(ROOT, "src")));
  expect(graph.size).toBeGreaterThan(100);
  expect(circles(graph)).toEqual([]);
});
