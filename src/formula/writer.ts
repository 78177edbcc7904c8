/**
 * Formula mode's CellWriter: every score cell a formula over the manager's input cells, cached with
 * the engine's value; totals and ranks formulas too. Where an input holds text that the engine reads
 * but a formula cannot, the cell keeps the engine's value and its note says which cell to retype.
 */
import type { FieldInput, FieldType, Locale, Localized, ManagerResult } from "../engine/types";
import type { RuleSet } from "../engine/ruleset";
import { bindRuleSet } from "../engine/bind";
import { cellAddress } from "../sheet/address";
import {
  NOT_SCORED,
  type CellWriter,
  type IndicatorCellContext,
  type ManagerCellContext,
} from "../sheet/cell-writer";
import type { Detection } from "../sheet/detection";
import { SheetError } from "../sheet/errors";
import type { CellValue, Rect, SheetSnapshot, WriteValue } from "../sheet/types";
import { compileRuleSet, indicatorFormula, type CompiledRuleSet } from "./compile";
import { liveNote, staticNote, type UnreadableCell } from "./notes";
import { rankFormula, scoredCountFormula, totalFormula, type RankColumns } from "./ranks";
import { formulaReadsAlike } from "./readable";
import { MAX_FORMULA_CHARS, MAX_FUNCTION_NESTING } from "./text";

/** The context the sheet pipeline passes, with the snapshot when it has one (merged input cells). */
type WithSnapshot<C> = C & { snapshot?: SheetSnapshot };

export interface FormulaWriter extends CellWriter {
  indicatorNote(ctx: WithSnapshot<IndicatorCellContext>, explanation: string): string;
  totalNote(ctx: ManagerCellContext, explanation: string): string;
}

interface RankRows {
  all: number[];
  byRegion: Map<string, number[]>;
}

function rankRows(all: readonly ManagerResult[]): RankRows {
  const rows = all.map((m) => m.input.row - 1).sort((a, b) => a - b);
  const byRegion = new Map<string, number[]>();
  for (const m of all) {
    const list = byRegion.get(m.input.region);
    if (list) list.push(m.input.row - 1);
    else byRegion.set(m.input.region, [m.input.row - 1]);
  }
  for (const list of byRegion.values()) list.sort((a, b) => a - b);
  return { all: rows, byRegion };
}

/** What to do when a rank formula is too long: it counts the managers run of rows by run. */
const RUNS_HINT: Record<"region" | "all", Localized> = {
  region: {
    "zh-CN":
      "排名公式按行段逐段统计同一区域的经理，而本表同一区域的经理分散在许多不相邻的行段中。请按区域排序，使同一区域的经理相邻后再评分，或",
    en: "A rank formula counts a region's managers run of rows by run, and on this sheet the managers of one region are in many separate runs. Sort the sheet by region so that each region's managers are together and score again, or",
  },
  all: {
    "zh-CN":
      "排名公式按行段逐段统计经理，而本表的经理行被其他行隔成许多段。请把经理行之间的其他行（小计、空行等）移到经理行的上方或下方后再评分，或",
    en: "A rank formula counts the managers run of rows by run, and on this sheet other rows (subtotals, blank rows) cut the managers' rows into many runs. Move those rows above or below the managers' rows and score again, or",
  },
};

/**
 * The cell's formula with its cached value, or a SheetError when Excel would refuse the formula as too
 * long (`hint`: what to do besides writing values, worked out only then). Thrown while the write is
 * planned, so nothing is written. Only a rank formula grows with the sheet, with the runs of rows it
 * counts over. (An indicator's formula is as deep as its rule, the same for every manager: its nesting
 * is measured once, when it is compiled; see `tooDeep`.)
 */
function fitting(
  formula: string,
  cached: number | string | null,
  ctx: ManagerCellContext,
  hint: () => Localized | null = () => null,
): WriteValue {
  const length = formula.length + 1;
  if (length <= MAX_FORMULA_CHARS) return { formula, cached };
  const [chars, max] = [length, MAX_FORMULA_CHARS].map((n) => n.toLocaleString("en"));
  const found = {
    "zh-CN": `的公式有 ${chars} 个字符，超过 Excel 允许的 ${max} 个`,
    en: `has ${chars} characters, more than the ${max} Excel allows`,
  };
  throw refused(ctx, found, hint());
}

/**
 * Why Excel would refuse the formula of the context's cell, and what to do: the hint, if any, then
 * writing values instead. Nothing is written.
 */
function refused(ctx: ManagerCellContext, found: Localized, hint: Localized | null): SheetError {
  const cell = cellAddress(ctx.row, ctx.col);
  return new SheetError("formulaOverLimit", {
    "zh-CN":
      `无法写入公式：${cell} ${found["zh-CN"]}，Excel 会拒绝或删去它。` +
      (hint?.["zh-CN"] ?? "请") +
      "改为写入数值（命令行不加 --formulas；任务窗格关闭“写入公式”）。没有写入任何内容。",
    en:
      `Cannot write formulas: the formula of ${cell} ${found.en}, so Excel would refuse or remove it. ` +
      (hint ? `${hint.en} write` : "Write") +
      ' values instead (without --formulas on the command line; with "Write formulas" off in the task pane). Nothing was written.',
  });
}

/** The indicator's formula nests `nesting` functions deep, deeper than Excel allows: a rule of many bands. */
function tooDeep(ctx: ManagerCellContext, nesting: number, indicator: Localized): SheetError {
  return refused(
    ctx,
    {
      "zh-CN": `的公式嵌套了 ${nesting} 层函数，超过 Excel 允许的 ${MAX_FUNCTION_NESTING} 层`,
      en: `nests its functions ${nesting} deep, more than the ${MAX_FUNCTION_NESTING} levels Excel allows`,
    },
    {
      "zh-CN": `这来自指标“${indicator["zh-CN"]}”的规则分档或分支过多：可在规则中合并一些，或`,
      en: `This comes from the many bands or branches of the rule of "${indicator.en}": merge some of them in the rules, or`,
    },
  );
}

