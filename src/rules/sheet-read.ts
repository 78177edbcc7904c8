/**
 * The rules sheet (规则) → a rule set, or the problems that stop it, each naming its cell. Nothing is
 * half-read: one problem and there is no rule set. The cells are read as the writer laid them out
 * (sheet-layout.ts), then the rule set goes through the engine's zod schema and checker, whose JSON
 * paths are mapped back to the cells they came from. Warnings of the checker do not stop it.
 */
import { checkRuleSet, parseRuleSet, ruleSetSchema, type RuleSet } from "../engine";
import type { CellValue, SheetSnapshot } from "../sheet/types";
import { isNumberRef, resolveNumbers } from "./numbers";
import { CellMap, problem, sheetCell, type RulesProblem } from "./problems";
import { COL, RULE_SET_ROWS, SECTION, yesNo, type SectionKey } from "./sheet-layout";

export type RulesRead =
  { ok: true; ruleSet: RuleSet; warnings: RulesProblem[] } | { ok: false; problems: RulesProblem[] };

type Json = Record<string, unknown>;

class SheetCells {
  readonly problems: RulesProblem[] = [];
  readonly at = new CellMap();
  constructor(private readonly s: SheetSnapshot) {}

  value(row: number, col: number): CellValue {
    return this.s.values[row]?.[col] ?? null;
  }
  blank(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === "string" && v.trim() === "");
  }
  shown(row: number, col: number): string {
    return this.s.text[row]?.[col] ?? "";
  }
  /** A text cell (a number typed there is read as its text). */
  text(row: number, col: number, path: string): string {
    this.at.set(path, sheetCell(row, col));
    const v = this.value(row, col);
    if (typeof v === "string") return v;
    if (typeof v === "number") return this.shown(row, col) || String(v);
    return "";
  }
  id(row: number, col: number, path: string): string {
    return this.text(row, col, path).trim();
  }
  number(row: number, col: number, path: string, expected: { zh: string; en: string }): number | undefined {
    this.at.set(path, sheetCell(row, col));
    const v = this.value(row, col);
    if (typeof v === "number" && Number.isFinite(v)) return v;
    const found = this.shown(row, col);
    this.problems.push(
      found === ""
        ? problem(sheetCell(row, col), "blank", `空白，应为${expected.zh}`, `blank; expected ${expected.en}`)
        : problem(
            sheetCell(row, col),
            "notANumber",
            `“${found}”不是数字，应为${expected.zh}`,
            `"${found}" is not a number; expected ${expected.en}`,
          ),
    );
    return undefined;
  }
  flag(row: number, col: number, path: string): boolean {
    this.at.set(path, sheetCell(row, col));
    const b = yesNo(this.value(row, col));
    if (b !== undefined) return b;
    const found = this.shown(row, col);
    this.problems.push(
      problem(sheetCell(row, col), "notYesNo", `“${found}”应为“是”或“否”`, `"${found}": expected yes or no`),
    );
    return false;
  }
  /** Non-blank cells from `col` rightwards, as texts (header synonyms). */
  texts(row: number, col: number, path: string): string[] {
    this.at.set(path, sheetCell(row, col));
    const out: string[] = [];
    for (let c = col; c < this.s.colCount && !this.blank(row, c); c++)
      out.push(this.text(row, c, `${path}[${c - col}]`));
    return out;
  }
  /** JSON cut into pieces from `col` rightwards. */
  json(row: number, col: number, path: string): unknown {
    let text = "";
    for (let c = col; c < this.s.colCount && !this.blank(row, c); c++) text += String(this.value(row, c));
    this.at.set(path, sheetCell(row, col));
    try {
      return JSON.parse(text);
    } catch (e) {
      const detail = (e as Error).message;
      this.problems.push(
        problem(
          sheetCell(row, col),
          "badJson",
          `规则结构不是有效的 JSON（${detail}），请重新写出规则表`,
          `the rule structure is not valid JSON (${detail}); write the rules sheet again`,
        ),
      );
      return undefined;
    }
  }
}

/** Title rows of the sections, by key (absent when the sheet lacks one). */
function findSections(s: SheetSnapshot): Partial<Record<SectionKey, number>> {
  const found: Partial<Record<SectionKey, number>> = {};
  for (let row = 0; row < s.rowCount; row++) {
    const a = s.values[row]?.[0];
    if (typeof a !== "string") continue;
    for (const key of Object.keys(SECTION) as SectionKey[])
      if (a.startsWith(SECTION[key]) && found[key] === undefined) found[key] = row;
  }
  return found;
}

/** The item rows of a section: after its title and header, until a blank column A. */
function itemRows(cells: SheetCells, title: number, rowCount: number): number[] {
  const rows: number[] = [];
  for (let row = title + 2; row < rowCount && !cells.blank(row, 0); row++) rows.push(row);
  return rows;
}

