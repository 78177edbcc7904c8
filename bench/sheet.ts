/**
 * Bench part `sheet`: the pure sheet pipeline on a generated 10,000-manager sheet in the reference
 * layout (~40 input columns): detection, input parsing, planning (with the engine's scoring and
 * explanations timed separately). Prints `ms sheet-detect+parse/10k`, `ms sheet-plan/10k`.
 */
import { explainIndicator, explainTotal, scoreAll, xiaoshan201405 as RS } from "../src/engine";
import { buildSnapshot, type CellSpec } from "../src/sheet/build";
import { valueWriter } from "../src/sheet/cell-writer";
import { detectLayout } from "../src/sheet/detect";
import { explainAll } from "../src/sheet/explanations";
import { readManagers } from "../src/sheet/managers";
import { planWrite } from "../src/sheet/plan";
import type { SheetSnapshot } from "../src/sheet/types";
import { timeSync } from "./timing";

const MANAGERS = 10_000;
const REGIONS = ["城区", "开发区", "瓜沥", "临浦", "义蓬"];

function valueFor(type: string, i: number, k: number): CellSpec {
  const n = (i * 31 + k * 17) % 97;
  switch (type) {
    case "rate":
      return i % 7 === 0 ? `${80 + (n % 20)}%` : { value: 0.8 + n / 500, format: "0.0%" };
    case "amountList":
      return i % 3 === 0 ? "120000、30000" : 60000 + n;
    case "text":
      return i % 2 === 0 ? "大项目贡献" : null;
    case "points":
      return n % 10;
    default:
      return i % 11 === 0 ? String(5 + n) : 5 + n;
  }
}

export function generatedSheet(managers = MANAGERS): SheetSnapshot {
  const fields = RS.fields;
  const cat: CellSpec[] = ["区域", "客户经理", "客户经理类型"];
  const ind: CellSpec[] = [null, null, null];
  const fld: CellSpec[] = [null, null, null];
  fields.forEach((f, k) => {
    const indicator = RS.indicators.find((x) => x.id === f.group)!;
    cat[3 + k] = RS.categories.find((c) => c.id === indicator.category)!.headers[0];
    ind[3 + k] = indicator.headers[0];
    fld[3 + k] = f.headers[0];
  });
  const rows: CellSpec[][] = [["萧山分公司网格客户经理统一考核表"], cat, ind, fld];
  // Each region's managers together, as the branch's sheets keep them (and as formula mode needs: a
  // region spread over many separate runs of rows gives rank formulas longer than Excel accepts).
  for (let i = 0; i < managers; i++) {
    const r: CellSpec[] = [REGIONS[Math.floor((i * REGIONS.length) / managers)], `经理${i}`, "网格"];
    fields.forEach((f, k) => r.push(valueFor(f.type, i, k)));
    rows.push(r);
  }
  return buildSnapshot("考核表", rows, { merges: ["A2:A4", "B2:B4", "C2:C4"] });
}

export async function run(): Promise<void> {
  const sheet = generatedSheet();
  console.log(`sheet: ${MANAGERS} managers × ${sheet.colCount} columns`);
  let detection = detectLayout(sheet, RS);
  const parse = timeSync(5, () => {
    detection = detectLayout(sheet, RS);
    readManagers(sheet, detection, RS, "zh-CN");
  });
  const detectOnly = timeSync(5, () => void detectLayout(sheet, RS));
  const { managers } = readManagers(sheet, detection, RS, "zh-CN");
  const results = scoreAll(RS, managers);
  const explainer = {
    indicator: (m: (typeof results)[number], id: string) => explainIndicator(RS, m, id, "zh-CN"),
    total: (m: (typeof results)[number]) => explainTotal(RS, m, "zh-CN"),
  };
  const explanations = explainAll(results, explainer, "zh-CN");
  const plan = timeSync(5, () => {
    planWrite({
      snapshot: sheet,
      detection,
      ruleSet: RS,
      results,
      explanations,
      writer: valueWriter("zh-CN"),
    });
  });
  console.log(
    `detect only: ${detectOnly.medianMs.toFixed(1)} ms; detect + parse: ${parse.medianMs.toFixed(1)} ms; plan: ${plan.medianMs.toFixed(1)} ms`,
  );
  console.log(`ms sheet-detect+parse/10k: ${parse.medianMs.toFixed(1)}`);
  console.log(`ms sheet-plan/10k: ${plan.medianMs.toFixed(1)}`);
}
