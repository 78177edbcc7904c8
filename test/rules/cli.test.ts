import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { xiaoshan201405 } from "../../src/engine";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { writeRulesSheet } from "../../src/rules/workbook";
import { RULES_SHEET } from "../../src/rules/sheet-layout";
import type { Report } from "../../src/sheet/report";
import { runCli, SAMPLE, tempDir } from "../cli/run-cli";
import { GROUP_PRODUCT_POINTS, numberId } from "./number-id";

const dir = tempDir();

/** The sample with its rules sheet written in; `edit` changes the rules sheet's cells (1-based, ExcelJS). */
async function sampleWithRules(name: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const host = await ExcelJsHost.load(readFileSync(SAMPLE), { codec: zlibCodec });
  await writeRulesSheet(host, xiaoshan201405, "zh-CN");
  const path = join(dir, name);
  writeFileSync(path, await host.save());
  if (edit) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    edit(wb.getWorksheet(RULES_SHEET)!);
    await wb.xlsx.writeFile(path);
  }
  return path;
}

/** Sets the value cell (column E) of the rules sheet's number `id` (N1, N2, …). */
function setNumber(ws: ExcelJS.Worksheet, id: string, value: ExcelJS.CellValue): void {
  let found = false;
  ws.eachRow((row) => {
    if (row.getCell(1).value === id) {
      row.getCell(5).value = value;
      found = true;
    }
  });
  if (!found) throw new Error(`no number ${id}`);
}

async function score(
  input: string,
  ...extra: string[]
): Promise<{ code: number; out: string; err: string; report: Report; scored: string }> {
  const out = join(dir, `scored-${Math.random()}.xlsx`);
  const reportPath = join(dir, `report-${Math.random()}.json`);
  const r = await runCli(["score", input, "--out", out, "--report", reportPath, ...extra]);
  const report = existsSync(reportPath)
    ? (JSON.parse(readFileSync(reportPath, "utf8")) as Report)
    : (null as never);
  return { ...r, report, scored: out };
}

function scores(report: Report): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const m of report.managers)
    for (const [id, ind] of Object.entries(m.indicators)) out.set(`${m.row}:${id}`, ind.score);
  return out;
}

let builtIn: Awaited<ReturnType<typeof score>>;
beforeAll(async () => {
  builtIn = await score(SAMPLE);
}, 60_000);

