import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL in-process (PGlite, persisted under dataDir) behind a loopback socket, so the
 * app reaches it through the same `pg` driver and TypeORM `postgres` type as a real server.
 * Limits (setup-notes.md): one process, one transaction at a time, no COPY FROM STDIN, advisory
 * locks that do not exclude — callers serialise imports with an in-process lock.
 */
export async function startEmbeddedPostgres(dataDir: string, maxConnections = 32): Promise<EmbeddedPostgres> {
  const dir = resolve(dataDir, 'pgdata');
  mkdirSync(resolve(dataDir), { recursive: true });
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const port = (server as unknown as { port: number }).port;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    dataDir: join(dir),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
