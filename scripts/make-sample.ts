/**
 * `npm run sample`: regenerates the bundled sample workbooks, byte for byte the same on every run
 * (fixed PRNG seed, fixed dates), in the reference layout of the bundled samples derived from each month's
 * rule set (scripts/reference-layout.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { RuleSet } from "../src/engine";
import { ExcelJsHost } from "../src/hosts/xlsx/exceljs-host";
import { zlibCodec } from "../src/cli/zlib-codec";
import { shippedRuleSet } from "../src/rulesets";
import { MAY_LAYOUT, referenceLayout, type ReferenceLayout } from "./reference-layout";
import { referenceWorkbook } from "./reference-workbook";
import { sampleManagers } from "./sample-managers";

export interface Sample {
  path: string;
  ruleSet: RuleSet;
  layout: ReferenceLayout;
  seed: number;
  date: Date;
}

function ruleSet(id: string): RuleSet {
  const rs = shippedRuleSet(id);
  if (rs === undefined) throw new Error(`no shipped rule set ${id}`);
  return rs;
}

const june = ruleSet("example-2014-06");

export const SAMPLES: readonly Sample[] = [
  {
    path: resolve(__dirname, "../assets/samples/sample-2014-05.xlsx"),
    ruleSet: ruleSet("xiaoshan-2014-05"),
    layout: MAY_LAYOUT,
    seed: 20140501,
    date: new Date(Date.UTC(2014, 5, 3, 9, 0, 0)),
  },
  {
    path: resolve(__dirname, "../assets/samples/sample-2014-06.xlsx"),
    ruleSet: june,
    layout: referenceLayout(june, {
      title: june.title["zh-CN"] + "表",
      omit: ["goldSatisfaction", "productSurvey"],
    }),
    seed: 20140601,
    date: new Date(Date.UTC(2014, 6, 3, 9, 0, 0)),
  },
];

export const SAMPLE_PATH = SAMPLES[0].path;

export async function makeSample(sample: Sample = SAMPLES[0], path = sample.path): Promise<void> {
  const wb = referenceWorkbook(
    sampleManagers(sample.ruleSet, sample.layout, sample.seed),
    sample.date,
    sample.layout,
  );
  const bytes = await ExcelJsHost.fromWorkbook(wb, { codec: zlibCodec }).save(sample.date);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

if (require.main === module) {
  (async () => {
    for (const sample of SAMPLES) {
      await makeSample(sample);
      console.log(`wrote ${sample.path}`);
    }
  })().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
