import { Column, ColumnOptions } from 'typeorm';

/** Money is numeric(18,2) everywhere; TypeORM hands it to JS as a string (exact). */
export const MoneyColumn = (opts: ColumnOptions = {}) =>
  Column({ type: 'numeric', precision: 18, scale: 2, ...opts });
export const CodeColumn = (opts: ColumnOptions = {}) => Column({ type: 'varchar', length: 64, ...opts });
export const TextColumn = (opts: ColumnOptions = {}) => Column({ type: 'text', ...opts });
export const BatchColumn = () =>
  Column({ type: 'integer', nullable: true, comment: 'import batch that last wrote the row' });
