/**
 * What a rendered alert message must never contain: an unrendered placeholder (`{name}`), a
 * formatting leftover (`###`), a money figure written as a fraction of 万元 below 0.01
 * ("0.000001 万元": small amounts are written in 元), or an empty value where a figure belongs
 * ("为  万元"). Returns the problems found, empty when the text is clean.
 */
export function messageProblems(text: string): string[] {
  const problems: string[] = [];
  const placeholder = /\{[A-Za-z_]\w*\}/.exec(text);
  if (placeholder) problems.push(`unrendered placeholder ${placeholder[0]}`);
  if (text.includes('#')) problems.push('formatting leftover "#"');
  const tinyWan = /(^|[^\d.,])0\.00\d*\s*万元/.exec(text);
  if (tinyWan) problems.push(`money below 0.01 万元 written in 万元: "${tinyWan[0].trim()}"`);
  if (/\s万元|¥\s|¥$/.test(text.replace(/\d\s万元/g, ''))) problems.push('money figure missing');
  return problems;
}

/** `{name}` tokens of a template. */
export function templateTokens(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
