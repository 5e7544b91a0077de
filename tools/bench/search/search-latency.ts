// Latency of GET /api/search against a running server (the demo city): a fixed list of queries
// (Chinese substrings, full pinyin, initials, codes, voucher prefixes, misses), each sent ROUNDS
// times one after another; prints p50/p95/max in ms. Bounded: ROUNDS × queries requests, loopback only.
//   npx ts-node -P tools/bench/tsconfig.json tools/bench/search/search-latency.ts \
//     --base http://127.0.0.1:3000 --user viewer --password '<demo password>' [--rounds 20]
import { performance } from 'node:perf_hooks';

const QUERIES = [
  '教育局',
  '教育',
  'jyj',
  'jiaoyuju',
  '清水河',
  'qingshuihe',
  'qshx',
  '财政',
  'czj',
  '回民区',
  '公司',
  '城投',
  '污水',
  '专项债券',
  '医院',
  '预算执行',
  '101001',
  '1501',
  'PV2024',
  'PV20240000',
  '张',
  '不存在的名称',
  'zzzzzz',
  'huhehaote',
];

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const base = arg('base', 'http://127.0.0.1:3000');
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(base))
    throw new Error('loopback servers only');
  const rounds = Number(arg('rounds', '20'));
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: arg('user', 'viewer'), password: arg('password') }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let r = 0; r < rounds + 1; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`, { headers });
      const body = (await res.json()) as { total: number };
      const ms = performance.now() - t0;
      if (!res.ok) throw new Error(`${q}: ${res.status}`);
      if (r === 0) {
        console.log(`${q.padEnd(14)} ${String(body.total).padStart(6)} hits`);
        continue; // the first round warms caches and prints what each query finds
      }
      times.push(ms);
      perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
    }
  }
  times.sort((a, b) => a - b);
  const slowest = [...perQuery.entries()]
    .map(
      ([q, t]) =>
        [
          q,
          percentile(
            [...t].sort((a, b) => a - b),
            95,
          ),
        ] as const,
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  console.log(
    `search latency over ${times.length} requests: p50 ${percentile(times, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
  );
  console.log(`slowest p95: ${slowest.map(([q, t]) => `${q} ${t.toFixed(1)} ms`).join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
