/**
 * The node types of a rule tree: `Rule` (a score) and `Measure` (a number a rule looks at). Each kind's
 * own file adds its node type to `RuleNodes` or `MeasureNodes` (a TypeScript module augmentation), so
 * the kinds can name `Rule` and `Measure` for their children without importing the registry that
 * imports them (`rule.ts`), and no list of kinds is kept here.
 */

/** Every rule node type, by kind; filled by `declare module "../nodes"` in each file of `kinds/`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface RuleNodes {}

/** Every measure node type, by kind; filled by each file of `measures/`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface MeasureNodes {}

export type Rule = RuleNodes[keyof RuleNodes];
export type Measure = MeasureNodes[keyof MeasureNodes];
export type RuleKind = Rule["kind"];
export type MeasureKind = Measure["kind"];
