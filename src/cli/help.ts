/** `gridscore --help` and `gridscore score --help`, in zh-CN (default) and en. */
import type { Locale } from "../engine/types";
import { MAX_SHEET_CELLS } from "../hosts/xlsx/read-sheet";

const SHEET_LIMIT = MAX_SHEET_CELLS.toLocaleString("en-US");

const MAIN: Record<Locale, string> = {
  "zh-CN": `gridscore — 网格客户经理月度考核评分（GridScore 命令行）

用法：
  gridscore score <输入.xlsx> --out <输出.xlsx> [选项]
  gridscore score --help      评分命令的全部选项
  gridscore rules show [--rules <规则.json|工作簿.xlsx>]
  gridscore rules export [--rules <…>] --out <文件.json|文件.xlsx>
  gridscore rules check|test <规则>       检查规则／运行其自带案例（规则：.json 或带“规则”表的 .xlsx）
  gridscore rules diff <A> <B>            列出两个月份规则的差异
  gridscore rules --help      rules 命令的说明
  gridscore --help            本帮助

命令：
  score   找出工作簿中的考核表，按考核规则（xiaoshan-2014-05）为每位客户经理评分，
          写出一份副本：得分、总分、区域排名、总排名写在表格右侧本程序自己的列中，
          每个得分单元格带一条说明批注。输入单元格和他人批注一律不改。
          工作簿带有规则表“规则”时按该表评分，否则按内置规则，并在输出中说明。
  rules check   检查规则：0 无问题，2 有警告，1 有错误（逐条指出 JSON 路径或单元格）
  rules test    运行规则集自带的案例（输入 → 每项指标的预期得分）
  rules diff    列出两个月份规则的差异：权重、阈值与分值、增删的指标、参数
  rules show    打印规则书：每项指标的权重、输入、各档分数、参数的读法（docs/rules/）
  rules export  把规则集写成 JSON 文件，或写成带“规则”表的工作簿（可编辑、随工作簿传递）

通用选项：
  --lang zh-CN|en   输出语言与写入批注的语言（默认 zh-CN）
  -h, --help        显示帮助

退出码：
  0   全部评分完成
  2   发现输入问题（如“八十”这类无法识别的单元格）；其余照常评分，结果照常写出
  1   无法评分：不是考核表（会说明找到了什么、缺少什么）、参数错误、文件无法读取或写入
`,
  en: `gridscore — monthly KPI scoring for grid customer managers (GridScore command line)

Usage:
  gridscore score <IN.xlsx> --out <OUT.xlsx> [options]
  gridscore score --help      every option of the score command
  gridscore rules show [--rules <RULES.json|WORKBOOK.xlsx>]
  gridscore rules export [--rules <…>] --out <FILE.json|FILE.xlsx>
  gridscore rules check|test <RULES>      check rules / run their own cases (.json or .xlsx with 规则)
  gridscore rules diff <A> <B>            what changed between two months' rules
  gridscore rules --help      the rules commands
  gridscore --help            this help

Commands:
  score   finds the scoring sheet of a workbook, scores every manager by the rule set
          (xiaoshan-2014-05) and writes a copy: scores, total, region rank and overall rank go
          into columns of its own to the right of the sheet, each score cell with a note that
          explains it. Input cells and other people's notes are never changed.
          A workbook with a rules sheet (规则) is scored by that sheet, else by the built-in
          rule set; the output says which.
  rules check   checks rules: 0 clean, 2 warnings, 1 errors (each naming its JSON path or cell)
  rules test    runs the rule set's own cases (inputs → expected score per indicator)
  rules diff    what changed between two months: weights, thresholds and points, indicators
                added or removed, parameters
  rules show    prints the rule book: each indicator's weight, inputs, bands and points, and
                the reading chosen for each parameter (docs/rules/)
  rules export  writes the rule set as JSON, or as a workbook with its rules sheet (规则),
                editable and travelling with the workbook

Common options:
  --lang zh-CN|en   language of the output and of the notes written (default zh-CN)
  -h, --help        show help

Exit codes:
  0   everything was scored
  2   input problems were found (cells such as "八十" that cannot be read); everything else is
      scored and the outputs are written
  1   cannot score: not a scoring sheet (says what was found and what is missing), bad
      arguments, a file that cannot be read or written
`,
};

