/** Visits every rule and measure node of a rule tree (plain data), with its path. */
export type Visit = (node: Record<string, unknown>, path: string) => void;

export function walkNodes(node: unknown, path: string, visit: Visit): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => walkNodes(x, `${path}[${i}]`, visit));
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.kind === "string") visit(obj, path);
  for (const [k, v] of Object.entries(obj)) walkNodes(v, `${path}.${k}`, visit);
}

/** Calls `found` for every `{ param }` reference anywhere in a tree. */
export function findParamRefs(
  node: unknown,
  path: string,
  found: (param: string, path: string) => void,
): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => findParamRefs(x, `${path}[${i}]`, found));
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.param === "string" && Object.keys(obj).length === 1) {
    found(obj.param, path);
    return;
  }
  for (const [k, v] of Object.entries(obj)) findParamRefs(v, `${path}.${k}`, found);
}
