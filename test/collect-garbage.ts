/**
 * A full garbage collection, for tests of what a piece of code keeps alive (a WeakRef's target is
 * gone after it only if nothing holds it). Node's `--expose-gc`, turned on from within the test.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}
