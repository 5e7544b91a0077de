// Entry for the TypeORM CLI (migration:generate / run / revert): DATABASE_URL must be set.
import { createDataSource } from './lib/data-source';

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required for the migration commands');
export default createDataSource({ url, logging: true });
