import { join } from 'path';

/** Absolute path of a committed fixture (libs/api/ingest/fixtures/...). For tests. */
export function fixturePath(...parts: string[]): string {
  return join(__dirname, '../../../fixtures', ...parts);
}
