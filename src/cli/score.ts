/**
 * `gridscore score`: file → ExcelJS host → the sheet pipeline → scored file (+ JSON report), and
 * what to print. All scoring logic lives in src/sheet and src/engine.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { xiaoshan201405 } from "../engine";
import { ExcelJsHost } from "../hosts/xlsx/exceljs-host";
import { HostError } from "../hosts/host-error";
import { SheetError } from "../sheet/errors";
import { scoreWorkbook, type ScoreRun } from "../sheet/pipeline";
import type { CliCommand } from "./args";
import { progressBar, type Progress, type ProgressSink } from "./progress";
import { detectionLines, problemLines, rankingLines } from "./summary";
import { zlibCodec } from "./zlib-codec";

export interface CliIo {
  out(text: string): void;
  /** Standard error: messages, and the progress bar when it is a terminal. */
  err: ProgressSink;
}

/** The run cannot go on (exit 1); the message is for the user, in their language. */
export class CliFailure extends Error {
  override name = "CliFailure";
}

type ScoreCommand = Extract<CliCommand, { kind: "score" }>;

export async function scoreCommand(cmd: ScoreCommand, io: CliIo): Promise<number> {
  const zh = cmd.locale === "zh-CN";
  const started = Date.now();
  if (resolve(cmd.input) === resolve(cmd.out) || (cmd.report && resolve(cmd.report) === resolve(cmd.input))) {
    throw new CliFailure(zh ? "输出文件不能覆盖输入文件。" : "The output must not overwrite the input file.");
  }
  const progress = progressBar(io.err);
  progress.stage(zh ? "读取工作簿…" : "reading the workbook…", 0.02);
  const host = await loadWorkbook(cmd);
  progress.stage(zh ? "识别并评分…" : "detecting and scoring…", 0.35);
  const scored = await scoreAndSummarise(host, cmd, progress);
  progress.stage(zh ? "保存评分结果…" : "saving the scored workbook…", 0.55);
  await writeOutput(cmd.out, await host.save(), cmd);
  if (cmd.report && scored.report) await writeOutput(cmd.report, scored.report, cmd);
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
async function scoreAndSummarise(host: ExcelJsHost, cmd: ScoreCommand, progress: Progress): Promise<Scored> {
  const zh = cmd.locale === "zh-CN";
  const run = await score(host, cmd);
  if (!run.detection.ok) {
    progress.done();
    const found = detectionLines(run.detection, xiaoshan201405, cmd.locale).join("\n");
    throw new CliFailure(
      zh
        ? `无法评分：“${cmd.input}”中没有可识别的考核表。\n找到的内容：\n${found}`
        : `Cannot score: no scoring sheet recognised in "${cmd.input}".\nWhat was found:\n${found}`,
    );
  }
  return {
    summary: runSummary(run, cmd),
    // Bytes (outside the JavaScript heap) rather than the report's objects or its JSON text.
    report: cmd.report ? new TextEncoder().encode(JSON.stringify(run.report, null, 2)) : undefined,
    managers: run.results.length,
    problems: run.report.problems.length,
  };
}

async function loadWorkbook(cmd: ScoreCommand): Promise<ExcelJsHost> {
  const zh = cmd.locale === "zh-CN";
  let bytes: Uint8Array;
  try {
    bytes = await readFile(cmd.input);
  } catch (e) {
    throw new CliFailure(fileProblem(e, cmd.input, zh, "read"));
  }
  try {
    return await ExcelJsHost.load(bytes, { codec: zlibCodec });
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    throw new CliFailure(
      zh
        ? `无法读取“${cmd.input}”：不是有效的 .xlsx 工作簿。`
        : `Cannot read "${cmd.input}": not a valid .xlsx workbook.`,
    );
  }
}

async function score(host: ExcelJsHost, cmd: ScoreCommand): Promise<ScoreRun> {
  try {
    return await scoreWorkbook(host, {
      ruleSet: xiaoshan201405,
      locale: cmd.locale,
      sheet: cmd.sheet,
      formulas: cmd.formulas,
      notes: cmd.notes,
    });
  } catch (e) {
    if (e instanceof SheetError) throw new CliFailure(e.message);
    if (e instanceof HostError) {
      const zh = cmd.locale === "zh-CN";
      throw new CliFailure(zh ? `无法写入评分结果：${e.message}` : `Cannot write the scores: ${e.message}`);
    }
    throw e;
  }
}

async function writeOutput(path: string, bytes: Uint8Array, cmd: ScoreCommand): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, bytes);
  } catch (e) {
    throw new CliFailure(fileProblem(e, path, cmd.locale === "zh-CN", "write"));
  }
}

function fileProblem(e: unknown, path: string, zh: boolean, action: "read" | "write"): string {
  const code = (e as { code?: string }).code;
  if (action === "read" && code === "ENOENT")
    return zh ? `找不到文件“${path}”。` : `File not found: "${path}".`;
  const detail = e instanceof Error ? e.message : String(e);
  if (action === "read") return zh ? `无法读取“${path}”：${detail}` : `Cannot read "${path}": ${detail}`;
  return zh ? `无法写入“${path}”：${detail}` : `Cannot write "${path}": ${detail}`;
}

/** Everything printed after a run but its last line (which says how long it took). */
function runSummary(run: ScoreRun, cmd: ScoreCommand): string {
  const zh = cmd.locale === "zh-CN";
  const rs = xiaoshan201405;
  const lines: string[] = [];
  lines.push(`GridScore · ${rs.title[cmd.locale]} (${rs.id})`);
  lines.push("", zh ? "【识别结果】" : "[Detected]", ...detectionLines(run.detection, rs, cmd.locale));
  lines.push("", zh ? "【排名汇总】" : "[Ranking]", ...rankingLines(run.report, cmd.locale));
  const problems = run.report.problems.length;
  lines.push("", zh ? `【输入问题】${problems} 个` : `[Input problems] ${problems}`);
  lines.push(...problemLines(run.report, rs, cmd.locale));
  lines.push("");
  lines.push(zh ? `已写出：${cmd.out}` : `Written: ${cmd.out}`);
  if (cmd.report) lines.push(zh ? `报告：${cmd.report}` : `Report: ${cmd.report}`);
  return lines.join("\n") + "\n";
}

function elapsedLine(managers: number, problems: number, cmd: ScoreCommand, ms: number): string {
  const seconds = (ms / 1000).toFixed(1);
  return cmd.locale === "zh-CN"
    ? `共 ${managers} 人，输入问题 ${problems} 个，用时 ${seconds} 秒。\n`
    : `${managers} managers, ${problems} input problems, ${seconds} s.\n`;
}
