import type { MessageValues } from './rule';

const TOKEN = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; a missing value renders empty (same as the SQL rendering). */
export function renderMessage(template: string, values: MessageValues): string {
  return template.replace(TOKEN, (_, name: string) => {
    const v = values[name];
    return v === null || v === undefined ? '' : String(v);
  });
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The same rendering as one SQL expression over a jsonb column of template values. */
export function messageSql(template: string, column: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) parts.push(quote(template.slice(last, at)));
    parts.push(`(${column} ->> ${quote(m[1])})`);
    last = at + m[0].length;
  }
  if (last < template.length) parts.push(quote(template.slice(last)));
  return parts.length === 0 ? "''" : `concat(${parts.join(', ')})`;
}
