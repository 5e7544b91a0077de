import { DataSource } from 'typeorm';
import { exportAlertsCommand } from '@bs/api-alerts';

function opt(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `alerts --year Y [--rule R] [--status S] [--format json|csv|xlsx] [--out F]`: the same objects as GET /api/alerts. */
export async function alertsCommand(ds: DataSource, args: string[]): Promise<number> {
  const year = parseInt(opt(args, '--year') ?? '', 10);
  const format = (opt(args, '--format') ?? 'json') as 'json' | 'csv' | 'xlsx';
  await exportAlertsCommand(
    ds,
    { year, rule: opt(args, '--rule'), status: opt(args, '--status'), format, out: opt(args, '--out') },
    process.stdout,
  );
  return 0;
}
