/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render, screen } from "@testing-library/react";
import { explainIndicator, formatScore, xiaoshan201405 as rs } from "../../src/engine";
import { TextDecoder, TextEncoder } from "node:util";
import type { ScoreRun } from "../../src/sheet/pipeline";
import { PointsChart, pointsOf } from "../../src/taskpane/components/PointsChart";
import { stringsFor } from "../../src/taskpane/strings";
import { shortNumber } from "../../src/taskpane/components/charts";
import { manager } from "../engine/fixtures";
import { scoreAll } from "../../src/engine";

const SAMPLE = resolve(__dirname, "../../assets/samples/sample-2014-05.xlsx");
const zh = stringsFor("zh-CN");
const labels = { title: zh.pointsChart, notScored: zh.notScored, row: zh.pointsRow };

let run: ScoreRun;
beforeAll(async () => {
  // jsdom has no TextEncoder/TextDecoder; the .xlsx writer encodes with them when its module loads.
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  const { ExcelJsHost } = await import("../../src/hosts/xlsx/exceljs-host");
  const { scoreWorkbook } = await import("../../src/sheet/pipeline");
  const host = await ExcelJsHost.load(new Uint8Array(readFileSync(SAMPLE)));
  run = await scoreWorkbook(host, { ruleSet: rs, locale: "zh-CN", apply: false });
}, 30_000);

describe("the points chart agrees with the notes", () => {
  test("for every indicator of every manager of the sample: earned, lost and the note's 少得", () => {
    expect(run.results).toHaveLength(28);
    let compared = 0;
    for (const m of run.results) {
      for (const p of pointsOf(rs, m, "zh-CN")) {
        const note = explainIndicator(rs, m, p.id);
        const scored = note.split("\n")[0].match(/: (-?\d+\.\d\d) 分$/);
        const lost = note.match(/^少得 (\d+\.\d\d) 分/m);
        if (p.score === null) {
          expect(note.split("\n")[0]).toMatch(/未评分$/);
          expect(p.lost).toBe(0);
          continue;
        }
        expect(scored?.[1]).toBe(formatScore(p.score));
        expect(p.earned).toBe(Math.max(0, p.score));
        expect(lost === null ? 0 : Number(lost[1])).toBe(p.lost);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  test("a negative score: the note's 少得 figure, not the weight plus the deficit again", () => {
    const [m] = scoreAll(rs, [manager({ fourGTargetUsers: 54, fourGCardSwapped: 18 })]);
    const p = pointsOf(rs, m, "zh-CN").find((x) => x.id === "fourGCard");
    expect(p).toMatchObject({ score: -5, earned: 0, lost: 10 });
    expect(explainIndicator(rs, m, "fourGCard")).toMatch(/^少得 10\.00 分/m);
    render(<PointsChart points={[p!]} labels={labels} />);
    expect(screen.getByText("-5 / −10")).toBeTruthy();
  });

  test("an unscored indicator is drawn as unscored, not as points lost", () => {
    const m = run.results.find((r) => r.indicators.some((i) => i.score === null));
    expect(m).toBeDefined();
    const points = pointsOf(rs, m!, "zh-CN");
    const unscored = points.find((p) => p.score === null)!;
    const { container } = render(<PointsChart points={points} labels={labels} />);
    const row = container.querySelector(`[data-indicator="${unscored.id}"]`)!;
    expect(row.querySelector('[data-part="lost"]')).toBeNull();
    expect(row.querySelector('[data-part="unscored"]')).not.toBeNull();
    expect(row.textContent).toContain("未评分");
  });

  test("each row's whole label is its title (hover) and its accessible name", () => {
    const points = pointsOf(rs, run.results[1], "zh-CN");
    render(<PointsChart points={points} labels={labels} />);
    const long = points.find((p) => p.name.length > 8 && p.score !== null)!;
    const item = screen.getByRole("listitem", {
      name: zh.pointsRow(long.name, shortNumber(long.score!), shortNumber(long.lost)),
    });
    expect(item.querySelector("title")?.textContent).toContain(long.name);
    expect(screen.getByRole("list", { name: zh.pointsChart })).toBeTruthy();
  });
});
