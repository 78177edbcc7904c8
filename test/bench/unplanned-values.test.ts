// The generators' values for fields their hand-written plans do not know: an indicator added to a rule
// set's data gets plausible values in the sample and the bench with no generator change.
import { unplannedValues } from "../../scripts/unplanned-values";
import { shippedRuleSet } from "../../src/rulesets";

const june = shippedRuleSet("example-2014-06");
if (june === undefined) throw new Error("example-2014-06 is not shipped");

test("a new target lands from 10 to 40, and its actual between 40% and 120% of it", () => {
  let seed = 0;
  const random = () => (seed = (seed * 9301 + 49297) % 233280) / 233280;
  for (let i = 0; i < 200; i++) {
    const v = unplannedValues(
      june,
      ["contractTarget", "cloudTarget", "cloudDone"],
      { contractTarget: 9 },
      random,
    );
    expect(Object.keys(v).sort()).toEqual(["cloudDone", "cloudTarget"]);
    const target = v.cloudTarget as number;
    expect(target).toBeGreaterThanOrEqual(10);
    expect(target).toBeLessThanOrEqual(40);
    expect(v.cloudDone).toBeGreaterThanOrEqual(Math.round(target * 0.4));
    expect(v.cloudDone).toBeLessThanOrEqual(Math.round(target * 1.2));
  }
});

test("draws nothing when every field is planned (existing data stays as it was)", () => {
  const random = jest.fn(() => 0.5);
  expect(unplannedValues(june, ["cloudTarget"], { cloudTarget: 12 }, random)).toEqual({});
  expect(random).not.toHaveBeenCalled();
});

test("other fields by their type: a count, a rate, an amount; text stays blank", () => {
  const v = unplannedValues(
    june,
    ["gpNetAdds", "vipRecovery", "groupProductPaid", "adjustmentReason"],
    {},
    () => 0.5,
  );
  expect(v).toEqual({ gpNetAdds: 3, vipRecovery: 0.9, groupProductPaid: 5000, adjustmentReason: null });
});
