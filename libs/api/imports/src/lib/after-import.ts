import { DatasetKey } from '@bs/shared-model';

/** Called after each accepted import (the rules module runs the rules whose inputs changed). */
export interface AfterImportHook {
  afterImport(dataset: DatasetKey, batchId: number): Promise<void>;
}
export const AFTER_IMPORT_HOOK = Symbol('AFTER_IMPORT_HOOK');
