/** The scoring chunk (src/taskpane/scoring.ts): fetched ahead at idle time, evaluated on first use. */
export type Scoring = typeof import("./scoring");

export function loadScoring(): Promise<Scoring> {
  return import(/* webpackChunkName: "scoring", webpackPrefetch: true */ "./scoring");
}
