import { DatasetKey } from '@bs/shared-model';

/** What an import started after it committed: the rule runs (ids) and when they are done. */
export interface AfterImportStart {
  ruleRunIds: number[];
  /** Resolves when the runs have ended (never rejects: a failed run is recorded as failed). */
  done: Promise<void>;
}

/**
 * Called after each accepted import (the rules module runs the rules whose inputs changed). With
 * `reserveOnly` the runs are only reserved (status queued) for another process to run.
 */
export interface AfterImportHook {
  afterImport(
    dataset: DatasetKey,
    batchId: number,
    opts?: { reserveOnly?: boolean },
  ): Promise<AfterImportStart>;
}
export const AFTER_IMPORT_HOOK = Symbol('AFTER_IMPORT_HOOK');
