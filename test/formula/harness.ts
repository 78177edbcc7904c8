/**
 * The differential harness: score a workbook in formula mode, spoil every cached formula value, let
 * LibreOffice recalculate, and list every score, total and rank where LibreOffice and the engine differ.
 */
import { formulaWriter } from "../../src/formula/writer";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { xiaoshan201405, type RuleSet } from "../../src/engine";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { ExcelJsHost } from "../../src/hosts/xlsx/exceljs-host";
import { cellAddress } from "../../src/sheet/address";
import { scoreWorkbook, type ScoreRun } from "../../src/sheet/pipeline";
import type { LibreOffice } from "../../src/formula/libreoffice";

/** A cached value no score, total or rank can have: seeing it back means LibreOffice did not recalculate. */
export const SPOILED = -987.65;

export interface FormulaRun {
  run: ScoreRun;
  host: ExcelJsHost;
}

/** Without notes LibreOffice loads a workbook many times faster (it imports each note slowly). */
export interface FormulaModeOptions {
  rs?: RuleSet;
  notes?: boolean;
}

export async function scoreInFormulaMode(
  bytes: Uint8Array,
  { rs = xiaoshan201405, notes = true }: FormulaModeOptions = {},
): Promise<FormulaRun> {
  const host = await ExcelJsHost.load(bytes, { codec: zlibCodec });
  const run = await scoreWorkbook(host, {
    ruleSet: rs,
    locale: "zh-CN",
    writer: formulaWriter(rs, "zh-CN"),
    notes,
  });
  return { run, host };
}

/** Every formula cell's cached value replaced by SPOILED; the workbook as bytes. */
export async function spoiledCopy(host: ExcelJsHost, sheet: string): Promise<Uint8Array> {
  const ws = host.workbook.getWorksheet(sheet)!;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula, result: SPOILED } as ExcelJS.CellValue;
    }),
  );
  return host.save(new Date(Date.UTC(2014, 5, 3)));
}

export type Values = (address: string) => unknown;

/**
 * Formula results as LibreOffice saved them, by address. ExcelJS drops a formula's result when it is
 * 0 or FALSE, so numeric results are read from the sheet's XML (`<c r=".."><f>..</f><v>..</v></c>`).
 */
function numericFormulaResults(bytes: Uint8Array, sheetIndex: number): Map<string, number> {
  const name = `xl/worksheets/sheet${sheetIndex}.xml`;
  const xml = new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === name })[name]);
  const out = new Map<string, number>();
  for (const m of xml.matchAll(
    /<c r="([A-Z]+\d+)"[^>]*?(?: t="n")?[^>]*><f[^>]*>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g,
  )) {
    if (!m[0].includes(' t="s') && !m[0].includes(' t="e"') && !m[0].includes(' t="b"'))
      out.set(m[1], Number(m[2]));
  }
  return out;
}

export async function readValues(bytes: Uint8Array, sheet: string): Promise<Values> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const numbers = numericFormulaResults(bytes, wb.worksheets.indexOf(ws) + 1);
  return (address) => {
    const v = ws.getCell(address).value;
    if (v !== null && typeof v === "object" && "formula" in v)
      return numbers.get(address) ?? v.result ?? null;
    return v;
  };
}

export interface Mismatch {
  cell: string;
  what: string;
  engine: unknown;
  libreoffice: unknown;
}

/** Engine vs LibreOffice, cell by cell: every indicator score, total, region rank, rank and 评分项数. */
export function mismatches(run: ScoreRun, lo: Values, notScored = "未评分"): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (cell: string, what: string, engine: unknown, seen: unknown): void => {
    if (seen !== engine) out.push({ cell, what, engine, libreoffice: seen });
  };
  for (const m of run.report.managers) {
    for (const [id, ind] of Object.entries(m.indicators))
      check(ind.cell, `${m.name} ${id}`, ind.score ?? notScored, lo(ind.cell));
    check(m.totalCell, `${m.name} total`, m.total, lo(m.totalCell));
    const row = m.row - 1;
    const regionCell = cellAddress(row, run.layout.rankInRegionCol);
    check(regionCell, `${m.name} rankInRegion`, m.rankInRegion, lo(regionCell));
    const rankCell = cellAddress(row, run.layout.rankCol);
    check(rankCell, `${m.name} rank`, m.rank, lo(rankCell));
    if (run.layout.scoredCountCol !== undefined) {
      const countCell = cellAddress(row, run.layout.scoredCountCol);
      const scored = Object.values(m.indicators).filter((i) => i.score !== null).length;
      check(countCell, `${m.name} scoredCount`, scored, lo(countCell));
    }
  }
  return out;
}

/** Score in formula mode, spoil the cache, recalculate in LibreOffice, compare. */
export async function differential(
  lo: LibreOffice,
  bytes: Uint8Array,
  options: FormulaModeOptions = {},
): Promise<{ run: ScoreRun; found: Mismatch[]; values: Values }> {
  const { run, host } = await scoreInFormulaMode(bytes, options);
  const recalculated = await lo.recalculate(await spoiledCopy(host, run.sheet));
  const values = await readValues(recalculated, run.sheet);
  return { run, found: mismatches(run, values), values };
}
