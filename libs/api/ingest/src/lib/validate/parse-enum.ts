import { ENUMS, EnumName } from '@bs/shared-model';
import { fail, ok, ParseResult } from './parse-result';

const lookups = new Map<EnumName, Map<string, string>>();

/** English code (any case) or Chinese label -> English code. */
function lookupFor(name: EnumName): Map<string, string> {
  let lookup = lookups.get(name);
  if (!lookup) {
    lookup = new Map();
    for (const [code, label] of Object.entries(ENUMS[name] as Record<string, string>)) {
      lookup.set(code.toLowerCase(), code);
      lookup.set(label, code);
    }
    lookups.set(name, lookup);
  }
  return lookup;
}

export function parseEnum(raw: string, name: EnumName): ParseResult {
  const lookup = lookupFor(name);
  // Usually the cell is exactly a code or a label: no trimming or lower-casing needed.
  const exact = lookup.get(raw);
  if (exact !== undefined) return ok(exact);
  const text = raw.trim();
  if (text === '') return ok(null);
  const code = lookup.get(text.toLowerCase());
  if (code !== undefined) return ok(code);
  const allowed = Object.entries(ENUMS[name] as Record<string, string>)
    .map(([c, label]) => `${c}/${label}`)
    .join(', ');
  return fail(`取值无效，应为：${allowed}`, `invalid value; expected one of: ${allowed}`);
}
