// Child process for the kill test: imports one file and reports progress on stdout.
import { createDataSource } from '@bs/api-db';
import { importFile } from '../import-file';

async function main(): Promise<void> {
  const [url, file] = process.argv.slice(2);
  const ds = createDataSource({ url });
  await ds.initialize();
  let said = false;
  await importFile(ds, {
    dataset: 'payments',
    filePath: file,
    source: 'cli',
    embedded: false,
    onProgress: (p) => {
      if (!said && p.rows > 20_000) {
        said = true;
        process.stdout.write('PROGRESS\n');
      }
    },
  });
  process.stdout.write('DONE\n');
  await ds.destroy();
}
void main();
