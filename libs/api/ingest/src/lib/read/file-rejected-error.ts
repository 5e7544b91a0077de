/** A file-level rejection (unreadable, wrong encoding, zip bomb…): the whole file is refused before any row is stored. */
export class FileRejectedError extends Error {
  override readonly name = 'FileRejectedError';

  constructor(
    readonly reasonZh: string,
    readonly reasonEn: string,
    /** 1-based physical line (CSV) or sheet row (XLSX) where the problem was found, when known. */
    readonly line?: number,
  ) {
    super(
      line === undefined
        ? `${reasonZh} / ${reasonEn}`
        : `第 ${line} 行: ${reasonZh} / line ${line}: ${reasonEn}`,
    );
  }
}

export function isFileRejectedError(error: unknown): error is FileRejectedError {
  return error instanceof FileRejectedError;
}
