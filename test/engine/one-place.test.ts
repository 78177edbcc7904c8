// One place per kind: everything a rule or measure kind does lives in its own file, reached through the
// registries of src/engine/rule.ts. Checked three ways: every module has every member; the formulas,
// the rule book and the rules sheet's meanings of the shipped rule sets come from the kinds' modules;
// and no file outside the kinds' folders tests or switches over a kind's name.
import { readFileSync, readdirSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";
import { parseRuleSet } from "../../src/engine/ruleset";
import { measureKinds, ruleKinds } from "../../src/engine/rule";
import { walkNodes } from "../../src/engine/walk";
import { compileRuleSet } from "../../src/formula/compile";
import { ruleBook } from "../../src/rules/book";
import { extractNumbers } from "../../src/rules/numbers";
import { shippedRuleSet, shippedRuleSets } from "../../src/rulesets";

const RULE_MEMBERS = ["schema", "compile", "alwaysEvaluated", "mayEvaluate", "formula", "book"] as const;
const MEASURE_MEMBERS = [
  "schema",
  "compile",
  "ownFields",
  "alwaysEvaluated",
  "formula",
  "book",
  "isRate",
  "explainName",
] as const;

test.each(Object.entries(ruleKinds))("rule kind %s: its module has every member", (_kind, module) => {
  for (const m of RULE_MEMBERS) expect(typeof module[m]).toBe("function");
});

test.each(Object.entries(measureKinds))("measure kind %s: its module has every member", (_kind, module) => {
  for (const m of MEASURE_MEMBERS) expect(typeof module[m]).toBe("function");
});

test("rule kinds and measure kinds have distinct names (a node's kind names its module)", () => {
  const rules = Object.keys(ruleKinds);
  expect(Object.keys(measureKinds).filter((k) => rules.includes(k))).toEqual([]);
});

/** The rule and measure kinds a rule set uses, and those of them that hold a number literal. */
function kindsUsed(data: unknown): { all: Set<string>; withNumbers: Set<string> } {
  const all = new Set<string>();
  const withNumbers = new Set<string>();
  walkNodes(data, "", (node) => {
    all.add(String(node.kind));
    const own = (v: unknown): boolean =>
      typeof v === "number" ||
      (typeof v === "object" && v !== null && !("kind" in v) && Object.values(v).some(own));
    if (Object.entries(node).some(([k, v]) => k !== "kind" && own(v))) withNumbers.add(String(node.kind));
  });
  return { all, withNumbers };
}

function isMeasure(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === "object" && v !== null && Object.hasOwn(measureKinds, String((v as { kind?: unknown }).kind))
  );
}

function unlabel(m: Record<string, unknown>): Record<string, unknown> {
  const { label: _label, ...rest } = m;
  return rest;
}

type Member = "formula" | "book" | "bookShort" | "meaning";

/** Spies on members of every kind's module; the kinds one of whose members was called. */
function spying(members: readonly Member[], run: () => void): Set<string> {
  const called = new Set<string>();
  const spies = Object.entries({ ...ruleKinds, ...measureKinds }).flatMap(([kind, module]) => {
    const target = module as unknown as Record<Member, (...args: unknown[]) => unknown>;
    return members.flatMap((member) => {
      if (typeof target[member] !== "function") return [];
      const original = target[member];
      return [
        jest.spyOn(target, member).mockImplementation((...args: unknown[]) => {
          called.add(kind);
          return original(...args);
        }),
      ];
    });
  });
  try {
    run();
  } finally {
    for (const s of spies) s.mockRestore();
  }
  return called;
}

