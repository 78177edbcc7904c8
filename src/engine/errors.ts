/** A rule set that cannot be used; `issues` are readable lines, each starting with its path. */
export class RuleSetError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid rule set:\n${issues.map((i) => "  - " + i).join("\n")}`);
    this.name = "RuleSetError";
  }
}
