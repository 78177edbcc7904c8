import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseCommand } from "../../src/cli/args";
import type { Report } from "../../src/sheet/report";
import { xlsxFromSnapshots } from "../hosts/xlsx/xlsx-fixture";
import { runCli, SAMPLE, tempDir, type CliResult } from "./run-cli";

describe("gridscore --help", () => {
  it("documents the command in Simplified Chinese by default", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("用法");
    expect(r.out).toMatch(/退出码[\s\S]*2 +发现输入问题/);
  });

  it("documents the command in English with --lang en", async () => {
    const r = await runCli(["--help", "--lang", "en"]);
    expect(r.out).toContain("Usage:");
    expect(r.out).not.toContain("用法");
  });

  it("documents every option of score", async () => {
    const r = await runCli(["score", "--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const option of [
      "--out",
      "--report",
      "--sheet",
      "--lang",
      "--formulas",
      "--no-notes",
      "Exit codes",
    ]) {
      expect(r.out).toContain(option);
    }
  });

  it.each([
    [
      "zh-CN",
      ["输入文件从不修改", "输出整体替换", "报告不会替换工作簿", "退出码 1 时不写出任何文件", "4,000,000"],
    ],
    [
      "en",
      [
        "The input is never modified",
        "Outputs are replaced whole",
        "The report never replaces",
        "Exit code 1 writes no file",
        "4,000,000",
      ],
    ],
  ])("states the promises about the input, the outputs and the report (%s)", async (lang, promises) => {
    const r = await runCli(["score", "--help", "--lang", lang]);
    for (const promise of promises) expect(r.out).toContain(promise);
  });

  it("shows the main help when no command is given", async () => {
    expect((await runCli([])).out).toContain("gridscore score <输入.xlsx>");
  });
});

describe("gridscore with bad arguments", () => {
  it.each([
    [["score", SAMPLE], "缺少 --out"],
    [["score", "--out", "x.xlsx"], "一个输入文件"],
    [["score", SAMPLE, "--out", "x.xlsx", "--colour"], "参数错误"],
    [["score", SAMPLE, "--out", "x.xlsx", "--lang", "fr"], "--lang 只能是 zh-CN 或 en"],
    [["rank", SAMPLE], "未知命令“rank”"],
    [["score", SAMPLE, "--out", SAMPLE], "不能覆盖输入文件"],
  ])("exits 1 for %j saying %s", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });

  it("reports a missing input file in the chosen language", async () => {
    const r = await runCli(["score", "nowhere.xlsx", "--out", join(tempDir(), "o.xlsx"), "--lang", "en"]);
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('File not found: "nowhere.xlsx"') });
  });

  it("reports a file that is not a workbook", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.xlsx"), "这不是工作簿");
    const r = await runCli(["score", join(dir, "notes.xlsx"), "--out", join(dir, "o.xlsx")]);
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining("不是有效的 .xlsx 工作簿") });
  });

  it("accepts --formulas and passes it on", () => {
    expect(parseCommand(["score", "a.xlsx", "--out", "b.xlsx", "--formulas"])).toMatchObject({
      formulas: true,
    });
  });

  it("writes notes unless --no-notes is given", () => {
    expect(parseCommand(["score", "a.xlsx", "--out", "b.xlsx"])).toMatchObject({ notes: true });
    expect(parseCommand(["score", "a.xlsx", "--out", "b.xlsx", "--no-notes"])).toMatchObject({
      notes: false,
    });
  });
});

