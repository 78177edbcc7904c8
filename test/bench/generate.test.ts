/**
 * The bench's generated managers: deterministic and complete. That they reach every band is checked
 * with the ZEN graph, in the bench (`npm run bench:zen`).
 */
import { FIELD_ORDER, REGIONS, generateManagers, toZenRequest } from "../../bench/generate";

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