describe("gridscore score with a workbook's rules sheet", () => {
  it("says the built-in rules scored a workbook without a rules sheet", () => {
    expect(builtIn.out).toContain("评分规则：xiaoshan-2014-05（2014-05，内置规则）");
    expect(builtIn.report.rules).toEqual({ id: "xiaoshan-2014-05", month: "2014-05", origin: "built-in" });
  });

  it("scores with the workbook's rules sheet, the same scores as the built-in rules, and says so", async () => {
    const r = await score(await sampleWithRules("with-rules.xlsx"));
    expect(r.code).toBe(builtIn.code);
    expect(r.out).toContain("评分规则：xiaoshan-2014-05（2014-05，本工作簿的规则表 规则）");
    expect(r.report.rules).toEqual({
      id: "xiaoshan-2014-05",
      month: "2014-05",
      origin: "workbook",
      where: RULES_SHEET,
    });
    expect(scores(r.report)).toEqual(scores(builtIn.report));
    const scored = await ExcelJsHost.load(readFileSync(r.scored), { codec: zlibCodec });
    const notes = Object.values((await scored.readSheet(r.report.sheet)).comments).map((c) => c.text);
    const line = "评分规则：xiaoshan-2014-05（2014-05，本工作簿的规则表 规则）";
    // Every note, each score cell's and each total's, says which rule set scored.
    expect(notes.length).toBeGreaterThan(r.report.managers.length);
    expect(notes.filter((n) => !n.endsWith(`\n${line}`))).toEqual([]);
  }, 60_000);

  it("changes exactly the scores an edited cell affects (集团产品渗透: 3 → 4 points per net new group)", async () => {
    const r = await score(
      await sampleWithRules("edited.xlsx", (ws) => setNumber(ws, numberId(GROUP_PRODUCT_POINTS), 4)),
    );
    const before = scores(builtIn.report);
    const after = scores(r.report);
    let changed = 0;
    for (const [key, old] of before) {
      const now = after.get(key);
      if (!key.endsWith(":groupProduct") || old === null || old === 0) {
        expect([key, now]).toEqual([key, old]);
      } else {
        expect([key, now]).toEqual([key, (old / 3) * 4]);
        changed++;
      }
    }
    expect(changed).toBeGreaterThan(0);
  }, 60_000);

  it("stops on a bad rules sheet: exit 1, the cell named, nothing written, the built-in rules not used", async () => {
    const input = await sampleWithRules("bad.xlsx", (ws) =>
      setNumber(ws, numberId(GROUP_PRODUCT_POINTS), "三"),
    );
    const out = join(dir, "never.xlsx");
    const r = await runCli(["score", input, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/规则!E\d+: "三" is not a number; expected a number/);
    expect(r.err).toContain("the built-in rules are not used instead");
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it.each([
    ["renamed", "规则五月", false, /工作表“规则五月”是 GridScore 的规则表，但它的名字不是“规则”.*改回“规则”/],
    ["copied", "规则 (2)", true, /工作表“规则 \(2\)”也是一张规则表.*请删除这张副本/],
  ] as const)(
    "stops on a rules sheet %s under another name: exit 1, what to do, nothing scored with other rules",
    async (what, name, keep, said) => {
      const input = await sampleWithRules(`${what}.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(input);
      const rules = wb.getWorksheet(RULES_SHEET)!;
      if (keep) {
        const copy = wb.addWorksheet(name);
        rules.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
      } else rules.name = name;
      await wb.xlsx.writeFile(input);
      const before = readFileSync(input);
      const out = join(dir, `never-${what}.xlsx`);
      const r = await runCli(["score", input, "--out", out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(said);
      expect(r.err).toContain("这次没有评分，也没有写入任何内容");
      expect(existsSync(out)).toBe(false);
      expect(readFileSync(input).equals(before)).toBe(true);
    },
    60_000,
  );

  it("scores with --rules FILE.json and says the rules came from that file", async () => {
    const json = join(dir, "rules.json");
    expect((await runCli(["rules", "export", "--out", json])).code).toBe(0);
    const r = await score(SAMPLE, "--rules", json);
    expect(r.report.rules).toEqual({ id: "xiaoshan-2014-05", month: "2014-05", origin: "file", where: json });
    expect(scores(r.report)).toEqual(scores(builtIn.report));
  }, 60_000);
});

describe("gridscore score --rules with a bad rule-set file", () => {
  it.each([
    [
      "weights adding to 101",
      (rs: typeof xiaoshan201405) =>
        JSON.stringify({
          ...rs,
          indicators: rs.indicators.map((i) => (i.id === "groupProduct" ? { ...i, weight: 6 } : i)),
        }),
      "indicators: weights of the scored (non-bonus) indicators sum to 101, not 100",
    ],
    [
      "a truncated file",
      (rs: typeof xiaoshan201405) => JSON.stringify(rs).slice(0, 200),
      "the JSON ends early",
    ],
    [
      "a band of text",
      (rs: typeof xiaoshan201405) => JSON.stringify(rs).replace('"from":0.8', '"from":"0.8"'),
      "indicators[3].rule.bands[1].from: expected a number",
    ],
  ])("%s: exit 1, the JSON path named, nothing written", async (_name, make, message) => {
    const json = join(dir, `bad-${Math.random()}.json`);
    writeFileSync(json, make(xiaoshan201405));
    const out = join(dir, "never-written.xlsx");
    const r = await runCli(["score", SAMPLE, "--out", out, "--rules", json, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe("gridscore rules", () => {
  it("show prints the rule book in Chinese, or English with --lang en", async () => {
    const zh = await runCli(["rules", "show"]);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("完成率 ≥ 100%：15 分；80%–100%：按比例 15 × 完成率；< 80%：按下列规则");
    const en = await runCli(["rules", "show", "--lang", "en"]);
    expect(en.out).toContain("completion rate ≥ 100%: 15 points");
  });

  it("export writes JSON that is the rule set, and a workbook whose rules sheet reads back as it", async () => {
    const json = join(dir, "export.json");
    const xlsx = join(dir, "export.xlsx");
    expect((await runCli(["rules", "export", "--out", json])).out).toContain(json);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(JSON.parse(JSON.stringify(xiaoshan201405)));
    expect((await runCli(["rules", "export", "--out", xlsx, "--lang", "en"])).code).toBe(0);
    const shown = await runCli(["rules", "show", "--rules", xlsx]);
    expect(shown.out).toBe((await runCli(["rules", "show"])).out);
  });

  it("is in --help, and score --help documents --rules", async () => {
    const main = await runCli(["--help", "--lang", "en"]);
    expect(main.out).toContain("gridscore rules show [--rules <RULES.json|WORKBOOK.xlsx>]");
    expect(main.out).toContain("gridscore rules export [--rules <…>] --out <FILE.json|FILE.xlsx>");
    expect((await runCli(["score", "--help"])).out).toContain("--rules <文件>");
  });

  it("refuses a rules export without a .json or .xlsx --out", async () => {
    const r = await runCli(["rules", "export", "--out", "x.csv"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("--out <文件.json 或 文件.xlsx>");
  });
});
