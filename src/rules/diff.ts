/**
 * What changed from one month's rule set to another: the month, indicators added or removed, weights,
 * every number in a rule (thresholds, points, caps) and any other change of a rule's shape, parameters,
 * and fields. Pure: `gridscore rules diff` prints it; the pane can show it.
 */
import type { Locale, Localized } from "../engine/types";
import type { RuleSet } from "../engine/ruleset";
import { formatNumber } from "../engine/decimal";

type Leaf = string | number | boolean | null;

export type RuleChange =
  | { kind: "month"; from: string; to: string }
  | { kind: "indicatorAdded" | "indicatorRemoved"; indicator: string; name: Localized; weight: number }
  | { kind: "weight"; indicator: string; name: Localized; from: number; to: number }
  | { kind: "number"; indicator: string; name: Localized; path: string; from?: number; to?: number }
  | { kind: "rule"; indicator: string; name: Localized; path: string; from?: Leaf; to?: Leaf }
  | { kind: "parameter"; parameter: string; from?: Leaf; to?: Leaf }
  | { kind: "fieldAdded" | "fieldRemoved"; field: string; name: Localized };

/** Every leaf value of a rule tree by path; display names (labels) are words, not rules, and left out. */
function leaves(node: unknown, path: string, out: Map<string, Leaf>): Map<string, Leaf> {
  if (Array.isArray(node)) node.forEach((x, i) => leaves(x, `${path}[${i}]`, out));
  else if (typeof node === "object" && node !== null) {
    for (const [k, v] of Object.entries(node))
      if (k !== "label") leaves(v, path === "" ? k : `${path}.${k}`, out);
  } else out.set(path, node as Leaf);
  return out;
}

function ruleChanges(a: RuleSet["indicators"][number], b: RuleSet["indicators"][number]): RuleChange[] {
  const before = leaves(a.rule, "rule", new Map());
  const after = leaves(b.rule, "rule", new Map());
  const out: RuleChange[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(path);
    const to = after.get(path);
    if (from === to) continue;
    const numeric =
      (from === undefined || typeof from === "number") && (to === undefined || typeof to === "number");
    const at = { indicator: b.id, name: b.name, path };
    if (numeric)
      out.push({ kind: "number", ...at, from: from as number | undefined, to: to as number | undefined });
    else out.push({ kind: "rule", ...at, from, to });
  }
  return out;
}

/** The changes from rule set `a` to rule set `b`, in the order a reader wants them. */
export function diffRuleSets(a: RuleSet, b: RuleSet): RuleChange[] {
  const out: RuleChange[] = [];
  if (a.month !== b.month) out.push({ kind: "month", from: a.month, to: b.month });
  const aInd = new Map(a.indicators.map((i) => [i.id, i]));
  const bInd = new Map(b.indicators.map((i) => [i.id, i]));
  for (const i of a.indicators)
    if (!bInd.has(i.id))
      out.push({ kind: "indicatorRemoved", indicator: i.id, name: i.name, weight: i.weight });
  for (const i of b.indicators)
    if (!aInd.has(i.id))
      out.push({ kind: "indicatorAdded", indicator: i.id, name: i.name, weight: i.weight });
  for (const i of b.indicators) {
    const before = aInd.get(i.id);
    if (before === undefined) continue;
    if (before.weight !== i.weight)
      out.push({ kind: "weight", indicator: i.id, name: i.name, from: before.weight, to: i.weight });
  }
  for (const i of b.indicators) {
    const before = aInd.get(i.id);
    if (before !== undefined) out.push(...ruleChanges(before, i));
  }
  for (const name of new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])) {
    const from = a.parameters[name]?.value;
    const to = b.parameters[name]?.value;
    if (from !== to) out.push({ kind: "parameter", parameter: name, from, to });
  }
  const aFields = new Set(a.fields.map((f) => f.id));
  const bFields = new Set(b.fields.map((f) => f.id));
  for (const f of a.fields)
    if (!bFields.has(f.id)) out.push({ kind: "fieldRemoved", field: f.id, name: f.name });
  for (const f of b.fields)
    if (!aFields.has(f.id)) out.push({ kind: "fieldAdded", field: f.id, name: f.name });
  return out;
}

function leafText(v: Leaf | undefined, locale: Locale): string {
  if (v === undefined) return locale === "zh-CN" ? "（无）" : "(none)";
  return typeof v === "number" ? formatNumber(v) : JSON.stringify(v);
}

/** One change as a line of text in the chosen language. */
export function changeText(c: RuleChange, locale: Locale): string {
  const zh = locale === "zh-CN";
  const arrow = (from: Leaf | undefined, to: Leaf | undefined) =>
    `${leafText(from, locale)} → ${leafText(to, locale)}`;
  switch (c.kind) {
    case "month":
      return zh ? `月份：${c.from} → ${c.to}` : `month: ${c.from} → ${c.to}`;
    case "indicatorAdded":
      return zh
        ? `新增指标：${c.name[locale]}（${c.indicator}，权重 ${formatNumber(c.weight)}）`
        : `indicator added: ${c.name[locale]} (${c.indicator}, weight ${formatNumber(c.weight)})`;
    case "indicatorRemoved":
      return zh
        ? `删除指标：${c.name[locale]}（${c.indicator}，原权重 ${formatNumber(c.weight)}）`
        : `indicator removed: ${c.name[locale]} (${c.indicator}, weight was ${formatNumber(c.weight)})`;
    case "weight":
      return zh
        ? `权重：${c.name[locale]}（${c.indicator}）${arrow(c.from, c.to)}`
        : `weight: ${c.name[locale]} (${c.indicator}) ${arrow(c.from, c.to)}`;
    case "number":
      return zh
        ? `数值：${c.name[locale]}（${c.indicator}）${c.path}：${arrow(c.from, c.to)}`
        : `number: ${c.name[locale]} (${c.indicator}) ${c.path}: ${arrow(c.from, c.to)}`;
    case "rule":
      return zh
        ? `规则：${c.name[locale]}（${c.indicator}）${c.path}：${arrow(c.from, c.to)}`
        : `rule: ${c.name[locale]} (${c.indicator}) ${c.path}: ${arrow(c.from, c.to)}`;
    case "parameter":
      return zh
        ? `参数：${c.parameter}：${arrow(c.from, c.to)}`
        : `parameter: ${c.parameter}: ${arrow(c.from, c.to)}`;
    case "fieldAdded":
      return zh ? `新增字段：${c.name[locale]}（${c.field}）` : `field added: ${c.name[locale]} (${c.field})`;
    case "fieldRemoved":
      return zh
        ? `删除字段：${c.name[locale]}（${c.field}）`
        : `field removed: ${c.name[locale]} (${c.field})`;
  }
}