/** Whether a region's rows follow one another among all the managers' rows (sorted). */
function together(all: readonly number[], region: readonly number[]): boolean {
  const start = all.indexOf(region[0]);
  return region.every((row, k) => all[start + k] === row);
}

/** The top-left cell of the merged area holding (row, col), or the cell itself. */
function masterCell(merges: readonly Rect[], row: number, col: number): { row: number; col: number } {
  for (const m of merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)
      return { row: m.top, col: m.left };
  }
  return { row, col };
}

/** Without a snapshot: the parsed value stands for the cell (a number read from text cannot be told apart). */
function rawFromInput(input: FieldInput): CellValue {
  if (typeof input.value !== "number") return input.value === null && input.text === "" ? null : input.text;
  return input.readAsPercentPoints ? input.value * 100 : input.value;
}

export function formulaWriter(rs: RuleSet, locale: Locale): FormulaWriter {
  const notScored = NOT_SCORED[locale];
  const decimals = bindRuleSet(rs).decimals;
  const types = new Map<string, FieldType>(rs.fields.map((f) => [f.id, f.type]));
  const compiledFor = new WeakMap<Detection, CompiledRuleSet>();
  const rowsFor = new WeakMap<readonly ManagerResult[], RankRows>();

  const compiled = (d: Detection): CompiledRuleSet => {
    let c = compiledFor.get(d);
    if (!c) compiledFor.set(d, (c = compileRuleSet(rs, (id) => d.fields[id] !== undefined, notScored)));
    return c;
  };
  const rows = (all: readonly ManagerResult[]): RankRows => {
    let r = rowsFor.get(all);
    if (!r) rowsFor.set(all, (r = rankRows(all)));
    return r;
  };
  const columns = (ctx: ManagerCellContext): RankColumns => {
    const scoredCountCol = ctx.layout.scoredCountCol;
    if (scoredCountCol === undefined)
      throw new RangeError("formula mode: the layout has no 评分项数 column (scoreLayout withScoredCount)");
    return {
      scoreCols: rs.indicators.map((i) => ctx.layout.indicatorCols[i.id]).filter((c) => c !== undefined),
      totalCol: ctx.layout.totalCol,
      scoredCountCol,
    };
  };
  const indicatorName = (id: string): Localized =>
    rs.indicators.find((i) => i.id === id)?.name ?? { "zh-CN": id, en: id };
  const cellOf = (ctx: WithSnapshot<ManagerCellContext>, id: string): { row: number; col: number } => {
    const col = ctx.detection.fields[id].col;
    return ctx.snapshot ? masterCell(ctx.snapshot.merges, ctx.row, col) : { row: ctx.row, col };
  };
  const unreadable = (ctx: WithSnapshot<IndicatorCellContext>): UnreadableCell[] => {
    const out: UnreadableCell[] = [];
    for (const id of compiled(ctx.detection).byId.get(ctx.indicator.id)?.fields ?? []) {
      const input = ctx.result.input.fields[id];
      if (input === undefined) continue;
      const at = cellOf(ctx, id);
      const raw: CellValue = ctx.snapshot
        ? (ctx.snapshot.values[at.row]?.[at.col] ?? null)
        : rawFromInput(input);
      if (!formulaReadsAlike(types.get(id) ?? "points", raw, input))
        out.push({ cell: input.cell, text: input.text });
    }
    return out;
  };

  return {
    indicator(ctx: WithSnapshot<IndicatorCellContext>): WriteValue {
      const value = ctx.indicator.score ?? notScored;
      const c = compiled(ctx.detection).byId.get(ctx.indicator.id);
      if (c === undefined || unreadable(ctx).length > 0) return value;
      if (c.nesting > MAX_FUNCTION_NESTING) throw tooDeep(ctx, c.nesting, indicatorName(ctx.indicator.id));
      const formula = indicatorFormula(c, (id) => {
        const at = cellOf(ctx, id);
        return cellAddress(at.row, at.col);
      });
      return fitting(formula, value, ctx);
    },
    total: (ctx) => fitting(totalFormula(columns(ctx), ctx.row, decimals), ctx.result.total, ctx),
    rank: (ctx) =>
      fitting(
        rankFormula(columns(ctx), ctx.row, rows(ctx.all).all),
        ctx.result.rank,
        ctx,
        () => RUNS_HINT.all,
      ),
    rankInRegion: (ctx) => {
      const { all, byRegion } = rows(ctx.all);
      const region = byRegion.get(ctx.result.input.region) ?? [ctx.row];
      // Scattered among other regions' managers, or only cut by other rows (subtotals, blanks)?
      const hint = () => (together(all, region) ? RUNS_HINT.all : RUNS_HINT.region);
      return fitting(rankFormula(columns(ctx), ctx.row, region), ctx.result.rankInRegion, ctx, hint);
    },
    scoredCount: (ctx) =>
      fitting(
        scoredCountFormula(columns(ctx), ctx.row),
        ctx.result.indicators.filter((i) => i.score !== null).length,
        ctx,
      ),
    indicatorNote(ctx, explanation) {
      const cells = unreadable(ctx);
      return cells.length > 0 ? staticNote(explanation, cells, locale) : liveNote(explanation, locale);
    },
    totalNote: (_ctx, explanation) => liveNote(explanation, locale),
  };
}