describe("gridscore score on a workbook that is not a scoring sheet", () => {
  let r: CliResult;
  let out: string;
  beforeAll(async () => {
    const dir = tempDir();
    const input = join(dir, "budget.xlsx");
    out = join(dir, "o.xlsx");
    const values = [["部门预算"], ["项目", "金额"], ["办公用品", 1200]];
    const formats = values.map((row) => row.map(() => "General"));
    const text = values.map((row) => row.map(String));
    writeFileSync(
      input,
      await xlsxFromSnapshots([
        {
          name: "预算",
          rowCount: 3,
          colCount: 2,
          values,
          text,
          numberFormats: formats,
          merges: [],
          comments: {},
        },
      ]),
    );
    r = await runCli(["score", input, "--out", out]);
  });

  it("exits 1 and writes nothing", () => {
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("says which sheet it looked at and what is missing", () => {
    expect(r.err).toContain("无法评分");
    expect(r.err).toContain("工作表：预算");
    expect(r.err).toMatch(/✗ /);
  });
});

describe("gridscore score on the bundled sample", () => {
  let r: CliResult;
  let report: Report;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    r = await runCli([
      "score",
      SAMPLE,
      "--out",
      join(dir, "scored.xlsx"),
      "--report",
      join(dir, "report.json"),
    ]);
    report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
  });

  const manager = (name: string) => {
    const m = report.managers.find((x) => x.name === name);
    if (!m) throw new Error(`no manager ${name}`);
    return m;
  };

  it("exits 2 because of the bad cell, and still writes both outputs", () => {
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "scored.xlsx"))).toBe(true);
  });

  it("prints what it detected", () => {
    expect(r.out).toContain("工作表：考核表");
    expect(r.out).toContain("表头：第 2、3、4 行；考核分值第 5 行");
    expect(r.out).toContain("客户经理：28 人，5 个区域（第 6–33 行）");
    expect(r.out).toMatch(/成员收集：目标 N，\S+ O，成员真实性 P/);
  });

  it("prints the ranking with the incomplete manager last", () => {
    const lines = r.out.split("\n");
    const head = lines.findIndex((l) => l.startsWith("总排名"));
    expect(lines[head + 1]).toMatch(/^\s+1\s+1\s/);
    expect(lines[head + 28]).toMatch(/28\s+\d+\s+城区\s+周子墨\s+[\d.]+\s+不完整/);
  });

  it("prints each input problem with its cell, the text found and what was expected", () => {
    expect(r.out).toContain("【输入问题】1 个");
    expect(r.out).toMatch(/周子墨 +成员收集 › 成员真实性：P10：“八十”无法使用，应为/);
  });

  it("draws no progress bar when standard error is not a terminal", () => {
    expect(r.err).toBe("");
  });

  it("writes the JSON report of the bundled samples", () => {
    expect(report.ruleSet).toBe("xiaoshan-2014-05");
    expect(report.sheet).toBe("考核表");
    expect(report.managers).toHaveLength(28);
    const m = manager("陈思远");
    expect(Object.keys(m).sort()).toEqual(
      expect.arrayContaining([
        "row",
        "region",
        "name",
        "total",
        "complete",
        "rankInRegion",
        "rank",
        "indicators",
        "problems",
      ]),
    );
    expect(Object.keys(m.indicators)).toHaveLength(15);
    expect(m.indicators.unifiedPay).toMatchObject({
      score: 35,
      weight: 10,
      explanation: expect.stringContaining("35.00"),
    });
    expect(m).toMatchObject({ row: 7, region: "城区" });
  });

  it("reports the scores of the rule book's worked examples", () => {
    expect(manager("赵一帆").indicators.groupBuild.score).toBe(13.5);
    expect(manager("赵一帆").indicators.memberCollection.score).toBe(7.65);
    expect(manager("吴若溪").indicators.servicePresence.score).toBe(4.6);
    expect(manager("孙雨桐").indicators.fourGCard.score).toBe(13.65);
    expect(manager("钱梦琪").indicators.fourGCard.score).toBe(-5);
    expect(manager("蒋天佑").indicators.groupBuild.score).toBe(10);
  });

  it("reports the bad cell as a problem and leaves that indicator unscored", () => {
    const m = manager("周子墨");
    expect(m.indicators.memberCollection.score).toBeNull();
    expect(m.complete).toBe(false);
    expect(m.problems).toEqual([
      { cell: "P10", field: "memberAuthenticity", message: expect.stringContaining("八十") },
    ]);
    expect(report.problems).toHaveLength(1);
  });

  it("marks the total provisional when the regional score is pending", () => {
    expect(manager("冯嘉树")).toMatchObject({ provisional: true, complete: true });
  });

  it("ranks by total, ties sharing a rank, the incomplete manager last", () => {
    const complete = report.managers.filter((m) => m.complete);
    for (const m of complete) {
      expect(m.rank).toBe(1 + complete.filter((o) => o.total > m.total).length);
    }
    expect(manager("周子墨").rank).toBe(28);
  });

  it("gives every total the sum of its indicator scores", () => {
    for (const m of report.managers) {
      const sum = Object.values(m.indicators).reduce((s, i) => s + (i.score ?? 0), 0);
      expect(m.total).toBeCloseTo(sum, 8);
    }
  });
});

describe("gridscore score on a clean workbook", () => {
  it("exits 0 when every cell could be read, with a progress bar on a terminal", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
    wb.getWorksheet("考核表")!.getCell("P10").value = 0.8;
    writeFileSync(join(dir, "clean.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await runCli(
      ["score", join(dir, "clean.xlsx"), "--out", join(dir, "o.xlsx"), "--lang", "en"],
      true,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("[Input problems] 0");
    expect(r.err).toMatch(/\[█*░*\] +\d+% saving the scored workbook/);
  });

  it("exits 1 naming the sheets when --sheet names none of them", async () => {
    const r = await runCli(["score", SAMPLE, "--out", join(tempDir(), "o.xlsx"), "--sheet", "汇总"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("没有名为“汇总”的工作表");
    expect(r.err).toContain("考核表");
  });
});
