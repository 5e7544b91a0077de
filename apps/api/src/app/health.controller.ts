import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public, DistrictScope } from '@bs/api-core';

/** Liveness and database readiness: 503 while the database is unreachable (no driver details: public route). */
@Public()
@DistrictScope('none')
@Controller('health')
export class HealthController {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

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
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
    } catch {
      res.setHeader('Retry-After', '5');
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: 'down' });
    }
  }
}
