/** Text kept for later in a fraction of its memory: deflated, in a buffer of its own size. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * `text` deflated at level 1 (a fifth of the bytes of HTML, for a tenth of a millisecond for an
 * article). zlib's result is a view of a 64 KiB block, and a small copy a view of Node's shared
 * 64 KiB pool, which zlib's own buffers come from too: kept, either would hold a whole block for
 * a few hundred bytes. So the bytes are copied into memory of their own size.
 */
export function packText(text: string): Buffer {
  const deflated = deflateRawSync(text, { level: 1 });
  const packed = Buffer.allocUnsafeSlow(deflated.length);
  deflated.copy(packed);
  return packed;
}

/** The text packText packed. */
export function unpackText(packed: Buffer): string {
  return inflateRawSync(packed).toString('utf8');
}
