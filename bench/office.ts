/**
 * Bench part `office`: the add-in's regenerate (read, score, write) through the strict Excel model of
 * Excel on the web (test/hosts/officejs/fake-excel.ts: 5 MB request and response limits) on generated
 * sheets of 28, 1,000 and 5,000 managers, in value and in formula mode, first run and re-run over the
 * scored sheet. Prints `syncs office-regenerate/5k` (the most syncs of any case) and
 * `mb office-max-request/5k` (the largest request or response of any case). Targets: every request and
 * response at most 4.5 MB; syncs at most 4 plus one per 4 MB of payload.
 */
import { formulaWriter } from "../src/formula/writer";
import { xiaoshan201405 as RS } from "../src/engine";
import { OfficeJsHost } from "../src/hosts/officejs";
import { scoreWorkbook } from "../src/sheet/pipeline";
import { EXCEL_WEB, FakeExcel } from "../test/hosts/officejs/fake-excel";
import { generatedSheet } from "./sheet";

const SIZES = [28, 1000, 5000];
const MB = 1_000_000;

interface Case {
  managers: number;
  formulas: boolean;
  run: "first" | "re-run";
  syncs: number;
  payloadMb: number;
  maxMb: number;
  allowed: number;
}

async function regenerate(excel: FakeExcel, host: OfficeJsHost, formulas: boolean) {
  const syncs = excel.syncs;
  const from = excel.payloads.length;
  await scoreWorkbook(host, {
    ruleSet: RS,
    locale: "zh-CN",
    writer: formulas ? formulaWriter(RS, "zh-CN") : undefined,
  });
  const payloads = excel.payloads.slice(from);
  const payload = payloads.reduce((sum, p) => sum + p.request + p.response, 0);
  const max = Math.max(...payloads.map((p) => Math.max(p.request, p.response)));
  return { syncs: excel.syncs - syncs, payloadMb: payload / MB, maxMb: max / MB };
}

export async function run(): Promise<void> {
  const cases: Case[] = [];
  for (const managers of SIZES) {
    for (const formulas of [false, true]) {
      const excel = new FakeExcel(EXCEL_WEB);
      excel.addSheet(generatedSheet(managers));
      const host = new OfficeJsHost({ excel: excel.api, isSetSupported: excel.isSetSupported });
      for (const run of ["first", "re-run"] as const) {
        const measured = await regenerate(excel, host, formulas);
        const allowed = 4 + Math.ceil(measured.payloadMb / 4);
        cases.push({ managers, formulas, run, ...measured, allowed });
        const mode = formulas ? "formulas" : "values";
        console.log(
          `${managers} managers, ${mode}, ${run}: ${measured.syncs} syncs (target ≤ ${allowed}), ` +
            `${measured.payloadMb.toFixed(1)} MB in all, largest request or response ${measured.maxMb.toFixed(2)} MB`,
        );
      }
    }
  }
  const over = cases.filter((c) => c.syncs > c.allowed || c.maxMb > 4.5);
  if (over.length > 0) console.log(`over target: ${over.length} case(s)`);
  console.log(`syncs office-regenerate/5k: ${Math.max(...cases.map((c) => c.syncs))}`);
  console.log(`mb office-max-request/5k: ${Math.max(...cases.map((c) => c.maxMb)).toFixed(2)}`);
}
