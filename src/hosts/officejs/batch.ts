/**
 * One running byte budget across everything queued in a sync. Excel on the web refuses a request or a
 * response over 5 MB, so work is cut into jobs with an estimated cost, and a sync carries as many jobs,
 * in order, as fit the budget on both sides. A job that does not fit whole may be split (rows of a
 * block), so that its first part fills the sync's room and the rest opens the next: a sync closes full,
 * not one job short. A job may return follow-up jobs (work that needs what the sync loaded, such as a
 * note's cell once its text is known); they go before the rest, so the syncs stay full and few.
 */
export interface Cost {
  /** Estimated bytes the job adds to the request (values set, calls queued). */
  request: number;
  /** Estimated bytes the job adds to the response (properties loaded). */
  response: number;
}

export interface Job {
  cost: Cost;
  /** Queues the job's calls; the returned function runs after the sync and may return follow-ups. */
  queue(): () => Job[] | void;
  /**
   * A job that can be cut: a first part whose request costs at most `room` bytes and the rest, or null
   * when not even its smallest part fits.
   */
  split?(room: number): [Job, Job] | null;
}

/** Bytes of one queued call in a request, before its arguments (id, type, name and object path). */
export const CALL_BYTES = 150;

export async function runJobs(
  context: Excel.RequestContext,
  budget: number,
  jobs: readonly Job[],
): Promise<void> {
  const pending = [...jobs];
  while (pending.length > 0) {
    let request = 0;
    let response = 0;
    const done: Array<() => Job[] | void> = [];
    for (let next = pending[0]; next !== undefined; next = pending[0]) {
      const fits = request + next.cost.request <= budget && response + next.cost.response <= budget;
      if (done.length > 0 && !fits) {
        const parts = response + next.cost.response <= budget ? next.split?.(budget - request) : null;
        if (!parts) break;
        pending.splice(0, 1, ...parts);
        continue;
      }
      pending.shift();
      request += next.cost.request;
      response += next.cost.response;
      done.push(next.queue());
    }
    // One sync per budget's worth of work: the number of syncs grows with the payload, not with the jobs.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    pending.unshift(...done.flatMap((after) => after() ?? []));
  }
}

/** A job of one small call (or a few) that sends no data worth counting beyond the call itself. */
export function callJob(calls: number, bytes: number, queue: () => void): Job {
  return {
    cost: { request: calls * CALL_BYTES + bytes, response: 0 },
    queue() {
      queue();
      return () => undefined;
    },
  };
}

/** An error Excel raised for a request (it carries Excel's error code), not a bug of ours. */
export function isOfficeError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === "string";
}