function isObject(x: unknown): x is Json {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

const NUMBER = { zh: "一个数", en: "a number" };

export function readRulesSheet(s: SheetSnapshot): RulesRead {
  const cells = new SheetCells(s);
  const sections = findSections(s);
  const missing = (Object.keys(SECTION) as SectionKey[]).filter((k) => sections[k] === undefined);
  if (missing.length > 0) {
    const names = missing.map((k) => SECTION[k]).join("");
    return {
      ok: false,
      problems: [
        problem(
          sheetCell(0, 0),
          "missingSection",
          `规则表缺少 ${names} 部分，请重新写出规则表`,
          `the rules sheet lacks the section(s) ${names}; write the rules sheet again`,
        ),
      ],
    };
  }
  const at = (k: SectionKey) => sections[k] as number;
  const rows = (k: SectionKey) => itemRows(cells, at(k), s.rowCount);

  const base = at("ruleSet") + 1;
  const line = (key: (typeof RULE_SET_ROWS)[number]) => base + RULE_SET_ROWS.indexOf(key);
  const id = cells.id(line("id"), 1, "id");
  const title = {
    "zh-CN": cells.text(line("titleZh"), 1, "title.zh-CN"),
    en: cells.text(line("titleEn"), 1, "title.en"),
  };
  const month = cells.text(line("month"), 1, "month");
  if (typeof cells.value(line("month"), 1) !== "string")
    cells.problems.push(
      problem(
        sheetCell(line("month"), 1),
        "month",
        `“${month}”应为“YYYY-MM”形式的文字（如 2014-05）`,
        `"${month}": expected the text YYYY-MM (e.g. 2014-05)`,
      ),
    );
  const rest = cells.json(line("structure"), 1, "(settings)");
  if (rest !== undefined && !isObject(rest))
    cells.problems.push(
      problem(sheetCell(line("structure"), 1), "badJson", "应为一个 JSON 对象", "expected a JSON object"),
    );
  // A problem with one of these settings (scoreDecimals, cases, …) is a problem of that cell.
  if (isObject(rest)) for (const key of Object.keys(rest)) cells.at.set(key, sheetCell(line("structure"), 1));

  const weightSum = at("indicators");
  cells.at.set("indicators", sheetCell(weightSum, COL.indicators.weight));
  const indicatorRows = rows("indicators");
  const indicators = indicatorRows.map((row, i) => {
    const c = COL.indicators;
    const p = `indicators[${i}]`;
    return {
      id: cells.id(row, c.id, p),
      category: cells.id(row, c.category, `${p}.category`),
      name: {
        "zh-CN": cells.text(row, c.nameZh, `${p}.name.zh-CN`),
        en: cells.text(row, c.nameEn, `${p}.name.en`),
      },
      headers: cells.texts(row, c.headers, `${p}.headers`),
      weight: cells.number(row, c.weight, `${p}.weight`, { zh: "权重（一个数）", en: "a weight (a number)" }),
      bonus: cells.flag(row, c.bonus, `${p}.bonus`),
      rule: undefined as unknown,
    };
  });

  const numbers = new Map<string, { value: number | undefined; cell: string }>();
  for (const row of rows("numbers")) {
    const nid = cells.id(row, COL.numbers.id, `(numbers)`);
    const value = cells.number(row, COL.numbers.value, `(number ${nid})`, NUMBER);
    if (numbers.has(nid))
      cells.problems.push(
        problem(
          sheetCell(row, COL.numbers.id),
          "duplicateId",
          `数值编号“${nid}”重复，每个编号只能出现一次`,
          `the number id "${nid}" is repeated; each id appears once`,
        ),
      );
    else numbers.set(nid, { value, cell: sheetCell(row, COL.numbers.value) });
  }

  const parameters: Record<
    string,
    { value: number | string; options?: Array<number | string>; description: { "zh-CN": string; en: string } }
  > = {};
  const parameterCell = new Map<string, string>();
  for (const row of rows("parameters")) {
    const c = COL.parameters;
    const name = cells.id(row, c.name, "(parameters)");
    const p = `parameters.${name}`;
    const cell = sheetCell(row, c.value);
    cells.at.set(p, cell);
    if (parameterCell.has(name)) {
      cells.problems.push(
        problem(
          sheetCell(row, c.name),
          "duplicateId",
          `参数“${name}”重复，每个参数只能出现一次`,
          `the parameter "${name}" is repeated; each appears once`,
        ),
      );
      continue;
    }
    parameterCell.set(name, cell);
    const raw = cells.value(row, c.value);
    const options: Array<number | string> = [];
    for (let col = c.options; col < s.colCount && !cells.blank(row, col); col++) {
      const o = cells.value(row, col);
      if (typeof o === "number" || typeof o === "string") options.push(o);
    }
    const shown = cells.shown(row, c.value);
    const expected =
      options.length > 0
        ? { zh: `${options.join(" / ")} 之一`, en: `one of ${options.join(" / ")}` }
        : { zh: "一个值", en: "a value" };
    if (typeof raw !== "number" && typeof raw !== "string") {
      const found =
        shown === ""
          ? { zh: "空白", en: "blank" }
          : { zh: `“${shown}”无法使用`, en: `"${shown}" cannot be used` };
      const code = shown === "" ? "blank" : "notAValue";
      const zh = `参数“${name}”：${found.zh}，应为${expected.zh}`;
      cells.problems.push(
        problem(cell, code, zh, `parameter "${name}": ${found.en}; expected ${expected.en}`),
      );
      continue;
    }
    const value: number | string = raw;
    if (options.length > 0 && !options.includes(value)) {
      cells.problems.push(
        problem(
          cell,
          "unknownParameterValue",
          `“${shown}”不是参数“${name}”的可选值，应为${expected.zh}（用下拉列表选择）`,
          `"${shown}" is not an allowed value of parameter "${name}"; expected ${expected.en} (use the drop-down)`,
        ),
      );
    }
    parameters[name] = {
      value,
      ...(options.length > 0 ? { options } : {}),
      description: {
        "zh-CN": cells.text(row, c.descZh, `${p}.description.zh-CN`),
        en: cells.text(row, c.descEn, `${p}.description.en`),
      },
    };
  }

  const fields = rows("fields").map((row, i) => {
    const c = COL.fields;
    const p = `fields[${i}]`;
    return {
      id: cells.id(row, c.id, p),
      type: cells.id(row, c.type, `${p}.type`),
      name: {
        "zh-CN": cells.text(row, c.nameZh, `${p}.name.zh-CN`),
        en: cells.text(row, c.nameEn, `${p}.name.en`),
      },
      group: cells.id(row, c.group, `${p}.group`),
      headers: cells.texts(row, c.headers, `${p}.headers`),
      optional: cells.flag(row, c.optional, `${p}.optional`),
    };
  });

  const categories = rows("categories").map((row, i) => {
    const c = COL.categories;
    const p = `categories[${i}]`;
    return {
      id: cells.id(row, c.id, p),
      name: {
        "zh-CN": cells.text(row, c.nameZh, `${p}.name.zh-CN`),
        en: cells.text(row, c.nameEn, `${p}.name.en`),
      },
      headers: cells.texts(row, c.headers, `${p}.headers`),
    };
  });

  const structure = new Map<string, number>();
  for (const row of rows("structure")) {
    const sid = cells.id(row, COL.structure.id, "(structure)");
    if (!structure.has(sid)) structure.set(sid, row);
  }
  indicators.forEach((ind, i) => {
    const p = `indicators[${i}].rule`;
    const row = structure.get(ind.id);
    if (row === undefined) {
      const cell = sheetCell(indicatorRows[i], COL.indicators.id);
      cells.problems.push(
        problem(
          cell,
          "noStructure",
          `【结构】中没有指标“${ind.id}”的规则，应有与指标编号相同的一行`,
          `${SECTION.structure} has no rule for the indicator "${ind.id}"; expected a row with the same id`,
        ),
      );
      return;
    }
    const tree = cells.json(row, COL.structure.json, p);
    const structureCell = sheetCell(row, COL.structure.json);
    ind.rule = resolveNumbers(
      tree,
      p,
      (nid) => {
        const n = numbers.get(nid);
        if (n === undefined)
          cells.problems.push(
            problem(
              structureCell,
              "unknownNumber",
              `规则引用了【数值】中不存在的编号“${nid}”`,
              `the rule refers to the number "${nid}", which ${SECTION.numbers} lacks`,
            ),
          );
        return n?.value;
      },
      (path, node) => {
        if (isNumberRef(node)) {
          const n = numbers.get(node.$n);
          if (n) cells.at.set(path, n.cell);
        } else if (isObject(node) && typeof node.param === "string" && Object.keys(node).length === 1) {
          const cell = parameterCell.get(node.param);
          if (cell) cells.at.set(path, cell);
        }
      },
    );
  });

  if (cells.problems.length > 0) return { ok: false, problems: cells.problems };
  const data = { ...(rest as Json), id, month, title, parameters, categories, indicators, fields };
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path
        .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
        .join("")
        .replace(/^\./, "");
      return problem(
        cells.at.find(path),
        "schema",
        `不符合规则格式（${path}）：${issue.message}`,
        `does not fit the rule-set format (${path}): ${issue.message}`,
      );
    });
    return { ok: false, problems };
  }
  const findings = checkRuleSet(parsed.data).map((m) =>
    problem(cells.at.find(m.path), m.code, m.message["zh-CN"], m.message.en, m.severity),
  );
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0) return { ok: false, problems: findings };
  return { ok: true, ruleSet: parseRuleSet(data), warnings: findings };
}
