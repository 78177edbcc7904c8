/**
 * What one number of a rule means, in words, and its unit: "完成率达到此值：得满分" (a rate, shown as
 * percent), "每 1 个综合接入净增的得分" (points). Read from where the number sits in the rule tree: the
 * nearest rule or measure node above it and the keys from there to the number.
 */
import type { FieldDef, Measure, RuleSet } from "../engine";
import { isRateMeasure } from "../engine/measure-unit";
import type { Localized } from "../engine/types";

/** How a number of a rule is shown and read on the rules sheet. */
export type NumberUnit = "rate" | "points" | "count" | "amount" | "coefficient";

/** One step down the tree: an object (or array) and the key (or index) taken from it. */
export interface Holder {
  node: unknown;
  key: string | number;
}

export interface FieldLookup {
  type: (id: string) => FieldDef["type"] | undefined;
  name: (id: string) => Localized | undefined;
}

export function fieldLookup(rs: RuleSet): FieldLookup {
  const byId = new Map(rs.fields.map((f) => [f.id, f]));
  return { type: (id) => byId.get(id)?.type, name: (id) => byId.get(id)?.name };
}

const t = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

type Node = Record<string, unknown>;

function isNode(x: unknown): x is Node {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A measure's name: its label, else its field's name. */
export function measureName(m: unknown, fields: FieldLookup): Localized {
  if (isNode(m)) {
    if (isNode(m.label)) return m.label as unknown as Localized;
    if (m.kind === "field" && typeof m.field === "string") {
      const name = fields.name(m.field);
      if (name) return name;
    }
    if (Array.isArray(m.of)) return measureName(m.of[0], fields);
    if (isNode(m.of)) return measureName(m.of, fields);
  }
  return t("测量值", "the measure");
}

function unitOf(m: unknown, fields: FieldLookup): NumberUnit {
  if (!isNode(m) || typeof m.kind !== "string") return "count";
  return isRateMeasure(m as unknown as Measure, fields.type) ? "rate" : "count";
}

/** What a band scores, in a few words (used by the meaning of its edges). */
function bandScoreWords(band: unknown, full: unknown): Localized {
  const s = isNode(band) && isNode(band.score) ? band.score : {};
  switch (s.type) {
    case "fixed":
      return s.points === full ? t("得满分", "full points") : t("得该档固定分", "this band's fixed points");
    case "proportional":
      return t("按比例得分", "points in proportion");
    case "interpolated":
      return t("线性得分", "points on a line");
    case "perStep":
      return t("按步计分", "points per step");
    case "rule":
      return t("按该档的规则计分", "scored by this band's own rule");
    default:
      return isNode(band) && band.coefficient !== undefined
        ? t("乘以该档系数", "times this band's coefficient")
        : t("该档", "this band");
  }
}

function edgeMeaning(owner: Node, k: number, edge: "from" | "to", name: Localized): Localized {
  const bands = owner.bands as unknown[];
  const band = (bands[k] ?? {}) as Node;
  const words = bandScoreWords(band, owner.full);
  const n = k + 1;
  if (edge === "from" && band.to === undefined)
    return t(`${name["zh-CN"]}达到此值：${words["zh-CN"]}`, `${name.en} at or above this: ${words.en}`);
  if (edge === "to" && band.from === undefined)
    return t(`${name["zh-CN"]}低于此值：${words["zh-CN"]}`, `${name.en} below this: ${words.en}`);
  return edge === "from"
    ? t(
        `${name["zh-CN"]}第${n}档下限（含）：${words["zh-CN"]}`,
        `${name.en}, band ${n} from (inclusive): ${words.en}`,
      )
    : t(`${name["zh-CN"]}第${n}档上限（不含）`, `${name.en}, band ${n} up to (exclusive)`);
}

const STEP_WORDS: Record<string, Localized> = {
  anchor: t("起算点", "anchor the steps count from"),
  step: t("每一步的大小", "size of one step"),
  points: t("每一步的分值", "points per step"),
  base: t("起始分", "starting points"),
};

function describe(
  owner: Node,
  rel: Array<string | number>,
  fields: FieldLookup,
): { meaning: Localized; unit: NumberUnit } {
  const key = rel.join(".");
  const measure = owner.measure;
  const name = measureName(measure, fields);
  const measureUnit = unitOf(measure, fields);
  const points = (meaning: Localized) => ({ meaning, unit: "points" as const });
  switch (owner.kind) {
    case "banded":
    case "gate": {
      if (key === "full")
        return points(t("满分（按比例得分时的 100%）", "full points (at 100% in a proportional band)"));
      const [, k, a, b] = rel;
      if (typeof k !== "number") break;
      if (a === "from" || a === "to") return { meaning: edgeMeaning(owner, k, a, name), unit: measureUnit };
      if (a === "coefficient")
        return { meaning: t(`第${k + 1}档的系数`, `coefficient of band ${k + 1}`), unit: "coefficient" };
      if (a === "score" && typeof b === "string") {
        const type = ((owner.bands as Node[])[k].score as Node).type;
        if (b === "points" && type === "fixed")
          return points(t(`第${k + 1}档的得分`, `points in band ${k + 1}`));
        if (b === "points" && type === "interpolated")
          return points(
            t(
              `第${k + 1}档：档顶的分值（从档底的 0 分线性上升）`,
              `band ${k + 1}: points at its top (rising from 0 at its floor)`,
            ),
          );
        const w = STEP_WORDS[b];
        if (w) {
          const unit = b === "anchor" || b === "step" ? measureUnit : "points";
          return { meaning: t(`第${k + 1}档：${w["zh-CN"]}`, `band ${k + 1}: ${w.en}`), unit };
        }
      }
      break;
    }
    case "perStep": {
      const w = STEP_WORDS[key];
      if (w)
        return {
          meaning: t(`${name["zh-CN"]}：${w["zh-CN"]}`, `${name.en}: ${w.en}`),
          unit: key === "anchor" || key === "step" ? measureUnit : "points",
        };
      break;
    }
    case "perUnit":
      if (key === "points") return points(t(`每 1 个${name["zh-CN"]}的得分`, `points per one of ${name.en}`));
      if (key === "base") return points(t("起始分", "starting points"));
      break;
    case "fixed":
      return points(t("固定得分", "fixed points"));
    case "clamp":
      if (key === "min") return points(t("得分下限", "lowest score"));
      if (key === "max") return points(t("得分上限", "highest score"));
      if (key === "unless.value") {
        const c = owner.unless as Node;
        const cn = measureName(c.measure, fields);
        return {
          meaning: t(`${cn["zh-CN"]}满足此值时不设上下限`, `no bound when ${cn.en} meets this`),
          unit: unitOf(c.measure, fields),
        };
      }
      break;
    case "when":
      if (key === "if.value") {
        const c = owner.if as Node;
        const cn = measureName(c.measure, fields);
        return {
          meaning: t(`条件：${cn["zh-CN"]}与此值比较`, `condition: ${cn.en} compared with this`),
          unit: unitOf(c.measure, fields),
        };
      }
      break;
    case "manual":
      if (key === "min") return points(t("手填分值的下限", "lowest points entered by hand"));
      if (key === "max") return points(t("手填分值的上限", "highest points entered by hand"));
      break;
    case "quotient":
      if (key === "per")
        return { meaning: t("每满此数折 1 家", "one account per this amount"), unit: "amount" };
      break;
  }
  return {
    meaning: t(`${String(owner.kind)} 规则的 ${key}`, `${String(owner.kind)}: ${key}`),
    unit: "count",
  };
}

/** The meaning and unit of the number at the end of `stack` (the last holder's key names it). */
export function numberMeaning(
  stack: readonly Holder[],
  fields: FieldLookup,
): { meaning: Localized; unit: NumberUnit } {
  let o = stack.length - 1;
  while (o > 0 && !(isNode(stack[o].node) && typeof (stack[o].node as Node).kind === "string")) o--;
  const owner = stack[o].node as Node;
  return describe(
    owner,
    stack.slice(o).map((h) => h.key),
    fields,
  );
}
