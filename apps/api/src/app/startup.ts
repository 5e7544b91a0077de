import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@bs/api-core';
import { OpenDatabase } from '@bs/api-db';

/** First-start tasks (demo data and demo accounts on an empty embedded database). */
export async function runStartupTasks(_app: NestExpressApplication, _config: AppConfig, _db: OpenDatabase): Promise<void> {
  // Filled in by the import and auth modules.
}
