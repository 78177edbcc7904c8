/** What every command writes to, and how it stops: shared by the commands and main.ts. */
import type { ProgressSink } from "./progress";

export interface CliIo {
  out(text: string): void;
  /** Standard error: messages, and the progress bar when it is a terminal. */
  err: ProgressSink;
}

/** The run cannot go on (exit 1); the message is for the user, in their language. */
export class CliFailure extends Error {
  override name = "CliFailure";
}
