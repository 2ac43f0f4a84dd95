import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from './migrations';
import { recover } from './recover';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

/**
 * Settings in sync storage, versioned. Readers always go through
 * loadSettings(), which repairs what it finds field by field.
 */

export const SETTINGS_VERSION = 4;

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export interface Loaded {
  settings: Settings;
  /** Paths of fields that were invalid and fell back to defaults. */
  reset: string[];
}

export function parseSettings(raw: unknown): Loaded {
  const { value, reset } = recover(SettingsSchema, raw, DEFAULT_SETTINGS);
  return { settings: value, reset };
}

export async function loadSettings(): Promise<Loaded> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(SettingsSchema.parse(next));
}

/** Calls back with repaired settings whenever they change (any surface, any tab). */
export function watchSettings(cb: (loaded: Loaded) => void): () => void {
  return settingsItem.watch((v) => cb(parseSettings(v)));
}
