import type { SheetSnapshot, WorkbookHost, WritePlan } from "../sheet/types";

export type Phase = "idle" | "reading" | "scoring" | "writing" | "ready";

/**
 * The pipeline's progress, seen from the host: reading the workbook, then scoring (between the last
 * read and the write), then writing. The pipeline itself stays unaware of any pane.
 */
export function withProgress(host: WorkbookHost, onPhase: (phase: Phase) => void): WorkbookHost {
  return {
    listSheets: () => {
      onPhase("reading");
      return host.listSheets();
    },
    readSheet: async (name: string): Promise<SheetSnapshot> => {
      onPhase("reading");
      const snapshot = await host.readSheet(name);
      onPhase("scoring");
      return snapshot;
    },
    apply: async (plan: WritePlan): Promise<void> => {
      onPhase("writing");
      await host.apply(plan);
    },
  };
}
