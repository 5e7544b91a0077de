import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Streams to a file, or into stdout without ending it (the process still writes after). */
export async function writeOut(
  source: Readable,
  out: string | undefined,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  if (out) {
    await pipeline(source, createWriteStream(out));
    return;
  }
  for await (const chunk of source) {
    if (!stdout.write(chunk as Buffer)) await once(stdout, 'drain');
  }
}
