import type { ImportProgress } from '@bs/api-ingest';

/** A one-line progress bar on a terminal (rows/s, percent of bytes read); silent when piped. */
export function progressPrinter(): ((p: ImportProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = Date.now();
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const pct = p.totalBytes ? Math.min(100, (100 * p.bytesRead) / p.totalBytes) : 0;
    const rate = Math.round(p.rows / Math.max(0.001, (now - started) / 1000));
    const bar = '#'.repeat(Math.round(pct / 4)).padEnd(25, '.');
    process.stderr.write(`\r[${bar}] ${pct.toFixed(1)}%  ${p.rows} rows  ${rate} rows/s `);
    if (pct >= 100) process.stderr.write('\n');
  };
}
