/**
 * A real spreadsheet application opens the scored workbook: LibreOffice (headless, its own profile
 * in a temp dir) converts it to CSV (tab-separated: the values it shows) and to ODS (whose content.xml holds every
 * note it read as an <office:annotation>).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/sheet/report";
import { unzipSync } from "fflate";
import { runCli, SAMPLE, tempDir } from "./run-cli";

jest.setTimeout(180_000);

function soffice(dir: string, format: string, file: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      dir,
      file,
    ],
    { stdio: "pipe", timeout: 150_000 },
  );
}

describe("LibreOffice opening a scored workbook", () => {
  const dir = tempDir();
  const scored = join(dir, "scored.xlsx");
  let csv: string[][];
  let annotations: string[];
  let report: Report;

  beforeAll(async () => {
    await runCli(["score", SAMPLE, "--out", scored, "--report", join(dir, "report.json")]);
    report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
    soffice(dir, "csv:Text - txt - csv (StarCalc):9,34,76", scored); // tab-separated, UTF-8
    soffice(dir, "ods", scored);
    csv = readFileSync(join(dir, "scored.csv"), "utf8")
      .split("\n")
      .map((line) => line.split("\t"));
    const ods = unzipSync(readFileSync(join(dir, "scored.ods")), { filter: (f) => f.name === "content.xml" });
    const xml = new TextDecoder().decode(ods["content.xml"]);
    annotations = [...xml.matchAll(/<office:annotation[ >][\s\S]*?<\/office:annotation>/g)].map((m) => m[0]);
  });

  it("shows each manager's total and ranks in our columns", () => {
    for (const m of report.managers) {
      const row = csv[m.row - 1];
      expect(row).toContain(m.name);
      expect(row).toContain(m.total.toFixed(2));
    }
  });

  it("shows the rule book's worked example score in its cell", () => {
    const m = report.managers.find((x) => x.name === "陈思远")!;
    const cell = m.indicators.unifiedPay.cell;
    const col = [...cell.replace(/\d+/g, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(csv[m.row - 1][col]).toBe("35.00");
  });

  it("reads every note we wrote", () => {
    expect(annotations).toHaveLength(report.managers.length * 16);
  });

  it("shows the explanation text in the notes", () => {
    const text = annotations.join("\n");
    expect(text).toContain("【GridScore】");
    expect(text).toContain("等效家数 E = 2 + ⌊120000 ÷ 50000⌋");
    expect(text).toContain("P10");
  });
});
