import { attachYear, detachYear, OpenDatabase } from '@bs/api-db';

/**
 * `years detach 2019 [--archive FILE]` and `years attach 2019 [FILE]`: partition maintenance of
 * the payment table with its read models (libs/api/db partitions). A server only: the embedded
 * default keeps every year (it is for one small city).
 */
export async function yearsCommand(
  db: OpenDatabase,
  c:
    | { action: 'detach'; year: number; archive?: string; json: boolean }
    | { action: 'attach'; year: number; file?: string; json: boolean },
  out: NodeJS.WritableStream,
  actor: string,
): Promise<number> {
  if (db.embedded) throw new Error('years detach/attach need a PostgreSQL server (DATABASE_URL)');
  const { year, json } = c;
  if (c.action === 'detach') {
    const r = await detachYear(db.dataSource, year, { archive: c.archive, actor });
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
  const r = await attachYear(db.dataSource, year, { file: c.file, actor });
  out.write(
    json
      ? `${JSON.stringify(r)}\n`
      : `attached ${year}: ${r.vouchers} vouchers, ${r.amount} yuan; read models rebuilt` +
          (r.unknownAgencies ? `; ${r.unknownAgencies} agency codes not in the agency table` : '') +
          '\n',
  );
  return 0;
}
