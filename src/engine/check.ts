/**
 * The checker: what zod cannot see. Bands that overlap or leave a gap, fields used but not declared
 * (and declared but unused), weights of scored indicators not summing to 100, unknown or ill-fitting
 * parameter references, choices without a rule for every option. Each message has a path and zh-CN/en text.
 */
import type { Localized } from "./types";
import type { RuleSet } from "./ruleset";
import { bindRuleSet } from "./bind";
import { RuleSetError } from "./errors";
import { isParamRef } from "./params";
import { findParamRefs, walkNodes } from "./walk";
import { ruleKindOf, ruleKinds, type Rule } from "./rule";
import { formatNumber } from "./decimal";
import { quantityMismatches } from "./check-quantities";

export interface RuleSetMessage {
  severity: "error" | "warning";
  code:
    | "bandOverlap"
    | "bandGap"
    | "bandEmpty"
    | "fieldUndeclared"
    | "fieldUnused"
    | "weightsNot100"
    | "parameterUnknown"
    | "parameterInvalid"
    | "parameterUnused"
    | "choiceMissing"
    | "categoryUnknown"
    | "groupUnknown"
    | "duplicateId"
    | "quantityMismatch"
    | "schema"
    | "json";
  path: string;
  message: Localized;
}

type Edge = number | undefined;

function msg(
  severity: RuleSetMessage["severity"],
  code: RuleSetMessage["code"],
  path: string,
  zh: string,
  en: string,
): RuleSetMessage {
  return { severity, code, path, message: { "zh-CN": zh, en } };
}

function show(x: Edge, low: boolean): string {
  return x === undefined ? (low ? "-∞" : "+∞") : formatNumber(x);
}

function checkBands(bands: Array<{ from: Edge; to: Edge }>, path: string, out: RuleSetMessage[]): void {
  const order = bands
    .map((b, i) => ({ ...b, i }))
    .sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  for (const b of order) {
    if (b.from !== undefined && b.to !== undefined && b.from >= b.to) {
      out.push(
        msg(
          "error",
          "bandEmpty",
          `${path}[${b.i}]`,
          `区间 [${b.from}, ${b.to}) 为空`,
          `band [${b.from}, ${b.to}) is empty`,
        ),
      );
    }
  }
  const first = order[0];
  if (first.from !== undefined) {
    out.push(
      msg(
        "error",
        "bandGap",
        `${path}[${first.i}]`,
        `低于 ${show(first.from, true)} 的值没有区间`,
        `no band below ${show(first.from, true)}`,
      ),
    );
  }
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const next = order[k];
    const prevTo = prev.to ?? Infinity;
    const nextFrom = next.from ?? -Infinity;
    if (nextFrom < prevTo) {
      out.push(
        msg(
          "error",
          "bandOverlap",
          `${path}[${next.i}]`,
          `区间 [${show(next.from, true)}, ${show(next.to, false)}) 与 [${show(prev.from, true)}, ${show(prev.to, false)}) 重叠`,
          `band [${show(next.from, true)}, ${show(next.to, false)}) overlaps [${show(prev.from, true)}, ${show(prev.to, false)})`,
        ),
      );
    } else if (nextFrom > prevTo) {
      out.push(
        msg(
          "error",
          "bandGap",
          `${path}[${next.i}]`,
          `${show(prev.to, false)} 到 ${show(next.from, true)} 之间没有区间`,
          `no band between ${show(prev.to, false)} and ${show(next.from, true)}`,
        ),
      );
    }
  }
  const last = order[order.length - 1];
  if (last.to !== undefined) {
    out.push(
      msg(
        "error",
        "bandGap",
        `${path}[${last.i}]`,
        `${show(last.to, false)} 及以上的值没有区间`,
        `no band from ${show(last.to, false)} up`,
      ),
    );
  }
}

