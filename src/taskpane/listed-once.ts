/** The pane's start-up lists the sheets once: to see whether there is a rules sheet, and to detect. */
import type { WorkbookHost } from "../sheet/types";

/** The host, answering its next listing of the sheets with `sheets` (listed once, not twice). */
export function listedOnce(host: WorkbookHost, sheets: Promise<string[]>): WorkbookHost {
  let unlisted = true;
  return Object.assign(Object.create(host) as WorkbookHost, {
    listSheets: () => {
      if (!unlisted) return host.listSheets();
      unlisted = false;
      return sheets;
    },
  });
}
