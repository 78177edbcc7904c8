/**
 * Raw deflate and CRC-32 for the .xlsx zip. The default works in any modern browser and in Node
 * (CompressionStream "deflate-raw" and a table CRC); the command line passes Node's native zlib,
 * which is several times faster on the large parts (see src/cli/zlib-codec.ts).
 */
export interface ZipCodec {
  deflateRaw(data: Uint8Array): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function deflateRawWithStreams(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const webCodec: ZipCodec = { deflateRaw: deflateRawWithStreams, crc32 };