export function checkRuleSet(rs: RuleSet): RuleSetMessage[] {
  const out: RuleSetMessage[] = [];
  const params = rs.parameters;
  const used = new Set<string>();
  const fieldIds = new Set(rs.fields.map((f) => f.id));
  const usedFields = new Set<string>();
  const value = (x: unknown): Edge => {
    if (typeof x === "number") return x;
    if (isParamRef(x) && typeof params[x.param]?.value === "number") return params[x.param].value as number;
    return undefined;
  };
  const seen = (list: Array<{ id: string }>, what: string) => {
    const ids = new Set<string>();
    list.forEach((x, i) => {
      if (ids.has(x.id))
        out.push(
          msg("error", "duplicateId", `${what}[${i}]`, `重复的 id “${x.id}”`, `duplicate id "${x.id}"`),
        );
      ids.add(x.id);
    });
  };
  seen(rs.indicators, "indicators");
  seen(rs.fields, "fields");
  seen(rs.categories, "categories");
  const categories = new Set(rs.categories.map((c) => c.id));
  const indicators = new Set(rs.indicators.map((i) => i.id));

  rs.indicators.forEach((ind, i) => {
    if (!categories.has(ind.category)) {
      out.push(
        msg(
          "error",
          "categoryUnknown",
          `indicators[${i}].category`,
          `未声明的类别 “${ind.category}”`,
          `category "${ind.category}" is not declared`,
        ),
      );
    }
    findParamRefs(ind.rule, `indicators[${i}].rule`, (ref, path) => {
      used.add(ref);
      if (params[ref] === undefined) {
        out.push(
          msg("error", "parameterUnknown", path, `引用了未定义的参数 “${ref}”`, `unknown parameter "${ref}"`),
        );
      }
    });
    walkNodes(ind.rule, `indicators[${i}].rule`, (node, path) => {
      for (const key of ["field", "reasonField"]) {
        const f = node[key];
        if (typeof f !== "string") continue;
        usedFields.add(f);
        if (!fieldIds.has(f)) {
          out.push(
            msg(
              "error",
              "fieldUndeclared",
              `${path}.${key}`,
              `使用了未声明的字段 “${f}”`,
              `field "${f}" is used but not declared`,
            ),
          );
        }
      }
      // A kind with bands says so in its own file (`bands`); a measure's kind is not a rule kind.
      const kind = Object.hasOwn(ruleKinds, node.kind as string)
        ? ruleKindOf(node as unknown as Rule)
        : undefined;
      const bands = kind
        ?.bands?.(node as unknown as Rule)
        .map((b) => ({ from: value(b.from), to: value(b.to) }));
      if (bands !== undefined && bands.length > 0) checkBands(bands, `${path}.bands`, out);
      // A kind that reads a parameter's options says which of them it cannot take (`optionProblems`).
      const options = (param: string) => params[param]?.options;
      for (const problem of kind?.optionProblems?.(node as unknown as Rule, path, options) ?? [])
        out.push({ severity: "error", code: "choiceMissing", ...problem });
    });
  });
  if (isParamRef(rs.scoreDecimals)) used.add(rs.scoreDecimals.param);
  for (const m of quantityMismatches(rs)) {
    const found = JSON.stringify(m.found);
    const expected = JSON.stringify(m.expected);
    out.push(
      msg(
        "error",
        "quantityMismatch",
        m.path,
        `“${m.label["zh-CN"]}”在本指标中出现两次，定义不一致：此处为 ${found}，${m.firstPath} 处为 ${expected}；同一个量只能有一种定义，请把两处改成相同`,
        `"${m.label.en}" appears twice in this indicator with different definitions: ${found} here, ${expected} at ${m.firstPath}; one quantity has one definition, make both the same`,
      ),
    );
  }

  rs.fields.forEach((f, i) => {
    if (!usedFields.has(f.id)) {
      out.push(
        msg(
          "warning",
          "fieldUnused",
          `fields[${i}]`,
          `字段 “${f.id}” 已声明但没有规则使用`,
          `field "${f.id}" is declared but no rule uses it`,
        ),
      );
    }
    if (!indicators.has(f.group)) {
      out.push(
        msg(
          "error",
          "groupUnknown",
          `fields[${i}].group`,
          `字段 “${f.id}” 所属的指标 “${f.group}” 不存在`,
          `field "${f.id}" sits under unknown indicator "${f.group}"`,
        ),
      );
    }
  });
  for (const [name, def] of Object.entries(params)) {
    if (def.options !== undefined && !def.options.includes(def.value)) {
      const list = def.options.map((o) => JSON.stringify(o)).join(", ");
      out.push(
        msg(
          "error",
          "parameterInvalid",
          `parameters.${name}.value`,
          `参数 “${name}” 的值 ${JSON.stringify(def.value)} 不在可选值中，应为以下之一：${list}`,
          `parameter "${name}" is ${JSON.stringify(def.value)}, expected one of: ${list}`,
        ),
      );
    }
    if (!used.has(name)) {
      out.push(
        msg(
          "warning",
          "parameterUnused",
          `parameters.${name}`,
          `参数 “${name}” 没有被引用`,
          `parameter "${name}" is not referenced`,
        ),
      );
    }
  }
  const weights = rs.indicators.filter((i) => !i.bonus).reduce((s, i) => s + i.weight, 0);
  if (Math.abs(weights - 100) > 1e-9) {
    out.push(
      msg(
        "error",
        "weightsNot100",
        "indicators",
        `计分指标(不含加扣分项)权重合计 ${formatNumber(weights)}, 应为 100`,
        `weights of the scored (non-bonus) indicators sum to ${formatNumber(weights)}, not 100`,
      ),
    );
  }
  if (!out.some((m) => m.code === "parameterUnknown")) {
    try {
      bindRuleSet(rs);
    } catch (e) {
      if (!(e instanceof RuleSetError)) throw e;
      for (const issue of e.issues) {
        const [path, ...rest] = issue.split(": ");
        // A value outside its parameter's options is already said above, in words, at `….value`.
        if (out.some((m) => m.path === `${path}.value`)) continue;
        out.push(
          msg("error", "parameterInvalid", path, `参数值在此处不适用: ${rest.join(": ")}`, rest.join(": ")),
        );
      }
    }
  }
  return out;
}
