/**
 * The importer's Node-side work alone (read → decode → map header → validate), no database: shows
 * how much of an import is JavaScript. `--file F` is a payments CSV (e.g. one bench-import wrote).
 *   npx esbuild tools/bench/import/read-validate.ts --bundle --platform=node --tsconfig=tsconfig.base.json \
 *     --outfile=tmp/read-validate.js && node tmp/read-validate.js --file F
 */
import { openRowBatches } from '../../../libs/api/ingest/src/lib/read/open-rows';
import { mapHeader } from '../../../libs/api/ingest/src/lib/validate/map-header';
import { validateRow } from '../../../libs/api/ingest/src/lib/validate/validate-row';
import { DATASET_SPECS } from '../../../libs/api/ingest/src/lib/specs';

const args = process.argv.slice(2);
const file = args[args.indexOf('--file') + 1];

void (async () => {
  const spec = DATASET_SPECS.payments;
  const t0 = process.hrtime.bigint();
  let rows = 0;
  let readNs = 0n;
  let validateNs = 0n;
  let columnIndex: number[] | null = null;
  let bytes = 0;
  let tRead = process.hrtime.bigint();
  for await (const batch of openRowBatches(file)) {
    const t1 = process.hrtime.bigint();
    readNs += t1 - tRead;
    let start = 0;
    if (!columnIndex) {
      columnIndex = mapHeader(spec, batch[0].cells, batch[0].line).columnIndex;
      start = 1;
    }
    for (let i = start; i < batch.length; i++) {
      const v = validateRow(spec, columnIndex, batch[i]);
      rows++;
      if (v.errors.length) throw new Error(JSON.stringify(v.errors));
      for (const x of v.values) bytes += x === null ? 2 : x.length + 1;
    }
    tRead = process.hrtime.bigint();
    validateNs += tRead - t1;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${rows} rows in ${s.toFixed(2)} s = ${Math.round(rows / s)} rows/s; read ${(Number(readNs) / 1e9).toFixed(2)} s, validate ${(Number(validateNs) / 1e9).toFixed(2)} s (${bytes} chars)`,
  );
})();