const SCORE: Record<Locale, string> = {
  "zh-CN": `gridscore score — 为考核表评分

用法：
  gridscore score <输入.xlsx> --out <输出.xlsx> [--report <报告.json>] [--sheet <工作表名>]
                  [--rules <规则>] [--lang zh-CN|en] [--formulas] [--no-notes]

参数与选项：
  <输入.xlsx>           要评分的工作簿（不会被修改）
  -o, --out <文件>      写出评分后的副本（必填；不能与输入相同；目录不存在时自动创建）
  --report <文件>       另写一份 JSON 报告：{ ruleSet, sheet, managers: [{ row, region, name,
                        total, complete, rankInRegion, rank, totalCell, indicators: { <指标id>:
                        { score, weight, explanation, cell } }, problems: [{ cell, field,
                        message }] }], problems: [...] }；未评分的指标 score 为 null
  --sheet <名称>        指定考核表所在的工作表（默认自动选择识别效果最好的一张）
  --rules <文件>        按此规则评分：规则集 .json，或带“规则”表的 .xlsx（默认：工作簿自带的
                        规则表，没有时用内置规则）；规则有问题时不评分，逐条指出单元格
  --lang zh-CN|en       屏幕输出、批注和报告说明的语言（默认 zh-CN）
  --formulas            公式模式：得分写成公式，离开本程序也能自动重算（由公式编译器提供）
  --no-notes            不写说明批注（精简工作簿，便于分享；本程序以前写的批注仍会删除）
  -h, --help            显示本帮助

屏幕输出：
  识别结果（工作表、表头行、客户经理人数与区域数、字段 → 列，缺失或不确定的字段）、
  按总排名排列的汇总表、输入问题清单（单元格、字段、找到的内容、应为什么）。
  在终端中运行时，标准错误输出上显示进度条。

承诺：
  - 输入文件从不修改：--out 或 --report 指向输入文件（包括它的符号链接、硬链接）时拒绝执行。
  - 输出整体替换：先写到同一文件夹中的临时文件，落盘后再改名替换；中途失败时原有的输出保持
    原样，临时文件删除。
  - 报告不会替换工作簿：--report 与 --out 是同一个文件时拒绝执行；报告写出失败时，会说明评分后
    的工作簿已经写出。--out 与 --report 需要文件名，不支持“-”。
  - 退出码 1 时不写出任何文件（上述报告写出失败除外）。
  - 他人批注、输入单元格、评分列右侧他人加的列都不改；评分列需要更多列而右侧有内容时拒绝执行。
  - 有内容的区域超过 ${SHEET_LIMIT} 个单元格，或右侧没有空间写评分列时，说明原因并以退出码 1 结束。

退出码：0 全部评分；2 有输入问题（结果照常写出）；1 无法评分

示例：
  npx gridscore score assets/samples/sample-2014-05.xlsx --out out/评分结果.xlsx --report out/报告.json
`,
  en: `gridscore score — score a scoring sheet

Usage:
  gridscore score <IN.xlsx> --out <OUT.xlsx> [--report <REPORT.json>] [--sheet <NAME>]
                  [--rules <RULES>] [--lang zh-CN|en] [--formulas] [--no-notes]

Arguments and options:
  <IN.xlsx>             the workbook to score (never modified)
  -o, --out <file>      where to write the scored copy (required; not the input itself;
                        missing folders are created)
  --report <file>       also write a JSON report: { ruleSet, sheet, managers: [{ row, region,
                        name, total, complete, rankInRegion, rank, totalCell, indicators:
                        { <indicator id>: { score, weight, explanation, cell } }, problems:
                        [{ cell, field, message }] }], problems: [...] }; score is null where
                        an indicator is not scored
  --sheet <name>        the sheet to score (default: the sheet that detects best)
  --rules <file>        score with this rule set: a .json file or an .xlsx with a rules sheet
                        (default: the workbook's own rules sheet, else the built-in rules);
                        bad rules stop the run, each problem naming its cell
  --lang zh-CN|en       language of the screen output, the notes and the report (default zh-CN)
  --formulas            formula mode: scores are written as formulas that recalculate without
                        GridScore (provided by the formula compiler)
  --no-notes            write the scores without explanation notes (a lean workbook to share;
                        notes from an earlier run are still removed)
  -h, --help            show this help

Screen output:
  what was detected (sheet, header rows, managers and regions, field → column, fields missing
  or uncertain), a summary ranked by total, and the input problems (cell, field, text found,
  what was expected). On a terminal, a progress bar runs on standard error.

Promises:
  - The input is never modified: --out or --report naming the input (or a symbolic or hard link
    to it) is refused.
  - Outputs are replaced whole: written to a temporary file in the same folder, flushed to disk,
    then renamed into place; on a failure the earlier output stays as it was and the temporary
    file is removed.
  - The report never replaces the workbook: --report naming the same file as --out is refused;
    when the report cannot be written, the message says the scored workbook was. --out and
    --report take file names; "-" is not supported.
  - Exit code 1 writes no file (but for the failed report above).
  - Other people's notes, input cells and columns a person added right of the score columns are
    never changed; when the score columns need more room and a person's column is in the way,
    the run is refused.
  - A sheet whose cells that hold something span more than ${SHEET_LIMIT} cells, or with no room for
    the score columns on the right, is refused with the reason, exit code 1.

Exit codes: 0 all scored; 2 input problems (outputs still written); 1 cannot score

Example:
  npx gridscore score assets/samples/sample-2014-05.xlsx --out out/scored.xlsx --report out/report.json --lang en
`,
};

