import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATASET_KEYS, DatasetKey, ImportReport } from '@bs/shared-model';

/** The dataset a file is for, by name prefix (`payments_2024-06.csv`); the longest key wins. */
export function datasetOfFile(name: string): DatasetKey | null {
  const lower = name.toLowerCase();
  const hits = DATASET_KEYS.filter((k) => lower.startsWith(k) && /^[_\-.]/.test(lower.slice(k.length)));
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}

export interface InboxResult {
  file: string;
  dataset: DatasetKey | null;
  status: 'accepted' | 'rejected' | 'skipped';
  reportId: number | null;
}

/**
 * Imports every file of the inbox folder in dependency order (districts, agencies, budget before
 * payments…), moving each to done/ or failed/ with its report beside it.
 */
export async function processInbox(
  dir: string,
  run: (dataset: DatasetKey, path: string, name: string) => Promise<ImportReport>,
): Promise<InboxResult[]> {
  await mkdir(join(dir, 'done'), { recursive: true });
  await mkdir(join(dir, 'failed'), { recursive: true });
  const names: string[] = [];
  for (const n of await readdir(dir)) {
    if ((await stat(join(dir, n))).isFile() && /\.(csv|xlsx)$/i.test(n)) names.push(n);
  }
  const order = (n: string) => {
    const d = datasetOfFile(n);
    return d ? DATASET_KEYS.indexOf(d) : DATASET_KEYS.length;
  };
  names.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const results: InboxResult[] = [];
  for (const name of names) {
    const dataset = datasetOfFile(name);
    const src = join(dir, name);
    if (!dataset) {
      const note = {
        status: 'rejected',
        reason: `文件名不以数据集名开头（${DATASET_KEYS.join(', ')}）`,
        reasonEn: 'file name does not start with a dataset key',
      };
      await rename(src, join(dir, 'failed', name));
      await writeFile(join(dir, 'failed', `${name}.report.json`), JSON.stringify(note, null, 2));
      results.push({ file: name, dataset: null, status: 'skipped', reportId: null });
      continue;
    }
    const report = await run(dataset, src, name);
    const target = report.status === 'accepted' ? 'done' : 'failed';
    await rename(src, join(dir, target, name));
    await writeFile(join(dir, target, `${name}.report.json`), JSON.stringify(report, null, 2));
    results.push({ file: name, dataset, status: report.status, reportId: report.id });
  }
  return results;
}
