import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportReport } from '@bs/shared-model';
import { ImportsService } from '@bs/api-imports';

/**
 * Generates the demo city and loads it through the import pipeline, file by file in dependency
 * order. The generator is loaded on demand (its own chunk), so it is not part of main.js.
 */
export async function loadDemo(
  imports: ImportsService,
  scale: number,
  log: (m: string) => void,
): Promise<ImportReport[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bs-demo-'));
  try {
    const started = Date.now();
    const { generateDemo } = await import('@bs/demo');
    const manifest = await generateDemo({ outDir: dir, scale, xlsx: true });
    log(`demo city generated: ${manifest.files.length} files in ${Date.now() - started} ms`);
    const reports: ImportReport[] = [];
    for (const f of manifest.files) {
      const r = await imports.run({
        dataset: f.dataset,
        filePath: join(dir, f.file),
        fileName: f.file,
        source: 'demo',
        user: 'demo',
      });
      reports.push(r);
      if (r.status !== 'accepted') {
        throw new Error(
          `demo file ${f.file} was rejected: ${r.errors
            .slice(0, 3)
            .map((e) => `line ${e.line} ${e.column}: ${e.reasonEn}`)
            .join('; ')}`,
        );
      }
    }
    return reports;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
