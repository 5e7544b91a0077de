// The export column/spec types live in @bs/api-export (shared with alerts). This path stays only
// for the execution and payments exports, which still import it; new code imports @bs/api-export.
export type { CellKind, ExportColumn, ExportSpec } from '@bs/api-export';
export { singleBatch } from '@bs/api-export';
