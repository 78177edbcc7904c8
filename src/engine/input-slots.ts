/**
 * A manager's inputs by field slot (the field's position in the rule set), read once per manager.
 * Looking a field up by its id in `ManagerInput.fields` is a keyed load with a different key at
 * every read; walking the object once with `for…in` reads its values in place, and sheets parsed by
 * the same layout give their fields in the same order, so each key's slot is known from the last
 * manager's key at the same position (one comparison) and looked up only when it differs.
 */
import type { FieldInput, ManagerInput } from "./types";
import type { FieldDecl } from "./context";

export class InputSlots {
  /** The input of each declared field (by slot), undefined when absent. */
  readonly bySlot: (FieldInput | undefined)[];
  /** The key found at each position of the last manager's fields, and its slot (-1: undeclared). */
  private readonly keyAt: string[] = [];
  private readonly slotAt: number[] = [];

  /** `fields`: the rule set's field declarations (their `slot` is their position). */
  constructor(private readonly fields: ReadonlyMap<string, FieldDecl>) {
    this.bySlot = new Array<FieldInput | undefined>(fields.size).fill(undefined);
  }

  /** Reads a manager's fields into `bySlot`. */
  load(input: ManagerInput): void {
    const bySlot = this.bySlot;
    // A loop, not `fill`: Array.prototype.fill is a call into the runtime, dearer than ~40 stores.
    for (let i = 0; i < bySlot.length; i++) bySlot[i] = undefined;
    const fields = input.fields;
    const { keyAt, slotAt } = this;
    let j = 0;
    for (const key in fields) {
      let slot: number;
      // Only strings compared (never a hole): the comparison stays a pointer check, not a call.
      if (j < keyAt.length && keyAt[j] === key) slot = slotAt[j];
      else {
        slot = this.fields.get(key)?.slot ?? -1;
        keyAt[j] = key;
        slotAt[j] = slot;
      }
      if (slot >= 0) bySlot[slot] = fields[key];
      j++;
    }
  }
}
