// The saved column corrections are untrusted: anything not exactly our shape is reported and ignored.
import { MAPPING_KEY, readMapping, writeMapping } from "../../src/taskpane/mapping-setting";
import { MapSettings } from "./pane-fixture";

const RS = "xiaoshan-2014-05";

async function read(value: unknown) {
  const settings = new MapSettings();
  if (value !== undefined) settings.values.set(MAPPING_KEY, value);
  return readMapping(settings, RS);
}

const good = {
  app: "GridScore",
  version: 1,
  ruleSet: RS,
  columns: { memberTarget: "O", prepayPrincipal: "AB" },
};

describe("the saved mapping", () => {
  test("none saved", async () => {
    expect(await read(undefined)).toEqual({ status: "none", mapping: {} });
    expect(await read(null)).toEqual({ status: "none", mapping: {} });
  });

  test("round trip", async () => {
    const settings = new MapSettings();
    await writeMapping(settings, RS, { memberTarget: "O" });
    expect(await readMapping(settings, RS)).toEqual({ status: "ok", mapping: { memberTarget: "O" } });
    expect(await read(good)).toEqual({ status: "ok", mapping: good.columns });
  });

  test.each([
    ["not an object", "O", /\(root\)/],
    ["another app's", { ...good, app: "Other" }, /app/],
    ["another version", { ...good, version: 2 }, /version/],
    ["no rule set", { ...good, ruleSet: "" }, /ruleSet/],
    ["columns not an object", { ...good, columns: ["O"] }, /columns/],
    ["a column as a number", { ...good, columns: { memberTarget: 7 } }, /columns\.memberTarget/],
    ["lower-case letters", { ...good, columns: { memberTarget: "o" } }, /columns\.memberTarget/],
    ["four letters", { ...good, columns: { memberTarget: "ABCD" } }, /columns\.memberTarget/],
    ["a field id that is not one", { ...good, columns: { "member target": "O" } }, /not a field id/],
    ["another rule set's", { ...good, ruleSet: "other-2015-01" }, /other-2015-01/],
  ])("damaged: %s", async (_, value, reason) => {
    const result = await read(value);
    expect(result.status).toBe("damaged");
    expect(result.mapping).toEqual({});
    expect(result.status === "damaged" && result.reason).toMatch(reason);
  });
});
