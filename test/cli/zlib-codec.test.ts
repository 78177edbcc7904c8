import { inflateRawSync } from "node:zlib";
import { zlibCodec } from "../../src/cli/zlib-codec";
import { crc32 } from "../../src/hosts/xlsx/codec";
import { collectGarbage } from "../collect-garbage";

/** Bytes that deflate well, as a sheet's XML does; 3 MB takes the codec's path for large parts. */
function xmlLike(size: number): Uint8Array {
  const row = new TextEncoder().encode('<c r="A1" s="3"><v>42</v></c>');
  const out = new Uint8Array(size);
  for (let at = 0; at < size; at += row.length) out.set(row.subarray(0, size - at), at);
  return out;
}

/** Starts deflating bytes that nothing but the codec holds, and a weak reference to them. */
function deflateUnheld(size: number): { input: WeakRef<ArrayBufferLike>; deflated: Promise<Uint8Array> } {
  const data = xmlLike(size);
  return { input: new WeakRef(data.buffer), deflated: zlibCodec.deflateRaw(data) };
}

describe("Node's zlib as the zip codec", () => {
  it.each([1000, 3 << 20])(
    "deflates %i bytes to what inflates back to them, with their CRC-32",
    async (size) => {
      const data = xmlLike(size);
      const deflated = await zlibCodec.deflateRaw(data);
      expect(deflated.length).toBeLessThan(size / 10);
      expect(inflateRawSync(deflated).equals(data)).toBe(true);
      expect(zlibCodec.crc32(data)).toBe(crc32(data));
    },
  );

  it("holds nothing of its input once it has handed back the result", async () => {
    // What the caller does next, synchronously, must not keep a large input alive.
    const { input, deflated } = deflateUnheld(3 << 20);
    await deflated;
    collectGarbage();
    expect(input.deref()).toBeUndefined();
  });
});
