/** The inputs an indicator read, as cells with text, value and status (for renderers and hosts). */
import type { IndicatorResult, ManagerInput } from "./types";
import type { TraceInput } from "./trace";

export function traceInput(field: string, input: ManagerInput, result: IndicatorResult): TraceInput {
  const fi = input.fields[field];
  let problem = fi?.problem;
  for (const p of result.problems) if (p.field === field) problem = p;
  const entry: TraceInput = {
    field,
    cell: fi?.cell ?? "",
    text: fi?.text ?? "",
    value: problem ? null : (fi?.value ?? null),
    blank: problem === undefined && (fi === undefined || fi.value === null || fi.value === ""),
  };
  if (problem) entry.problem = problem;
  if (fi?.readAsPercentPoints) entry.readAsPercentPoints = true;
  return entry;
}

/** Every input the indicator read, in reading order. */
export function traceInputs(result: IndicatorResult, input: ManagerInput): TraceInput[] {
  return result.trace.fields.map((f) => traceInput(f, input, result));
}
