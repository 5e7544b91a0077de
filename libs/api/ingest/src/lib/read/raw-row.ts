/** One record as read from a file, before any validation. */
export interface RawRow {
  /** 1-based physical line (CSV) or sheet row number (XLSX) where the record starts; the header is the first row. */
  line: number;
  cells: string[];
  /** Bytes of the file consumed so far (chunk granularity): for progress reporting. */
  bytesRead: number;
}

export interface OpenRowsOptions {
  /** Reject files larger than this (bytes). Default: no limit. */
  maxBytes?: number;
  /** Reject a CSV record or field longer than this (bytes, measured on decoded text). Default 1 MiB. */
  maxLineBytes?: number;
  /** XLSX: reject when the declared uncompressed size of all zip entries exceeds this. Default 200 MiB. */
  maxUnzippedBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
