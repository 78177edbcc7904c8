/**
 * The bench's input: a generated workbook of N managers (10,000 by default) in the reference
 * layout, 40 columns, written to .tmp/ (not committed). `npx tsx scripts/make-bench-workbook.ts [N]`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ExcelJsHost } from "../src/hosts/xlsx/exceljs-host";
import { zlibCodec } from "../src/cli/zlib-codec";
import { xiaoshan201405 } from "../src/rulesets";
import { drawFieldValues, drawPlan } from "../bench/draws";
import { Random } from "../bench/random";
import { MAY_LAYOUT } from "./reference-layout";
import { referenceWorkbook, type SampleCell, type SampleManager } from "./reference-workbook";

export const BENCH_WORKBOOK = resolve(__dirname, "../.tmp/bench-10k.xlsx");

const REGIONS = ["城区", "开发区", "瓜沥", "临浦", "义蓬"];
const SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
const GIVEN = "晓思一雨子若浩梦嘉明书天晴沐可海星语成雅北令景安清铭彤然远帆桐墨溪岚";

/** The first rate column of the sheet: one cell in 997 holds 八十 there (an unusable rate). */
const BAD_RATE = MAY_LAYOUT.fields.find((f) => f.kind === "rate")?.id;

/** The managers' values, drawn from the rule set's data (bench/draws.ts); lists as staff type them. */
export function benchManagers(count: number): SampleManager[] {
  const random = new Random(10_000);
  const plan = drawPlan(xiaoshan201405);
  const managers: SampleManager[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[Math.floor((i * REGIONS.length) / count)];
    const name =
      SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] + String(i + 1);
    const values: Record<string, SampleCell> = {};
    for (const [field, v] of Object.entries(drawFieldValues(random, plan)))
      values[field] = Array.isArray(v) ? v.join(",") : v;
    if (i % 997 === 5 && BAD_RATE !== undefined) values[BAD_RATE] = "八十";
    managers.push({ region, name, values });
  }
  return managers;
}

export async function makeBenchWorkbook(count = 10_000, path = BENCH_WORKBOOK): Promise<string> {
  const wb = referenceWorkbook(benchManagers(count), new Date(Date.UTC(2014, 5, 3)));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec }).save());
  return path;
}

if (require.main === module) {
  makeBenchWorkbook(Number(process.argv[2] ?? 10_000)).then(
    (path) => console.log(`wrote ${path}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
