/** The bench's generated managers: deterministic, complete, and spread over every band. */
import { FIELD_ORDER, REGIONS, generateManagers, toZenRequest } from "../../bench/generate";
import { tables } from "../../bench/zen/tables";
import { ZenScorer } from "../../bench/zen/scorer";

test("the same seed gives the same managers and another seed other managers", () => {
  expect(generateManagers(50, { seed: 3 })).toEqual(generateManagers(50, { seed: 3 }));
  expect(generateManagers(50, { seed: 4 })).not.toEqual(generateManagers(50, { seed: 3 }));
});

test("every manager has every field of the template and nothing else", () => {
  for (const manager of generateManagers(200)) {
    expect(Object.keys(manager.values).sort()).toEqual([...FIELD_ORDER].sort());
    for (const field of Object.keys(manager.unusable)) expect(manager.values[field]).toBeNull();
  }
});

test("managers spread over the seed's regions in its head counts, with unique names", () => {
  const managers = generateManagers(28);
  const perRegion = REGIONS.map((region) => managers.filter((m) => m.region === region).length);
  expect(perRegion).toEqual([7, 5, 7, 5, 4]);
  expect(new Set(managers.map((m) => m.name)).size).toBe(28);
});

test("unusable cells reach ZEN as the text found in the cell", () => {
  const manager = generateManagers(400).find((m) => Object.keys(m.unusable).length > 0);
  if (manager === undefined) throw new Error("no manager with an unusable cell among 400");
  const [field, text] = Object.entries(manager.unusable)[0];
  expect(toZenRequest(manager)[field]).toBe(text);
});

/** The `band` output of every decision table that `count` generated managers reach. */
async function bandsReached(count: number): Promise<Map<string, Set<string>>> {
  const zen = new ZenScorer();
  const reached = new Map(tables.map((t) => [t.id, new Set<string>()]));
  try {
    for (const manager of generateManagers(count, { unusableShare: 0.1, blankShare: 0.1 })) {
      const { trace } = await zen.evaluate(toZenRequest(manager));
      for (const table of tables) {
        const output = trace?.[table.id]?.output as { bands: Record<string, { band: string }> };
        reached.get(table.id)?.add(output.bands[table.id].band);
      }
    }
  } finally {
    zen.dispose();
  }
  return reached;
}

test("500 generated managers reach every band of every rule table", async () => {
  const reached = await bandsReached(500);
  for (const table of tables) {
    if (table.type !== "decisionTableNode") throw new Error(`${table.id} is not a decision table`);
    const bands = table.content.rules.map((rule) => JSON.parse(rule[`${table.id}-out-band`]) as string);
    expect({ table: table.id, missing: bands.filter((b) => !reached.get(table.id)?.has(b)) }).toEqual({
      table: table.id,
      missing: [],
    });
  }
});
