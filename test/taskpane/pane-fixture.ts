/** A preview host over a small scoring sheet of the reference family, for the pane's component tests. */
import { MemoryHost } from "../../src/hosts/memory";
import type { SettingsStore } from "../../src/hosts/interactive";
import { PreviewHost } from "../../src/preview/preview-host";
import { familySheet, type FixtureManager } from "../sheet/fixtures/sheet-builder";

export class MapSettings implements SettingsStore {
  readonly values = new Map<string, unknown>();
  async read(key: string): Promise<unknown> {
    return this.values.get(key);
  }
  async write(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

export const MANAGERS: FixtureManager[] = [
  { region: "城区", name: "测试经理甲" },
  { region: "城区", name: "测试经理乙", values: { memberTarget: "八十" } },
  { region: "开发区", name: "测试经理丙" },
];

export function paneHost(settings = new MapSettings()): { host: PreviewHost; settings: MapSettings } {
  const memory = new MemoryHost([familySheet({ managers: MANAGERS })]);
  return { host: new PreviewHost(memory, settings), settings };
}
