import { CodeShape, DatasetSpec } from '../dataset-spec';

/**
 * The code columns of a dataset that have a classification shape: the lead's SQL turns a
 * well-formed code missing from the shipped reference table into a warning (not an error).
 */
export function shapedCodeColumns(spec: DatasetSpec): { column: string; shape: CodeShape }[] {
  return spec.columns.flatMap((c) =>
    c.type === 'code' && c.shape ? [{ column: c.key, shape: c.shape }] : [],
  );
}
