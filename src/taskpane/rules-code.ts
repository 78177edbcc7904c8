/** The pane's rules chunk (see rules-actions.ts): the rules sheet, rule-set files and the rule book. */
export { parseRuleFile, rulesInForce, sourceText, writeRulesSheet } from "../rules/workbook";
export { ruleBook } from "../rules/book";
