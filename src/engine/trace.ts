export type Trace = unknown;
