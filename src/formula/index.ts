/**
 * Live formulas: the rule set compiled to spreadsheet formulas, and formula mode's cell
 * writer for the sheet pipeline. Pure TypeScript: the LibreOffice harness (./libreoffice) is Node only
 * and not exported here.
 */
export { compileRuleSet, indicatorFormula, type CompiledIndicator, type CompiledRuleSet } from "./compile";
export { FormulaCompileError } from "./errors";
export { formulaWriter, type FormulaWriter } from "./writer";
export { rankFormula, scoredCountFormula, totalFormula, type RankColumns } from "./ranks";
