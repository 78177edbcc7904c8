/**
 * `gridscore score`: file → ExcelJS host → the sheet pipeline → scored file (+ JSON report), and
 * what to print. All scoring logic lives in src/sheet and src/engine.
 */
import { readFile } from "node:fs/promises";
import type { RuleSet } from "../engine";
import { withoutRulesSheet, type RuleSource } from "../rules/workbook";
import { writerWithRuleSource } from "../rules/note-writer";
import { ExcelJsHost } from "../hosts/xlsx/exceljs-host";
import { HostError } from "../hosts/host-error";
import { SheetError } from "../sheet/errors";
import { escapeControls } from "../sheet/safe-text";
import { scoreWorkbook, type ScoreRun } from "../sheet/pipeline";
import type { CliCommand } from "./args";
import { fileProblem } from "./file-messages";
import { fileKey, writeAtomically } from "./files";
import { CliFailure, type CliIo } from "./io";
import { progressBar, type Progress } from "./progress";
import { loadRuleSource } from "./rule-source";
import { rulesForScore, ruleSourceLine } from "./rules-book";
import { detectionLines, problemLines, rankingLines } from "./summary";
import { otherSpreadsheet, otherSpreadsheetMessage } from "./workbook-kind";
import { zlibCodec } from "./zlib-codec";

type ScoreCommand = Extract<CliCommand, { kind: "score" }>;

export async function scoreCommand(cmd: ScoreCommand, io: CliIo): Promise<number> {
  const zh = cmd.locale === "zh-CN";
  const started = Date.now();
  await refuseSameFiles(cmd);
  const progress = progressBar(io.err);
  progress.stage(zh ? "读取工作簿…" : "reading the workbook…", 0.02);
  const host = await loadWorkbook(cmd);
  const rules = cmd.rules
    ? await loadRuleSource(cmd.rules, cmd.locale)
    : await rulesForScore(host, cmd.locale, () => progress.done());
  progress.stage(zh ? "识别并评分…" : "detecting and scoring…", 0.35);
  const scored = await scoreAndSummarise(host, cmd, progress, rules);
  progress.stage(zh ? "保存评分结果…" : "saving the scored workbook…", 0.55);
  await writeOutput(cmd.out, await save(host, cmd), cmd);
  if (cmd.report && scored.report) {
    try {
      await writeAtomically(cmd.report, scored.report);
    } catch (e) {
      const written = escapeControls(cmd.out);
      throw new CliFailure(
        `${fileProblem(e, cmd.report, cmd.locale, "write")}\n` +
          (zh
            ? `评分后的工作簿已写出：${written}；只有报告没有写出。`
            : `The scored workbook was written: ${written}; only the report was not.`),
      );
    }
  }
  progress.done();
  io.out(scored.summary + elapsedLine(scored.managers, scored.problems, cmd, Date.now() - started));
  return scored.problems > 0 ? 2 : 0;
}

/** What is left of a run once the plan is applied: the printed summary and the report's bytes. */
interface Scored {
  summary: string;
  report: Uint8Array | undefined;
  managers: number;
  problems: number;
}

/**
 * Scores the workbook and keeps only what is printed and written later. The run itself (results,
 * traces, explanations, report) is no longer reachable once this returns, so that saving, which
 * allocates a lot, does not make the garbage collector walk it again and again (measured: that
 * made saving 10,000 managers twice as slow).
 */
async function scoreAndSummarise(
  host: ExcelJsHost,
  cmd: ScoreCommand,
  progress: Progress,
  rules: { ruleSet: RuleSet; source: RuleSource },
): Promise<Scored> {
  const zh = cmd.locale === "zh-CN";
  const run = await score(host, cmd, rules);
  run.report.rules = rules.source;
  if (!run.detection.ok) {
    progress.done();
    const found = detectionLines(run.detection, rules.ruleSet, cmd.locale).join("\n");
    const input = escapeControls(cmd.input);
    const sheet = escapeControls(run.detection.sheet);
    const noManagers = run.detection.issues.some((i) => i.kind === "noManagers");
    const head = noManagers
      ? zh
        ? `无法评分：“${input}”的工作表“${sheet}”有考核表的表头，但表头下面没有客户经理行。`
        : `Cannot score: sheet "${sheet}" of "${input}" has the scoring sheet's headers, but no manager rows below them.`
      : zh
        ? `无法评分：“${input}”中没有可识别的考核表。`
        : `Cannot score: no scoring sheet recognised in "${input}".`;
    throw new CliFailure(`${head}\n${zh ? "找到的内容：" : "What was found:"}\n${found}`);
  }
  return {
    summary: runSummary(run, cmd, rules),
    // Bytes (outside the JavaScript heap) rather than the report's objects or its JSON text.
    report: cmd.report ? new TextEncoder().encode(JSON.stringify(run.report, null, 2)) : undefined,
    managers: run.results.length,
    problems: run.report.problems.length,
  };
}

/**
 * The input is never written and the report never replaces the scored workbook: the three paths
 * are compared as files (links followed, device and inode), not as strings.
 */
