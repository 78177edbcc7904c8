/** Test helper: runs the command line in-process and captures what it prints. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main";

export const SAMPLE = resolve(__dirname, "../../assets/samples/sample-2014-05.xlsx");

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], errIsTTY = false): Promise<CliResult> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (text) => (out += text),
    err: { isTTY: errIsTTY, write: (text: string) => (err += text) },
  });
  return { code, out, err };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "gridscore-test-"));
}
