/** One rule in words, as nested Markdown list items: every band, per-unit points, cap, gate and choice. */
import type { Rule } from "../engine";
import type { BookText } from "./book-text";

type BandedRule = Extract<Rule, { kind: "banded" }>;
type Band = BandedRule["bands"][number];

function item(depth: number, text: string): string {
  return `${"  ".repeat(depth)}- ${text}`;
}

function bandScore(t: BookText, rule: BandedRule, band: Band, rate: boolean, name: string): string {
  const s = band.score;
  switch (s.type) {
    case "fixed":
      return t.points(s.points);
    case "proportional":
      return t.w(`按比例 ${t.value(rule.full)} × ${name}`, `in proportion, ${t.value(rule.full)} × ${name}`);
    case "interpolated":
      return t.w(
        `从该档下限的 0 分线性升到上限的 ${t.points(s.points)}`,
        `from 0 at the band's floor rising in a line to ${t.points(s.points)} at its top`,
      );
    case "perStep":
      return steps(t, s, t.value(s.anchor, rate), rate, name);
    case "rule":
      return t.short(s.rule) ?? t.w("按下列规则", "by the rule below");
  }
}

interface Steps {
  step: number | { param: string };
  points: number | { param: string };
  direction: string | { param: string };
  stepMode: string | { param: string };
  base?: number | { param: string };
}

function steps(t: BookText, s: Steps, anchor: string, rate: boolean, name: string): string {
  const dir = typeof s.direction === "string" ? s.direction : t.param(s.direction.param);
  const mode = typeof s.stepMode === "string" ? s.stepMode : t.param(s.stepMode.param);
  const base = s.base === undefined ? "" : t.w(`${t.points(s.base)}起，`, `${t.points(s.base)}, then `);
  const above = dir === "above";
  const whole = mode === "whole";
  const how = whole ? t.w("只计整步", "whole steps only") : t.w("连续计算", "steps counted continuously");
  const param =
    typeof s.stepMode === "object"
      ? t.w(`，参数 ${s.stepMode.param}`, `, parameter ${s.stepMode.param}`)
      : "";
  return t.w(
    `${base}${name}每${above ? "高于" : "低于"} ${anchor} 一步（${t.value(s.step, rate)}）计 ${t.points(s.points)}（${how}${param}）`,
    `${base}${t.points(s.points)} per step of ${t.value(s.step, rate)} that ${name} lies ${above ? "above" : "below"} ${anchor} (${how}${param})`,
  );
}

