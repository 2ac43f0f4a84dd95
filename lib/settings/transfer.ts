import { z } from 'zod';
import { ChecklistSchema, checklistItem, readChecklist } from '../checklist';
import { SettingsSchema, type Settings } from './schema';
import { SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, loadSettings, saveSettings } from './store';

/**
 * Export and import of settings and checklist ticks as a JSON file. An
 * import is all or nothing: a file that does not validate is refused with the
 * reason, and nothing changes.
 */

export const ExportSchema = z.object({
  app: z.literal('esim-lens'),
  version: z.number().int().min(1).max(SETTINGS_VERSION),
  settings: z.unknown(),
  checklist: ChecklistSchema.optional(),
});
export type ExportFile = z.infer<typeof ExportSchema> & { settings: Settings };

export async function exportData(): Promise<ExportFile> {
  return { app: 'esim-lens', version: SETTINGS_VERSION, settings: (await loadSettings()).settings, checklist: await readChecklist() };
}

function reason(error: z.ZodError, prefix?: string): string {
  const issue = error.issues[0];
  const path = [prefix, ...issue.path].filter((p) => p !== undefined).join('.');
  return `${path || 'file'}: ${issue.message}`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; reason: string };

export async function importData(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not a JSON file' };
  }
  const parsed = ExportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: reason(parsed.error) };
  // A file from an older version is brought up to date by the same migrations as stored settings.
  let settings: unknown = parsed.data.settings;
  for (let v = parsed.data.version + 1; v <= SETTINGS_VERSION; v++) settings = SETTINGS_MIGRATIONS[v]?.(settings) ?? settings;
  const valid = SettingsSchema.safeParse(settings);
  if (!valid.success) return { ok: false, reason: reason(valid.error, 'settings') };
  await saveSettings(valid.data);
  if (parsed.data.checklist) await checklistItem.setValue(parsed.data.checklist);
  return { ok: true, settings: valid.data };
}
