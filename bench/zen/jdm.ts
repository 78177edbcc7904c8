/**
 * A small builder for GoRules JDM decision graphs (the JSON that `@gorules/zen-engine` evaluates).
 * Only the node kinds the comparison uses: input, expression, decision table, output, joined in a chain.
 */

export interface JdmExpression {
  id: string;
  key: string;
  value: string;
}

export interface JdmColumn {
  id: string;
  name: string;
  field: string;
}

/** A decision-table row: `_id`, then one cell per column id (unary test for inputs, expression for outputs). */
export type JdmRule = Record<string, string>;

interface Position {
  x: number;
  y: number;
}

export type JdmNode =
  | { id: string; name: string; type: "inputNode" | "outputNode"; position: Position }
  | {
      id: string;
      name: string;
      type: "expressionNode";
      position: Position;
      content: { passThrough: boolean; expressions: JdmExpression[] };
    }
  | {
      id: string;
      name: string;
      type: "decisionTableNode";
      position: Position;
      content: {
        hitPolicy: "first";
        passThrough: false;
        outputPath: string;
        inputs: JdmColumn[];
        outputs: JdmColumn[];
        rules: JdmRule[];
      };
    };

export interface JdmEdge {
  id: string;
  type: "edge";
  sourceId: string;
  targetId: string;
}

export interface JdmGraph {
  contentType: "application/vnd.gorules.decision";
  nodes: JdmNode[];
  edges: JdmEdge[];
}

/** An expression node; `passThrough` keeps the incoming data next to the new keys. */
export function expressionNode(
  name: string,
  expressions: Record<string, string>,
  passThrough = true,
): JdmNode {
  return {
    id: name,
    name,
    type: "expressionNode",
    position: { x: 0, y: 0 },
    content: {
      passThrough,
      expressions: Object.entries(expressions).map(([key, value], i) => ({ id: `${name}-${i}`, key, value })),
    },
  };
}

/**
 * A first-hit decision table. `inputs` maps column name → field expression; each row gives, in
 * column order, the input tests ("" matches anything) followed by the output expressions.
 * The outputs land under `outputPath` (e.g. `bands.groupBuild.score`).
 */
export function decisionTable(
  name: string,
  outputPath: string,
  inputs: Record<string, string>,
  outputs: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): JdmNode {
  const inputColumns = Object.entries(inputs).map(([column, field]) => ({
    id: `${name}-in-${column}`,
    name: column,
    field,
  }));
  const outputColumns = outputs.map((field) => ({ id: `${name}-out-${field}`, name: field, field }));
  const columns = [...inputColumns, ...outputColumns];
  const rules = rows.map((cells, r) => {
    if (cells.length !== columns.length) {
      throw new RangeError(`${name} row ${r + 1}: ${cells.length} cells for ${columns.length} columns`);
    }
    const rule: JdmRule = { _id: `${name}-row-${r + 1}` };
    columns.forEach((column, c) => (rule[column.id] = cells[c]));
    return rule;
  });
  return {
    id: name,
    name,
    type: "decisionTableNode",
    position: { x: 0, y: 0 },
    content: {
      hitPolicy: "first",
      passThrough: false,
      outputPath,
      inputs: inputColumns,
      outputs: outputColumns,
      rules,
    },
  };
}

/**
 * request → `first` → every node of `parallel` → `last` → response, with `first` also feeding `last`
 * directly: ZEN merges the outputs of a node's parents, so `last` sees `first`'s data and every
 * parallel node's results.
 */
export function fanOut(first: JdmNode, parallel: readonly JdmNode[], last: JdmNode): JdmGraph {
  const request: JdmNode = { id: "request", name: "request", type: "inputNode", position: { x: 0, y: 0 } };
  const response: JdmNode = {
    id: "response",
    name: "response",
    type: "outputNode",
    position: { x: 0, y: 0 },
  };
  const links: Array<[JdmNode, JdmNode]> = [
    [request, first],
    ...parallel.flatMap((node): Array<[JdmNode, JdmNode]> => [
      [first, node],
      [node, last],
    ]),
    [first, last],
    [last, response],
  ];
  return {
    contentType: "application/vnd.gorules.decision",
    nodes: [request, first, ...parallel, last, response],
    edges: links.map(([source, target], i) => ({
      id: `edge-${i}`,
      type: "edge",
      sourceId: source.id,
      targetId: target.id,
    })),
  };
}
