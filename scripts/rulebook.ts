/**
 * `npm run rulebook`: writes the rule book of every shipped rule set to docs/rules/<id>.<locale>.md,
 * generated from the rule set's data (src/rules/book.ts). test/rules/book.test.ts checks that the
 * committed books are current (Prettier leaves them as generated: .prettierignore).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { xiaoshan201405, type RuleSet } from "../src/engine";
import type { Locale } from "../src/engine/types";
import { ruleBook } from "../src/rules/book";

export const SHIPPED: readonly RuleSet[] = [xiaoshan201405];
export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

export function bookPath(rs: RuleSet, locale: Locale): string {
  return resolve(__dirname, `../docs/rules/${rs.id}.${locale}.md`);
}

function main(): void {
  for (const rs of SHIPPED) {
    for (const locale of LOCALES) {
      writeFileSync(bookPath(rs, locale), ruleBook(rs, locale));
      console.log(`docs/rules/${rs.id}.${locale}.md`);
    }
  }
}

if (require.main === module) main();
