/**
 * The rule book: a rule set in plain Chinese or English (Markdown), rendered from its data only —
 * weights and their sum, each indicator's inputs and rule, the parameters with the reading chosen
 * and their descriptions, the fields with their header synonyms. `docs/rules/` holds the shipped
 * rule set's book (`npm run rulebook` writes it; a test checks it is current).
 */
import type { RuleSet } from "../engine";
import type { Locale } from "../engine/types";
import { BookText } from "./book-text";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function ruleBook(rs: RuleSet, locale: Locale): string {
  const t = new BookText(rs, locale);
  const lines: string[] = [];
  const scored = rs.indicators.filter((i) => !i.bonus).reduce((s, i) => s + i.weight, 0);
  lines.push(`# ${rs.title[locale]}`, "");
  lines.push(
    t.w(
      `规则集 \`${rs.id}\`，月份 ${rs.month}。本文由规则数据生成（\`gridscore rules show\`），请勿手工修改。`,
      `Rule set \`${rs.id}\`, month ${rs.month}. Generated from the rule set's data (\`gridscore rules show\`); do not edit by hand.`,
    ),
    "",
  );
  lines.push(t.w("## 指标与权重", "## Indicators and weights"), "");
  lines.push(
    t.w("| 指标 | 类别 | 权重 | 加扣分项 |", "| indicator | category | weight | bonus item |"),
    "| --- | --- | ---: | --- |",
  );
  const category = new Map(rs.categories.map((c) => [c.id, c.name[locale]]));
  for (const ind of rs.indicators) {
    const bonus = ind.bonus ? t.w("是（不计入 100）", "yes (outside the 100)") : "";
    lines.push(
      `| ${cell(ind.name[locale])} | ${cell(category.get(ind.category) ?? ind.category)} | ${ind.weight} | ${bonus} |`,
    );
  }
  lines.push(
    "",
    t.w(`计分指标权重合计：${scored}。`, `Weights of the scored indicators: ${scored} in all.`),
    "",
  );

  const fieldsOf = new Map<string, string[]>();
  for (const f of rs.fields) fieldsOf.set(f.group, [...(fieldsOf.get(f.group) ?? []), f.name[locale]]);
  rs.indicators.forEach((ind, i) => {
    lines.push(
      `## ${i + 1}. ${ind.name[locale]}${t.w(`（权重 ${ind.weight}）`, ` (weight ${ind.weight})`)}`,
      "",
    );
    const inputs = fieldsOf.get(ind.id) ?? [];
    if (inputs.length > 0)
      lines.push(t.w(`输入：${inputs.join("、")}。`, `Inputs: ${inputs.join(", ")}.`), "");
    lines.push(...t.lines(ind.rule, 0), "");
  });

  lines.push(t.w("## 参数（读法）", "## Parameters (readings)"), "");
  lines.push(
    t.w("| 参数 | 取值 | 可选值 | 说明 |", "| parameter | value | allowed values | description |"),
    "| --- | --- | --- | --- |",
  );
  for (const [name, def] of Object.entries(rs.parameters)) {
    const options = def.options?.join(" / ") ?? "";
    lines.push(
      `| \`${name}\` | ${cell(String(def.value))} | ${cell(options)} | ${cell(def.description[locale])} |`,
    );
  }
  lines.push("", t.w("## 字段与表头同义词", "## Fields and header synonyms"), "");
  lines.push(
    t.w("| 字段 | 名称 | 类型 | 表头同义词 |", "| field | name | type | header synonyms |"),
    "| --- | --- | --- | --- |",
  );
  for (const f of rs.fields) {
    lines.push(
      `| \`${f.id}\` | ${cell(f.name[locale])} | ${f.type}${f.optional ? t.w("，可空", ", may be blank") : ""} | ${cell(f.headers.join(" · "))} |`,
    );
  }
  return lines.join("\n") + "\n";
}