export function ruleLines(t: BookText, r: Rule, depth: number): string[] {
  const out: string[] = [];
  const sub = (x: Rule) => (t.short(x) === null ? ruleLines(t, x, depth + 1) : []);
  switch (r.kind) {
    case "fixed":
      out.push(item(depth, t.points(r.points)));
      break;
    case "banded":
    case "gate": {
      const rate = t.isRate(r.measure);
      const name = t.name(r.measure);
      const def = t.defines(r.measure);
      if (def) out.push(item(depth, def));
      if (r.kind === "banded") {
        // As the original reads: the measure named once, then each band and what it scores.
        const parts = r.bands.map(
          (b, k) =>
            `${k === 0 ? `${name} ` : ""}${t.range(b, rate)}${t.w("：", ": ")}${bandScore(t, r, b, rate, name)}`,
        );
        out.push(item(depth, parts.join(t.w("；", "; "))));
        r.bands.forEach((b) => {
          if (b.score.type === "rule" && t.short(b.score.rule) === null) {
            out.push(
              item(
                depth + 1,
                t.w(`${name} ${t.range(b, rate)} 时：`, `when ${name} is ${t.range(b, rate)}:`),
              ),
            );
            out.push(...ruleLines(t, b.score.rule, depth + 2));
          }
        });
      } else {
        const k = (c: (typeof r.bands)[number]["coefficient"]) =>
          c === "rate"
            ? name
            : typeof c === "object" && t.param(c.param) === "rate"
              ? `${name}${t.w(`（参数 ${c.param}）`, ` (parameter ${c.param})`)}`
              : t.value(c);
        const parts = r.bands.map(
          (b, i) => `${i === 0 ? `${name} ` : ""}${t.range(b, rate)}${t.w("：", ": ")}× ${k(b.coefficient)}`,
        );
        out.push(
          item(depth, t.w(`系数：${parts.join("；")}；乘以：`, `coefficient: ${parts.join("; ")}; times:`)),
        );
        out.push(...ruleLines(t, r.rule, depth + 1));
      }
      break;
    }
    case "perUnit": {
      const neg = typeof r.negative === "string" ? r.negative : t.param(r.negative.param);
      const param =
        typeof r.negative === "object"
          ? t.w(`（参数 ${r.negative.param}）`, ` (parameter ${r.negative.param})`)
          : "";
      const name = t.inline(r.measure);
      const def = t.defines(r.measure);
      if (def) out.push(item(depth, def));
      const base = r.base === undefined ? "" : t.w(`${t.points(r.base)} 加上`, `${t.points(r.base)} plus `);
      const negText =
        neg === "zero"
          ? t.w("为负时得 0 分", "a negative count scores 0")
          : t.w("为负时照样计（扣分）", "a negative count is deducted");
      out.push(
        item(
          depth,
          t.w(
            `${base}每 1 个${name}计 ${t.points(r.points)}，不封顶；${negText}${param}`,
            `${base}${t.points(r.points)} per one of ${name}, uncapped; ${negText}${param}`,
          ),
        ),
      );
      break;
    }
    case "perStep": {
      const rate = t.isRate(r.measure);
      const name = t.inline(r.measure);
      const anchor =
        typeof r.anchor === "object" && "kind" in r.anchor
          ? t.inline(r.anchor)
          : t.value(r.anchor as number, rate);
      out.push(item(depth, steps(t, r, anchor, rate, name)));
      break;
    }
    case "sum":
      out.push(item(depth, t.w("以下各部分相加：", "the sum of:")));
      for (const part of r.parts) {
        const short = t.short(part.rule);
        out.push(
          item(depth + 1, `${part.label[t.locale]}${short === null ? "" : t.w(`：${short}`, `: ${short}`)}`),
        );
        if (short === null) out.push(...ruleLines(t, part.rule, depth + 2));
      }
      break;
    case "clamp": {
      const lo = r.min === undefined ? "" : t.w(`不低于 ${t.points(r.min)}`, `at least ${t.points(r.min)}`);
      const hi = r.max === undefined ? "" : t.w(`不高于 ${t.points(r.max)}`, `at most ${t.points(r.max)}`);
      const bounds = [lo, hi].filter((x) => x !== "").join(t.w("、", ", "));
      const unless = r.unless
        ? t.w(
            `；${t.name(r.unless.measure)} ${t.value(r.unless.op)} ${t.value(r.unless.value, t.isRate(r.unless.measure))} 时不限`,
            `; no bound when ${t.name(r.unless.measure)} ${t.value(r.unless.op)} ${t.value(r.unless.value, t.isRate(r.unless.measure))}`,
          )
        : "";
      out.push(
        item(depth, t.w(`得分${bounds}${unless}。得分为：`, `the score is ${bounds}${unless}. The score:`)),
      );
      out.push(...sub(r.rule), ...(t.short(r.rule) === null ? [] : [item(depth + 1, t.short(r.rule)!)]));
      break;
    }
    case "when": {
      const cond = `${t.name(r.if.measure)} ${t.value(r.if.op)} ${t.value(r.if.value, t.isRate(r.if.measure))}`;
      const then = t.short(r.then);
      const other = t.short(r.else);
      out.push(
        item(
          depth,
          t.w(
            `若 ${cond}：${then ?? "按下列规则"}；否则：${other ?? "按下列规则"}`,
            `if ${cond}: ${then ?? "the rule below"}; otherwise: ${other ?? "the rule below"}`,
          ),
        ),
      );
      out.push(...sub(r.then), ...sub(r.else));
      break;
    }
    case "manual": {
      const blank = typeof r.blank === "string" ? r.blank : t.param(r.blank.param);
      const words: Record<string, string> = {
        pending: t.w("待核定（计 0 分，总分暂定）", "pending (counts 0, the total is provisional)"),
        zero: t.w("计 0 分", "counts 0"),
        problem: t.w("视为输入问题", "an input problem"),
      };
      const param =
        typeof r.blank === "object" ? t.w(`（参数 ${r.blank.param}）`, ` (parameter ${r.blank.param})`) : "";
      const reason = r.reasonField
        ? t.w(
            `；非 0 时应在“${t.field(r.reasonField)}”写明原因`,
            `; points other than 0 need a reason in "${t.field(r.reasonField)}"`,
          )
        : "";
      out.push(
        item(
          depth,
          t.w(
            `手填“${t.field(r.field)}”，范围 ${t.value(r.min)} ~ ${t.value(r.max)} 分；空白时${words[String(blank)]}${param}${reason}`,
            `entered by hand in "${t.field(r.field)}", from ${t.value(r.min)} to ${t.value(r.max)} points; blank: ${words[String(blank)]}${param}${reason}`,
          ),
        ),
      );
      break;
    }
    case "choose": {
      const by = typeof r.by === "string" ? r.by : String(t.param(r.by.param));
      const param = typeof r.by === "object" ? r.by.param : "";
      out.push(item(depth, t.w(`按参数 ${param} 的取值“${by}”：`, `as parameter ${param} reads "${by}":`)));
      const chosen = r.options[by];
      if (chosen)
        out.push(
          ...(t.short(chosen) === null
            ? ruleLines(t, chosen, depth + 1)
            : [item(depth + 1, t.short(chosen)!)]),
        );
      const others = Object.keys(r.options).filter((o) => o !== by);
      if (others.length > 0)
        out.push(
          item(depth + 1, t.w(`（其他可选：${others.join("、")}）`, `(other choices: ${others.join(", ")})`)),
        );
      break;
    }
  }
  return out;
}
