import type { SettingsStore } from "../hosts/interactive";

/** The preview's stand-in for workbook settings: the browser's localStorage (values kept as JSON text). */
export class LocalStorageSettings implements SettingsStore {
  constructor(
    private readonly storage: Pick<Storage, "getItem" | "setItem">,
    private readonly prefix = "",
  ) {}

  async read(key: string): Promise<unknown> {
    const stored = this.storage.getItem(this.prefix + key);
    if (stored === null) return undefined;
    try {
      return JSON.parse(stored);
    } catch {
      return stored; // not JSON: returned as found, so validation reports it as damaged
    }
  }

  async write(key: string, value: unknown): Promise<void> {
    this.storage.setItem(this.prefix + key, JSON.stringify(value));
  }
}
