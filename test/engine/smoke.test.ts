import type { InputProblem } from "../../src/engine/types";

test("the toolchain compiles and runs a typed test", () => {
  const p: InputProblem = { cell: "A1", field: "x", found: "", expected: "a number", code: "blank" };
  expect(p.cell).toBe("A1");
});
