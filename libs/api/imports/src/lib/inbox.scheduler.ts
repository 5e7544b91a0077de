import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import { AppConfig } from '@bs/api-core';
import { IMPORTS_EMBEDDED, ImportsService } from './imports.service';
import { processInbox } from './inbox';
import { IMPORTS_CONFIG } from './imports.controller';
import { claimTick, tickOf } from './scheduled-tick';
import { AFTER_INBOX_HOOK, AfterInboxHook } from './after-inbox';

/**
 * Runs the inbox job on the configured schedule (default monthly), one run at a time — across
 * every API process on the database: each tick runs in one process only (claimTick).
 */
@Injectable()
export class InboxScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('inbox');
  private job: CronJob | null = null;
  private running = false;

  constructor(
    private readonly imports: ImportsService,
    @Inject(DataSource) private readonly ds: DataSource,
    // The embedded default is one process by definition (and its advisory locks do not exclude).
    @Inject(IMPORTS_EMBEDDED) private readonly embedded: boolean,
    @Inject(IMPORTS_CONFIG) private readonly config: Pick<AppConfig, 'importInbox' | 'inboxCron'>,
    // The monthly report (REPORTS_AFTER_INBOX), inside the claimed tick: one process generates it.
    @Optional() @Inject(AFTER_INBOX_HOOK) private readonly hook?: AfterInboxHook,
  ) {}

  onApplicationBootstrap(): void {
    this.job = CronJob.from({
      cronTime: this.config.inboxCron,
      onTick: () => void this.tick(new Date()),
      start: true,
    });
    this.log.log(`inbox ${this.config.importInbox} scheduled: "${this.config.inboxCron}"`);
  }

  onModuleDestroy(): void {
    void this.job?.stop();
  }

  /** One cron tick: runs the inbox unless another process has this tick. */
  async tick(now: Date): Promise<boolean> {
    if (this.running) return false;
    if (this.embedded) {
      await this.runOnce();
      return true;
    }
    const tick = tickOf(now, this.config.inboxCron);
    let claim;
    try {
      claim = await claimTick(this.ds, 'inbox', tick);
    } catch (e) {
      this.log.error(`inbox tick ${tick.toISOString()}: ${String(e)}`);
      return false;
    }
    if (!claim) {
      this.log.debug(`inbox tick ${tick.toISOString()} runs in another process`);
      return false;
    }
    try {
      await this.runOnce();
    } finally {
      await claim.release();
    }
    return true;
  }

  async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const results = await processInbox(this.config.importInbox, (dataset, path, name) =>
        this.imports.run({ dataset, filePath: path, fileName: name, source: 'inbox', user: null }),
      );
      if (results.length) this.log.log(`inbox: ${results.map((r) => `${r.file} ${r.status}`).join(', ')}`);
      if (results.length && this.hook)
        await this.hook
          .afterInbox(results)
          .catch((e: unknown) => this.log.error(`after inbox failed: ${String(e)}`));
    } catch (e) {
      this.log.error(`inbox run failed: ${String(e)}`);
    } finally {
      this.running = false;
    }
  }
}
