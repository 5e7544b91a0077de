import { StreamableFile } from '@nestjs/common';
import { contentTypeOf, dispositionOf, exportStream, type ExportSpec, type FileFormat } from '@bs/api-export';

// Re-exported for the controllers that import it from here.
export { EXPORT_MIME_TYPES } from '@bs/api-export';

/** A streamed CSV or XLSX download with a sensible file name. */
export function exportFile<T>(
  format: FileFormat,
  spec: ExportSpec<T>,
  batches: AsyncIterable<T[]>,
): StreamableFile {
  return new StreamableFile(exportStream(format, spec, batches), {
    type: contentTypeOf(format),
    disposition: dispositionOf(`${spec.fileName}.${format}`),
  });
}