const RULES: Record<Locale, string> = {
  "zh-CN": `gridscore rules — 规则集：规则书、导出、检查、案例、比较

规则（<规则>）可以是 .json 规则集文件，也可以是带“规则”表的 .xlsx 工作簿。

用法：
  gridscore rules show [--rules <规则>] [--lang zh-CN|en]   打印规则书（默认内置规则）
  gridscore rules export [--rules <规则>] --out <文件.json|文件.xlsx>
                                           把规则写成 JSON，或写成带“规则”表的工作簿
  gridscore rules check <规则>             检查规则：结构、区间断档或重叠、权重合计 100、参数取值、
                                           字段声明、重复 id；每个问题注明 JSON 路径和应为什么
  gridscore rules test <规则>              运行规则自带的案例（输入 → 各指标应得分）
  gridscore rules diff <A> <B>             从 A 到 B 的变化：月份、指标增删、权重、规则中的数值、参数、字段

退出码：
  check   0 没有问题；2 只有警告；1 有错误（规则不能用于评分）
  test    0 全部案例通过；1 有案例失败或规则有错误；2 规则没有案例
  diff    0 已列出差异；1 任一规则有错误
`,
  en: `gridscore rules — rule sets: the rule book, export, check, cases, compare

RULES is a .json rule-set file or an .xlsx workbook with a rules sheet (规则).

Usage:
  gridscore rules show [--rules <RULES>] [--lang zh-CN|en]  print the rule book (built-in by default)
  gridscore rules export [--rules <RULES>] --out <FILE.json|FILE.xlsx>
                                           write the rules as JSON, or as a workbook with its rules sheet
  gridscore rules check <RULES>            check the rules: structure, band gaps or overlaps, weights
                                           adding to 100, parameter values, declared fields, duplicated
                                           ids; each problem names its JSON path and what was expected
  gridscore rules test <RULES>             run the rule set's own cases (inputs → expected scores)
  gridscore rules diff <A> <B>             what changed from A to B: month, indicators added or
                                           removed, weights, numbers in the rules, parameters, fields

Exit codes:
  check   0 no problems; 2 warnings only; 1 errors (the rules cannot be used to score)
  test    0 every case passes; 1 a case fails or the rules have errors; 2 no cases
  diff    0 differences listed; 1 either rule set has errors
`,
};

export function rulesHelp(locale: Locale): string {
  return RULES[locale];
}

export function mainHelp(locale: Locale): string {
  return MAIN[locale];
}

export function scoreHelp(locale: Locale): string {
  return SCORE[locale];
}
