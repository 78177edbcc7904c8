// The built scripts keep their names to themselves: each chunk is a classic script, so a top-level
// declaration in one would be a global every other chunk sees.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { DIST } from "../../src/preview/serve";
import { ensureBuilt } from "./chromium";

beforeAll(() => ensureBuilt(), 600_000);

describe("the built scripts", () => {
  test("declare no globals but webpack's chunk list", () => {
    const scripts = readdirSync(DIST).filter((name) => name.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(3);
    for (const name of scripts) {
      const context: Record<string, unknown> = { self: {} };
      try {
        runInNewContext(readFileSync(join(DIST, name), "utf8"), context, { filename: name });
      } catch {
        // The entry scripts start the page and stop at the first DOM call: their top-level names were
        // declared before any of it ran, which is all this looks at.
      }
      expect({ name, globals: Object.keys(context).filter((key) => key !== "self") }).toEqual({
        name,
        globals: [],
      });
    }
  });
});
