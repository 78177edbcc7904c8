/**
 * `npm run sample`: regenerates the bundled sample workbook, byte for byte the same on every run
 * (fixed PRNG seed, fixed dates), in the reference layout of TEMPLATE.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ExcelJsHost } from "../src/hosts/xlsx/exceljs-host";
import { zlibCodec } from "../src/cli/zlib-codec";
import { referenceWorkbook } from "./reference-workbook";
import { sampleManagers } from "./sample-managers";

export const SAMPLE_PATH = resolve(__dirname, "../assets/samples/sample-2014-05.xlsx");
const SAMPLE_DATE = new Date(Date.UTC(2014, 5, 3, 9, 0, 0));

export async function makeSample(path = SAMPLE_PATH): Promise<void> {
  const wb = referenceWorkbook(sampleManagers(), SAMPLE_DATE);
  const bytes = await ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec }).save(SAMPLE_DATE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

if (require.main === module) {
  makeSample().then(
    () => console.log(`wrote ${SAMPLE_PATH}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
