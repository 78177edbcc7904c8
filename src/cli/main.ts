/**
 * The `gridscore` command line. `main` takes the arguments and the output streams and returns the
 * exit code (0 all scored, 2 input problems, 1 cannot score), so tests run it in-process.
 */
import { isRulesBook, parseCommand, requestedLocale, UsageError } from "./args";
import { mainHelp, rulesHelp, scoreHelp } from "./help";
import { RuleSourceError } from "./rule-source";
import { rulesCommand } from "./rules";
import { CliFailure, type CliIo } from "./io";
import { scoreCommand } from "./score";
import { rulesBookCommand } from "./rules-book";

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    if (cmd.kind === "help") {
      const help = { main: mainHelp, score: scoreHelp, rules: rulesHelp }[cmd.topic];
      io.out(help(cmd.locale));
      return 0;
    }
    if (cmd.kind === "rules") {
      return isRulesBook(cmd) ? await rulesBookCommand(cmd, io) : await rulesCommand(cmd, io);
    }
    return await scoreCommand(cmd, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = e.locale === "zh-CN" ? "（gridscore --help 查看用法）" : " (see gridscore --help)";
      io.err.write(`${e.message}${hint}\n`);
      return 1;
    }
    if (e instanceof CliFailure || e instanceof RuleSourceError) {
      io.err.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/** Entry point of bin/gridscore.cjs. */
export function run(): void {
  const argv = process.argv.slice(2);
  const io: CliIo = { out: (text) => process.stdout.write(text), err: process.stderr };
  main(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        internalError(e, requestedLocale(argv) === "zh-CN", process.env.GRIDSCORE_DEBUG === "1"),
      );
      process.exitCode = 1;
    },
  );
}

/**
 * A fault of GridScore itself, said in the user's language with the error's first line in brackets
 * (the stack trace only with GRIDSCORE_DEBUG=1, for whoever fixes it).
 */
export function internalError(e: unknown, zh: boolean, debug: boolean): string {
  const first = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  const detail = debug && e instanceof Error && e.stack ? `\n${e.stack}` : "";
  return zh
    ? `内部错误：GridScore 出了故障，评分没有完成，输入文件未改动。请把输入文件和这条信息交给维护者（${first}）。${detail}\n`
    : `Internal error: GridScore failed and did not finish scoring; the input file is unchanged. Please give the input file and this message to its maintainers (${first}).${detail}\n`;
}
