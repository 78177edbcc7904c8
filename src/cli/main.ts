/**
 * The `gridscore` command line. `main` takes the arguments and the output streams and returns the
 * exit code (0 all scored, 2 input problems, 1 cannot score), so tests run it in-process.
 */
import { parseCommand, requestedLocale, UsageError } from "./args";
import { mainHelp, rulesHelp, scoreHelp } from "./help";
import { RuleSourceError } from "./rule-source";
import { rulesCommand } from "./rules";
import { CliFailure, scoreCommand, type CliIo } from "./score";

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    if (cmd.kind === "help") {
      const help = { main: mainHelp, score: scoreHelp, rules: rulesHelp }[cmd.topic];
      io.out(help(cmd.locale));
      return 0;
    }
    if (cmd.kind === "rules") return await rulesCommand(cmd, io);
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
      const zh = requestedLocale(argv) === "zh-CN";
      process.stderr.write(
        `${zh ? "内部错误" : "Internal error"}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
