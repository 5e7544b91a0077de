import { attachYear, detachYear, OpenDatabase } from '@bs/api-db';

const USAGE = 'years detach <year> [--archive FILE[.gz]] | years attach <year> [FILE[.gz]]';

/**
 * `years detach 2019 [--archive FILE]` and `years attach 2019 [FILE]`: partition maintenance of
 * the payment table with its read models (libs/api/db partitions). A server only: the embedded
 * default keeps every year (it is for one small city).
 */
export async function yearsCommand(
  db: OpenDatabase,
  args: string[],
  out: NodeJS.WritableStream,
  actor: string,
): Promise<number> {
  const [action, yearText, ...rest] = args;
  const year = Number(yearText);
  if ((action !== 'detach' && action !== 'attach') || !/^\d{4}$/.test(yearText ?? ''))
    throw new Error(`usage: ${USAGE}`);
  if (db.embedded) throw new Error('years detach/attach need a PostgreSQL server (DATABASE_URL)');
  const json = rest.includes('--json');
  const positional = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--archive');
  if (action === 'detach') {
    const i = rest.indexOf('--archive');
    const archive = i >= 0 ? rest[i + 1] : undefined;
    if (i >= 0 && (!archive || archive.startsWith('--'))) throw new Error('--archive needs a file name');
    const r = await detachYear(db.dataSource, year, { archive, actor });
    out.write(
      json
        ? `${JSON.stringify(r)}\n`
        : `detached ${year}: ${r.vouchers} vouchers, ${r.amount} yuan; ` +
            (r.archive
              ? `archived to ${r.archive.file} (${r.archive.bytes} bytes, sha256 ${r.archive.sha256}), table dropped\n`
              : `kept as table ${r.table} (years attach ${year} puts it back)\n`),
    );
    return 0;
  }
  const r = await attachYear(db.dataSource, year, { file: positional[0], actor });
  out.write(
    json
      ? `${JSON.stringify(r)}\n`
      : `attached ${year}: ${r.vouchers} vouchers, ${r.amount} yuan; read models rebuilt` +
          (r.unknownAgencies ? `; ${r.unknownAgencies} agency codes not in the agency table` : '') +
          '\n',
  );
  return 0;
}
