/**
 * The bench's input: a generated workbook of N managers (10,000 by default) in the reference
 * layout, 40 columns, written to .tmp/ (not committed). `npx tsx scripts/make-bench-workbook.ts [N]`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ExcelJsHost } from "../src/hosts/xlsx/exceljs-host";
import { zlibCodec } from "../src/cli/zlib-codec";
import { referenceWorkbook, type SampleManager } from "./reference-workbook";
import { plainValues, prng } from "./sample-managers";

export const BENCH_WORKBOOK = resolve(__dirname, "../.tmp/bench-10k.xlsx");

const REGIONS = ["城区", "开发区", "瓜沥", "临浦", "义蓬"];
const SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
const GIVEN = "晓思一雨子若浩梦嘉明书天晴沐可海星语成雅北令景安清铭彤然远帆桐墨溪岚";

export function benchManagers(count: number): SampleManager[] {
  const random = prng(10_000);
  const managers: SampleManager[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[Math.floor((i * REGIONS.length) / count)];
    const name =
      SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] + String(i + 1);
    const values = plainValues(random);
    if (i % 997 === 5) values.memberAuthenticity = "八十";
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
