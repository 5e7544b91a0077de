import { Controller, Get, HttpStatus, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DistrictScope, Public } from '@bs/api-core';
import { ReadRouter } from '@bs/api-db';

/**
 * Liveness and database readiness: 503 while the primary is unreachable (no driver details:
 * public route). With DATABASE_REPLICA_URLS also each standby's state and lag, looked at now; a
 * lagging or unreachable standby is not an error (its reads go to the primary).
 */
@Public()
@DistrictScope('none')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Optional() @Inject(ReadRouter) private readonly replicas: ReadRouter | null,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('database did not answer within 3 s')), 3000),
        ),
      ]);
      const latencyMs = Date.now() - started;
      const replicas = this.replicas ? await this.replicas.check() : undefined;
      res.status(HttpStatus.OK).json({
        status: 'ok',
        database: 'up',
        latencyMs,
        ...(replicas
          ? { reads: replicas.some((r) => r.state === 'in-use') ? 'replicas' : 'primary', replicas }
          : {}),
      });
    } catch {
      res.setHeader('Retry-After', '5');
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: 'down' });
    }
  }
}
