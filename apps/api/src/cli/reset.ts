import { DATA_TABLES } from '@bs/api-ingest';
import { DataSource } from 'typeorm';

/** `demo --reset`: empties every dataset, alert and batch table (users, settings and reference data stay). */
export async function resetData(ds: DataSource): Promise<void> {
  await ds.query(`TRUNCATE ${DATA_TABLES.join(', ')} RESTART IDENTITY`);
}