async function refuseSameFiles(cmd: ScoreCommand): Promise<void> {
  const zh = cmd.locale === "zh-CN";
  const [input, out, report] = await Promise.all(
    [cmd.input, cmd.out, cmd.report].map((p) => (p === undefined ? undefined : fileKey(p))),
  );
  if (out === input || report === input) {
    throw new CliFailure(
      zh
        ? "输出文件不能覆盖输入文件（--out 或 --report 指向的正是输入文件，或它的链接）。请换一个文件名。"
        : "The output must not overwrite the input file (--out or --report names the input itself, or a link to it). Choose another file name.",
    );
  }
  if (report !== undefined && report === out) {
    throw new CliFailure(
      zh
        ? "--report 与 --out 指向同一个文件：报告会替换评分后的工作簿。请给报告另起一个文件名（如 报告.json）。"
        : "--report and --out name the same file: the report would replace the scored workbook. Give the report a name of its own (e.g. report.json).",
    );
  }
}

async function loadWorkbook(cmd: ScoreCommand): Promise<ExcelJsHost> {
  const zh = cmd.locale === "zh-CN";
  let bytes: Uint8Array;
  try {
    bytes = await readFile(cmd.input);
  } catch (e) {
    throw new CliFailure(fileProblem(e, cmd.input, cmd.locale, "read"));
  }
  const other = otherSpreadsheet(bytes);
  if (other) throw new CliFailure(otherSpreadsheetMessage(other, cmd.input, cmd.locale));
  try {
    return await ExcelJsHost.load(bytes, { codec: zlibCodec });
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    throw new CliFailure(
      zh
        ? `无法读取“${escapeControls(cmd.input)}”：不是有效的 .xlsx 工作簿。请确认它是 Excel 工作簿（.xlsx），必要时在 Excel、WPS 或 LibreOffice 中另存为 .xlsx。`
        : `Cannot read "${escapeControls(cmd.input)}": not a valid .xlsx workbook. Check that it is an Excel workbook (.xlsx); if need be, save it as .xlsx in Excel, WPS or LibreOffice.`,
    );
  }
}

async function score(
  host: ExcelJsHost,
  cmd: ScoreCommand,
  { ruleSet, source }: { ruleSet: RuleSet; source: RuleSource },
): Promise<ScoreRun> {
  try {
    return await scoreWorkbook(withoutRulesSheet(host), {
      ruleSet,
      writer: writerWithRuleSource(ruleSet, cmd.locale, cmd.formulas, source),
      locale: cmd.locale,
      sheet: cmd.sheet,
      notes: cmd.notes,
    });
  } catch (e) {
    if (e instanceof SheetError) throw new CliFailure(escapeControls(e.text[cmd.locale]));
    if (e instanceof HostError) throw new CliFailure(brokenCheck(e, cmd));
    throw e;
  }
}

async function save(host: ExcelJsHost, cmd: ScoreCommand): Promise<Uint8Array> {
  try {
    return await host.save();
  } catch (e) {
    if (e instanceof HostError) throw new CliFailure(brokenCheck(e, cmd));
    throw e;
  }
}

/** A check of the workbook host failed: nothing was written, and it is ours to fix. */
function brokenCheck(e: HostError, cmd: ScoreCommand): string {
  return cmd.locale === "zh-CN"
    ? `无法写入评分结果：写入前的检查没有通过（${e.code}），没有写出任何文件。这是 GridScore 的缺陷：请把输入文件和这条信息交给维护者。`
    : `Cannot write the scores: a check before writing failed (${e.code}); no file was written. This is a fault in GridScore: please give the input file and this message to its maintainers.`;
}

async function writeOutput(path: string, bytes: Uint8Array, cmd: ScoreCommand): Promise<void> {
  try {
    await writeAtomically(path, bytes);
  } catch (e) {
    throw new CliFailure(fileProblem(e, path, cmd.locale, "write"));
  }
}

/** Everything printed after a run but its last line (which says how long it took). */
function runSummary(
  run: ScoreRun,
  cmd: ScoreCommand,
  rules: { ruleSet: RuleSet; source: RuleSource },
): string {
  const zh = cmd.locale === "zh-CN";
  const rs = rules.ruleSet;
  const lines: string[] = [];
  lines.push(`GridScore · ${rs.title[cmd.locale]} (${rs.id})`);
  lines.push(ruleSourceLine(rules.source, cmd.locale));
  lines.push("", zh ? "【识别结果】" : "[Detected]", ...detectionLines(run.detection, rs, cmd.locale));
  lines.push("", zh ? "【排名汇总】" : "[Ranking]", ...rankingLines(run.report, cmd.locale));
  const problems = run.report.problems.length;
  lines.push("", zh ? `【输入问题】${problems} 个` : `[Input problems] ${problems}`);
  lines.push(...problemLines(run.report, rs, cmd.locale));
  lines.push("");
  lines.push(zh ? `已写出：${escapeControls(cmd.out)}` : `Written: ${escapeControls(cmd.out)}`);
  if (cmd.report)
    lines.push(zh ? `报告：${escapeControls(cmd.report)}` : `Report: ${escapeControls(cmd.report)}`);
  return lines.join("\n") + "\n";
}

function elapsedLine(managers: number, problems: number, cmd: ScoreCommand, ms: number): string {
  const seconds = (ms / 1000).toFixed(1);
  return cmd.locale === "zh-CN"
    ? `共 ${managers} 人，输入问题 ${problems} 个，用时 ${seconds} 秒。\n`
    : `${managers} managers, ${problems} input problems, ${seconds} s.\n`;
}
