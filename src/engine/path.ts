/**
 * The path an evaluation took: the choice made at each decision point, in evaluation order (which
 * band, whether a condition held, whether a cap applied…; each kind documents its codes). Paths are
 * interned in a tree per indicator, so 10,000 managers that took the same path share one array and
 * the scoring loop allocates nothing to record it (a choice is one step down the tree). The fields an
 * evaluation read are interned the same way (`ReadNode`: a field read is one step down).
 *
 * The shared arrays are read-only by type (`readonly`), not frozen: V8 (Node 20) reads an element of a
 * frozen array through a generic keyed-load call, never inline, which makes scoring measurably slower
 * (see bench/README.md for how engine changes are measured).
 */
/**
 * A node of an interned tree, numbered in its tree: a score table stores the number, not the node
 * (an array of numbers is nothing for the garbage collector to visit; see score-table.ts).
 */
abstract class NumberedNode<N> {
  /** The node's number in its tree (`nodeAt`). */
  readonly index: number;

  /** `nodes`: every node of the tree, this one included from now on. */
  constructor(protected readonly nodes: N[]) {
    this.index = nodes.length;
    nodes.push(this as unknown as N);
  }

  /** The node of this tree with that number. */
  nodeAt(index: number): N {
    return this.nodes[index];
  }
}

export class PathNode extends NumberedNode<PathNode> {
  /** The choices from the root to this node. */
  readonly choices: readonly number[];
  private readonly next: Array<PathNode | undefined> = [];

  /** A root (`nodes` omitted) or a node of the tree whose nodes are `nodes`. */
  constructor(choices: readonly number[], nodes: PathNode[] = []) {
    super(nodes);
    this.choices = choices;
  }

  /** The node one choice further down. */
  choose(choice: number): PathNode {
    return this.next[choice] ?? this.grow(choice);
  }

  private grow(choice: number): PathNode {
    if (!Number.isInteger(choice) || choice < 0) throw new RangeError(`path choice ${choice}`);
    const node = new PathNode([...this.choices, choice], this.nodes);
    this.next[choice] = node;
    return node;
  }
}

/** A field as the evaluation reads it: its id, and its slot among the declared fields (-1: undeclared). */
interface ReadField {
  readonly id: string;
  readonly slot: number;
}

/**
 * The fields an evaluation read, in the order first read, interned in one tree: evaluations that
 * read the same fields in the same order share one array, found by one step per field read (no list
 * is built and compared at the end of each evaluation). Reading a field again is a step that stays
 * on the node (learned the first time), so a read is one lookup whether it is new or not.
 */
export class ReadNode extends NumberedNode<ReadNode> {
  /** The fields read from the root to this node. */
  readonly fields: readonly string[];
  /** The node after reading a declared field, by the field's slot (this node if already read). */
  private readonly next: Array<ReadNode | undefined> = [];
  /** The same for undeclared fields (the checker reports such fields), by id. */
  private byId: Map<string, ReadNode> | undefined;
  /** `unreadOf`'s answer, and the list it was asked about. */
  private unread: readonly ReadField[] = [];
  private unreadFor: readonly ReadField[] | undefined;

  /** A root (`nodes` omitted) or a node of the tree whose nodes are `nodes`. */
  constructor(fields: readonly string[], nodes: ReadNode[] = []) {
    super(nodes);
    this.fields = fields;
  }

  /** Whether the field was read on the way to this node. */
  has(id: string): boolean {
    const fields = this.fields;
    for (let i = 0; i < fields.length; i++) if (fields[i] === id) return true;
    return false;
  }

  /**
   * The fields of `used` not read on the way to this node. A tree serves one indicator, whose list
   * of fields used is always the same array: the answer is worked out once per node.
   */
  unreadOf<F extends ReadField>(used: readonly F[]): readonly F[] {
    if (this.unreadFor !== used) this.learnUnread(used);
    return this.unread as readonly F[];
  }

  /**
   * Apart from `unreadOf`: a closure there (`filter`'s callback capturing `this`) makes V8 allocate
   * its context at every call, hit or miss: megabytes of garbage per large scoring batch.
   */
  private learnUnread(used: readonly ReadField[]): void {
    this.unread = used.filter((field) => !this.has(field.id));
    this.unreadFor = used;
  }

  /** The node after reading the field: one further, or this one when it was read before. */
  read(field: ReadField): ReadNode {
    return (field.slot >= 0 ? this.next[field.slot] : this.byId?.get(field.id)) ?? this.grow(field);
  }

  private grow(field: ReadField): ReadNode {
    const node = this.has(field.id) ? this : new ReadNode([...this.fields, field.id], this.nodes);
    if (field.slot >= 0) this.next[field.slot] = node;
    else (this.byId ??= new Map()).set(field.id, node);
    return node;
  }
}
