#!/usr/bin/env node
/**
 * Demo-city generator CLI:
 *   npx ts-node tools/demo/src/cli.ts --out DIR [--scale N] [--seed S] [--years 2024,2025] [--xlsx]
 */
import { generateDemo } from './lib/generate-demo';

function parseArgs(argv: readonly string[]): {
  out: string;
  scale?: number;
  seed?: number;
  years?: number[];
  xlsx: boolean;
} {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string): number | undefined => {
    const v = value(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v.replace(/_/g, ''))) throw new Error(`${name} needs a whole number, got ${v}`);
    return parseInt(v.replace(/_/g, ''), 10);
  };
  const out = value('--out');
  if (!out) throw new Error('usage: cli.ts --out DIR [--scale N] [--seed S] [--years 2024,2025] [--xlsx]');
  const years = value('--years')
    ?.split(',')
    .map((y) => parseInt(y, 10));
  return { out, scale: int('--scale'), seed: int('--seed'), years, xlsx: argv.includes('--xlsx') };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const manifest = await generateDemo({
    outDir: args.out,
    scale: args.scale,
    seed: args.seed,
    years: args.years,
    xlsx: args.xlsx,
  });
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  for (const f of manifest.files) process.stdout.write(`${f.file}\t${f.rows}\n`);
  process.stdout.write(
    `${manifest.plantedCases} planted cases; ${((Date.now() - started) / 1000).toFixed(1)} s; peak RSS ${peakMb} MB\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
