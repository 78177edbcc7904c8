import { rectAddress } from "../sheet/address";
import type { Rect } from "../sheet/types";

/** "$E$40:$F$40": an absolute A1 reference (a drop-down's source, the same for every cell it serves). */
export function absoluteRange(rect: Rect): string {
  return rectAddress(rect)
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}
