/**
 * A manager's inputs by field slot (the field's position in the rule set), read once per manager.
 * Looking a field up by its id in `ManagerInput.fields` is a keyed load with a different key at
 * every read; walking the object once with `for…in` reads its values in place, and sheets parsed by
 * the same layout give their fields in the same order, so each key's slot is known from the last
 * manager's key at the same position (one comparison); the slots are learned again only when the
 * keys differ.
 */
import type { FieldInput, ManagerInput } from "./types";
import type { FieldDecl } from "./types";

export class InputSlots {
  /** The input of each declared field (by slot), undefined when absent. */
  readonly bySlot: (FieldInput | undefined)[];
  /** The keys of the last manager's fields, in order, and the slot of each (-1: undeclared). */
  private keyAt: string[] = [];
  private slotAt = new Int32Array(0);

  /** `fields`: the rule set's field declarations (their `slot` is their position). */
  constructor(private readonly fields: ReadonlyMap<string, FieldDecl>) {
    this.bySlot = new Array<FieldInput | undefined>(fields.size).fill(undefined);
  }

  /** Reads a manager's fields into `bySlot`. */
  load(input: ManagerInput): void {
    const fields = input.fields;
    if (this.loadKnown(fields)) return;
    this.learn(fields);
    this.loadKnown(fields);
  }

  /**
   * Reads the fields when their keys are the last manager's, in the same order (a sheet's managers
   * all have the same); false at the first key that is not. The same keys fill the same slots, so
   * nothing is cleared: every slot the last manager filled is written again, the others stay empty
   * (`learn` clears them all when the keys change). The loop makes no call, so it stays a few loads
   * and compares per field.
   */
  private loadKnown(fields: ManagerInput["fields"]): boolean {
    const bySlot = this.bySlot;
    const { keyAt, slotAt } = this;
    let j = 0;
    for (const key in fields) {
      // Only strings compared (never a hole): the comparison stays a pointer check, not a call.
      if (j >= keyAt.length || keyAt[j] !== key) return false;
      const slot = slotAt[j++];
      if (slot >= 0) bySlot[slot] = fields[key];
    }
    return j === keyAt.length;
  }

  /** Learns the keys of a manager's fields and their slots, and empties every slot. */
  private learn(fields: ManagerInput["fields"]): void {
    this.bySlot.fill(undefined);
    const keys: string[] = [];
    for (const key in fields) keys.push(key);
    this.keyAt = keys;
    this.slotAt = Int32Array.from(keys, (key) => this.fields.get(key)?.slot ?? -1);
  }
}
