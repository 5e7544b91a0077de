/** Scratch: print a rule's statement with $1/$2 inlined, for EXPLAIN. ts-node dump-sql.ts RULE_ID [year] [asOf] */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';
const ROOT = resolve(__dirname, '../../..');
const base = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: ROOT, paths: base.compilerOptions.paths });
async function main(): Promise<void> {
  const { RULES, resolveParams } = await import('../../../libs/api/rules/src/index');
  const [id, y = '2025', d = '2025-12-31'] = process.argv.slice(2);
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(id);
  console.log(rule.sql(resolveParams(rule, null)).replace(/\$1/g, y).replace(/\$2/g, `'${d}'`) + ';');
}
void main();
