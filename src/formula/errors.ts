/** Misuse of the formula compiler: a rule it cannot express as a spreadsheet formula. */
export class FormulaCompileError extends Error {
  constructor(
    /** The indicator whose rule cannot be compiled. */
    readonly indicator: string,
    /** Where in the rule, e.g. "rule.bands[1].score.rule (ratio)". */
    readonly path: string,
    readonly reason: string,
  ) {
    super(`indicator "${indicator}", ${path}: ${reason}`);
    this.name = "FormulaCompileError";
  }
}
