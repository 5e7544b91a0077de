#!/usr/bin/env node
// Precompresses the built dashboard (brotli at the highest quality and gzip -9) so the server
// sends .br/.gz files as they are instead of compressing on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: precompress.mjs <dir>');
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|ico|woff)$/;
let files = 0;
let before = 0;
let afterBr = 0;
function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const path = join(d, e.name);
    if (e.isDirectory()) walk(path);
    else if (COMPRESSIBLE.test(e.name) && statSync(path).size >= 1024) {
      const data = readFileSync(path);
      const br = brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      });
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      files += 1;
      before += data.length;
      afterBr += br.length;
    }
  }
}
walk(dir);
console.log(
  `precompressed ${files} files: ${(before / 1024).toFixed(0)} kB -> ${(afterBr / 1024).toFixed(0)} kB brotli`,
);
