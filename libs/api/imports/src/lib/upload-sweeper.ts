import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { sweepUploadDir } from './upload-to-disk';

/** At start, removes upload files left behind by processes that crashed or were killed mid-import. */
@Injectable()
export class UploadSweeper implements OnApplicationBootstrap {
  async onApplicationBootstrap(): Promise<void> {
    const n = await sweepUploadDir();
    if (n) new Logger('imports').log(`removed ${n} upload file(s) left by earlier processes`);
  }
}
