/**
 * The bad-input catalogue: every way a realistic user's input went wrong, one row each, run through
 * the command line. A row says how to make the input, the arguments, the exit code, what the
 * command must say, and what must not change. Every row also checks, without being told: the input's
 * bytes are unchanged; only the expected outputs were created (none when the exit code is 1); no
 * temporary file is left; no stack trace is printed; a zh-CN run prints no English words.
 *
 * To add a case: add a row to catalogue-files.ts or catalogue-sheets.ts (builders in
 * catalogue-inputs.ts). Arguments starting with "@" are file names in the case's own folder.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FILE_ROWS } from "./catalogue-files";
import { SHEET_ROWS } from "./catalogue-sheets";
import { runCli, tempDir } from "./run-cli";

const ROWS = [...FILE_ROWS, ...SHEET_ROWS];

function hashes(dir: string, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) {
      out.set(rel + "/", "folder");
      for (const [k, v] of hashes(dir, rel)) out.set(k, v);
    } else
      out.set(
        rel,
        createHash("sha256")
          .update(readFileSync(join(dir, rel)))
          .digest("hex"),
      );
  }
  return out;
}

/** English words in a zh-CN run, once paths, option names, codes, cell addresses and names are taken out. */
function englishWords(text: string, dir: string): string[] {
  const stripped = text
    .split(dir)
    .map((part, i) => (i === 0 ? part : part.replace(/^[^\s”"]*/, "")))
    .join("")
    .replace(/“[^”]*”/g, "")
    .replace(/--?[a-z][a-z-]*/g, "")
    .replace(/\b[A-Z]{1,3}\d*\b|\bE[A-Z]+\b/g, "")
    .replace(
      /GridScore|gridscore|xiaoshan|KPI|xlsx|json|ods|xls|Excel|WPS|LibreOffice|OpenDocument|HYPERLINK/g,
      "",
    );
  return stripped.match(/[A-Za-z]{3,}/g) ?? [];
}

describe("the bad-input catalogue", () => {
  it.each(ROWS.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    const dir = tempDir();
    await row.make(dir);
    const before = hashes(dir);
    const args = row.args.map((a) => (a.startsWith("@") ? join(dir, a.slice(1)) : a));
    const r = await runCli(["score", ...args]);
    const said = r.out + r.err;
    expect({ code: r.code, said }).toEqual({
      code: row.code,
      said:
        typeof row.says === "string" ? expect.stringContaining(row.says) : expect.stringMatching(row.says),
    });
    for (const text of row.never ?? []) expect(said).not.toMatch(text);
    expect(said).not.toMatch(/\n\s+at |Error:|内部错误/);
    if (!row.args.includes("en")) expect(englishWords(said, dir)).toEqual([]);
    const after = hashes(dir);
    for (const name of ["in.xlsx", ...(row.kept ?? [])])
      expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    const reportAsked = row.args.includes("--report");
    const writes =
      row.writes ?? (row.code === 1 ? [] : ["out.xlsx", ...(reportAsked ? ["report.json"] : [])]);
    const created = [...after.keys()].filter((k) => !before.has(k));
    expect(created.sort()).toEqual([...writes].sort());
    if (row.code !== 1) expect(existsSync(join(dir, "out.xlsx"))).toBe(true);
    await row.check?.(dir, r);
  });
});
