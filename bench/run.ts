/**
 * `npm run bench [-- PART...]`: runs the bench parts in order (all when none is named). A part is a
 * module bench/<name>.ts exporting `async function run(): Promise<void>` that prints its own human
 * lines and ends with its machine-readable `<unit> <what>: <number>` lines. To add a part, write the
 * module and add its name to PARTS. A failing part is reported and the others still run.
 */
const PARTS = ["engine", "sheet", "cli", "memory", "pane", "libreoffice", "office"] as const;

type PartName = (typeof PARTS)[number];
interface Part {
  run(): Promise<void>;
}

const isPart = (name: string): name is PartName => (PARTS as readonly string[]).includes(name);

async function main(args: readonly string[]): Promise<void> {
  const unknown = args.filter((name) => !isPart(name));
  if (unknown.length > 0) {
    throw new Error(`unknown bench part(s): ${unknown.join(", ")}; parts: ${PARTS.join(", ")}`);
  }
  const chosen = args.length > 0 ? args.filter(isPart) : PARTS;
  const failed: string[] = [];
  for (const name of chosen) {
    console.log(`\n## bench part: ${name}`);
    try {
      const part = (await import(`./${name}.ts`)) as Part;
      await part.run();
    } catch (error: unknown) {
      // One broken part must not hide the others' figures; the run still fails at the end.
      console.error(`bench part ${name} failed:`, error);
      failed.push(name);
    }
  }
  if (failed.length > 0) throw new Error(`bench part(s) failed: ${failed.join(", ")}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