describe.each(shippedRuleSets.map((s) => s.id))("%s", (id) => {
  const rs = shippedRuleSet(id)!;
  const used = kindsUsed(rs.indicators.map((i) => i.rule));

  test("every kind it uses writes its own formula", () => {
    const called = spying(["formula"], () => compileRuleSet(rs, () => true, "未评分"));
    expect([...called].sort()).toEqual([...used.all].sort());
  });

  test("every kind it uses writes its own lines of the rule book", () => {
    // A labelled measure is defined by its arithmetic; without the labels, every measure inside
    // another is written as its arithmetic: between the two, every measure's arithmetic is written.
    const unlabelled = parseRuleSet(
      JSON.parse(JSON.stringify(rs), (_key, v) => (isMeasure(v) ? unlabel(v) : v)),
    );
    const called = spying(["book", "bookShort"], () => {
      ruleBook(rs, "zh-CN");
      ruleBook(unlabelled, "en");
    });
    expect([...called].sort()).toEqual([...used.all].sort());
  });

  test("every number of its rules is given its meaning by its kind", () => {
    let numbers: ReturnType<typeof extractNumbers>["numbers"] = [];
    const called = spying(["meaning"], () => (numbers = extractNumbers(rs).numbers));
    expect([...called].sort()).toEqual([...used.withNumbers].sort());
    expect(numbers.length).toBeGreaterThan(50);
    // The generic phrase "<kind>: <key>" is what a number gets when its kind says nothing.
    const kinds = [...Object.keys(ruleKinds), ...Object.keys(measureKinds)];
    const generic = numbers.filter((n) => kinds.some((k) => n.meaning.en.startsWith(`${k}: `)));
    expect(generic).toEqual([]);
  });
});

const ROOT = join(__dirname, "../..");
const KIND_FOLDERS = [join(ROOT, "src/engine/kinds"), join(ROOT, "src/engine/measures")];
const KIND_NAMES = new Set([...Object.keys(ruleKinds), ...Object.keys(measureKinds)]);

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!KIND_FOLDERS.includes(p)) sources(p, out);
    } else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

const isKindAccess = (e: ts.Node): boolean => ts.isPropertyAccessExpression(e) && e.name.text === "kind";
const EQUALITY = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken];

/**
 * Places in a file that decide by a kind's name: `switch (x.kind)` whose cases are all kind names,
 * or `x.kind === "name"` / `!==`; or by how a band scores (`band.score.type`, see band-score.ts).
 */
function kindTests(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (n: ts.Node) =>
    `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (ts.isSwitchStatement(n) && isKindAccess(n.expression)) {
      const labels = n.caseBlock.clauses.flatMap((c) =>
        ts.isCaseClause(c) && ts.isStringLiteral(c.expression) ? [c.expression.text] : [],
      );
      if (labels.length > 0 && labels.every((l) => KIND_NAMES.has(l))) found.push(`${at(n)} switch`);
    }
    if (ts.isBinaryExpression(n) && EQUALITY.includes(n.operatorToken.kind)) {
      const literal = [n.left, n.right].find(ts.isStringLiteral);
      if (literal && KIND_NAMES.has(literal.text) && (isKindAccess(n.left) || isKindAccess(n.right)))
        found.push(`${at(n)} ${literal.text}`);
    }
    if (
      ts.isPropertyAccessExpression(n) &&
      n.name.text === "type" &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === "score"
    )
      found.push(`${at(n)} score.type`);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

test("the finder sees a switch over kinds and a test of a kind's name", () => {
  const text = [
    `switch (r.kind) { case "banded": case "gate": break; }`,
    `if (m.kind === "ratio") {}`,
    `switch (d.kind) { case "field": case "score": break; }`,
    `const by = b.score.type === "perStep";`,
  ].join("\n");
  expect(kindTests(join(ROOT, "x.ts"), text)).toEqual(["x.ts:1 switch", "x.ts:2 ratio", "x.ts:4 score.type"]);
});

test("no file outside the kinds' folders decides by a rule or measure kind's name", () => {
  const files = sources(join(ROOT, "src"));
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap((f) => kindTests(f, readFileSync(f, "utf8")))).toEqual([]);
});
