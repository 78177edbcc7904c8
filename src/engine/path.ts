/**
 * The path an evaluation took: the choice made at each decision point, in evaluation order (which
 * band, whether a condition held, whether a cap applied…; each kind documents its codes). Paths are
 * interned in a tree per indicator, so 10,000 managers that took the same path share one array and
 * the scoring loop allocates nothing to record it (a choice is one step down the tree).
 *
 * The shared arrays are read-only by type (`readonly`), not frozen: V8 (Node 20) reads an element of a
 * frozen array through a generic keyed-load call, never inline. Freezing the paths and field lists
 * cost 9–14% of scoring's instructions and 7% of explaining's (callgrind, 2,000 managers).
 */
export class PathNode {
  /** The choices from the root to this node. */
  readonly choices: readonly number[];
  private readonly next: Array<PathNode | undefined> = [];
  /** The fields read along this path (interned the same way; see `fieldsOf`). */
  private fields: readonly string[] | undefined;

  constructor(choices: readonly number[]) {
    this.choices = choices;
  }

  /** The node one choice further down. */
  choose(choice: number): PathNode {
    return this.next[choice] ?? this.grow(choice);
  }

  private grow(choice: number): PathNode {
    if (!Number.isInteger(choice) || choice < 0) throw new RangeError(`path choice ${choice}`);
    const node = new PathNode([...this.choices, choice]);
    this.next[choice] = node;
    return node;
  }

  /**
   * The fields read, as an array shared with earlier evaluations that read the same fields
   * along this path (nearly always all of them: the path decides what is read).
   */
  fieldsOf(read: readonly string[], count: number): readonly string[] {
    const known = this.fields;
    if (known !== undefined && known.length === count) {
      let same = true;
      for (let i = 0; i < count && same; i++) same = known[i] === read[i];
      if (same) return known;
    }
    const copy = read.slice(0, count);
    this.fields = copy;
    return copy;
  }
}
