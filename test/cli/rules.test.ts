// gridscore rules check|test|diff and score --rules: exit codes, what is printed, and that a bad rule
// set stops everything (nothing written, the built-in rules never used in its place).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runCli, SAMPLE, tempDir } from "./run-cli";

const RULESETS = resolve(__dirname, "../../src/rulesets");
const MAY = join(RULESETS, "xiaoshan-2014-05.json");
const JUNE = join(RULESETS, "example-2014-06.json");

/** A copy of May's rule set with one change, written to a temporary file. */
function mayWith(
  change: (d: Record<string, unknown> & { indicators: Array<Record<string, unknown>> }) => void,
) {
  const data = JSON.parse(readFileSync(MAY, "utf8"));
  change(data);
  const path = join(tempDir(), "rules.json");
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

describe("gridscore rules check", () => {
  it("exits 0 for a clean rule set and says where it came from", async () => {
    const r = await runCli(["rules", "check", JUNE, "--lang", "en"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Rules: example-2014-06 (2014-06, rule-set file");
    expect(r.out).toContain("no problems found");
  });

  it("exits 2 for warnings only (a declared field no rule reads)", async () => {
    const path = mayWith((d) => (d.fields as unknown[]).push({ ...(d.fields as object[])[0], id: "spare" }));
    const r = await runCli(["rules", "check", path]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("[警告] fields[39]：字段 “spare” 已声明但没有规则使用");
  });

  it("exits 1 for errors, naming each one's JSON path", async () => {
    const path = mayWith((d) => (d.indicators[0].weight = 12));
    const r = await runCli(["rules", "check", path, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("cannot be used to score");
    expect(r.out).toContain(
      "[error] indicators: weights of the scored (non-bonus) indicators sum to 102, not 100",
    );
  });

  it("exits 1 for a file that is not there, and for a workbook without a rules sheet", async () => {
    expect((await runCli(["rules", "check", join(tempDir(), "none.json")])).out).toContain(
      "找不到此规则文件",
    );
    const xlsx = await runCli(["rules", "check", SAMPLE, "--lang", "en"]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.out).toContain('no rules sheet named "规则"');
  });
});

describe("gridscore rules with a workbook's rules sheet as the source", () => {
  it("checks, tests and diffs a rules sheet exported from a rule-set file like the file itself", async () => {
    const book = join(tempDir(), "june-rules.xlsx");
    expect((await runCli(["rules", "export", "--rules", JUNE, "--out", book])).code).toBe(0);
    const check = await runCli(["rules", "check", book, "--lang", "en"]);
    expect(check).toMatchObject({ code: 0, err: "" });
    expect(check.out).toContain("Rules: example-2014-06 (2014-06, this workbook's rules sheet");
    expect((await runCli(["rules", "test", book])).code).toBe(0);
    const diff = await runCli(["rules", "diff", JUNE, book, "--lang", "en"]);
    expect(diff.code).toBe(0);
    expect(diff.out).not.toMatch(/weight|added|removed/i);
  });
});

describe("gridscore rules test", () => {
  it("runs every case of the rule set and exits 0 when all pass", async () => {
    const r = await runCli(["rules", "test", MAY]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("✓ 集团组建：T=50，C=45，M=3 → r=90% → 13.50");
    expect(r.out).toContain("案例 12 个：通过 12 个，失败 0 个。");
  });

  it("exits 1 naming a case that fails, with the expected and the actual score", async () => {
    const path = mayWith((d) => ((d.cases as Array<{ expected: object }>)[1].expected = { groupBuild: 14 }));
    const r = await runCli(["rules", "test", path, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "✗ groupBuild: T=50, C=45, M=3 → r=90% → 13.50\n    groupBuild: expected 14, got 13.5",
    );
    expect(r.out).toContain("12 case(s): 11 passed, 1 failed.");
  });

  it("exits 2 when the rule set carries no cases", async () => {
    const r = await runCli(["rules", "test", mayWith((d) => delete d.cases)]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("此规则没有自带案例");
  });
});

describe("gridscore rules diff", () => {
  it("lists what changed from May to June", async () => {
    const r = await runCli(["rules", "diff", MAY, JUNE, "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const line of [
      "month: 2014-05 → 2014-06",
      "indicator removed: Work phones (workPhone, weight was 5)",
      "indicator added: Cloud business (cloudBusiness, weight 5)",
      "weight: Contracts (contracts) 5 → 8",
      "weight: Regional shortfall (regionalShortfall) 10 → 7",
      "number: Full-service penetration (fullService) rule.parts[0].rule.points: 3 → 4",
      "number: Contracts (contracts) rule.bands[1].from: 0.4 → 0.5",
      "parameter: regionalScoreMax: 10 → 7",
      "field added: cloud target (cloudTarget)",
    ])
      expect(r.out).toContain(`  ${line}\n`);
  });

  it("finds no change between a rule set and itself", async () => {
    expect((await runCli(["rules", "diff", MAY, MAY])).out).toContain("0 处变化");
  });
});

describe("gridscore score --rules", () => {
  it("scores with the given rule set and says which one", async () => {
    const dir = tempDir();
    const r = await runCli([
      "score",
      SAMPLE,
      "--out",
      join(dir, "o.xlsx"),
      "--rules",
      MAY,
      "--report",
      join(dir, "r.json"),
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("评分规则：xiaoshan-2014-05（2014-05，规则文件");
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).ruleSet).toBe("xiaoshan-2014-05");
  }, 60_000);

  it("without --rules says it used the built-in rule set", async () => {
    const r = await runCli(["score", SAMPLE, "--out", join(tempDir(), "o.xlsx"), "--lang", "en"]);
    expect(r.out).toContain("Rules: xiaoshan-2014-05 (2014-05, built in)");
  }, 60_000);

  it.each([
    [
      "a truncated JSON",
      () => {
        const path = join(tempDir(), "cut.json");
        writeFileSync(path, readFileSync(MAY, "utf8").slice(0, 3000));
        return path;
      },
      "the JSON ends early",
    ],
    [
      "a band gap",
      () =>
        mayWith((d) => {
          const bands = (d.indicators[3].rule as { bands: Array<{ from?: number }> }).bands;
          bands[1].from = 0.85;
        }),
      "indicators[3].rule.bands[1]: no band between 0.8 and 0.85",
    ],
  ])(
    "refuses %s: exit 1, nothing written, the built-in rules not used instead",
    async (_name, make, message) => {
      const out = join(tempDir(), "o.xlsx");
      const r = await runCli(["score", SAMPLE, "--out", out, "--rules", make(), "--lang", "en"]);
      expect(r.code).toBe(1);
      expect(r.err).toContain("nothing was scored (the built-in rules are not used instead)");
      expect(r.err).toContain(message);
      expect(r.out).toBe("");
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe("gridscore rules: help and usage", () => {
  it("documents the three commands and their exit codes, and the main help lists them", async () => {
    const r = await runCli(["rules", "--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const text of [
      "rules show",
      "rules export",
      "rules check <RULES>",
      "rules test <RULES>",
      "rules diff <A> <B>",
      "Exit codes",
    ])
      expect(r.out).toContain(text);
    expect((await runCli(["--help"])).out).toContain("gridscore rules diff <A> <B>");
    expect((await runCli(["score", "--help"])).out).toContain("--rules <文件>");
  });

  it.each([
    [["rules", "lint", "a.json"], "未知的 rules 子命令“lint”"],
    [["rules", "diff", "a.json"], "rules diff 的文件个数不对（收到 1 个）"],
  ])("exits 1 for %j saying %s", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
  });
});
