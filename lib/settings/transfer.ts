import { z } from 'zod';
import { ChecklistSchema, checklistItem, readChecklist } from '../checklist';
import { SettingsSchema, type Settings } from './schema';
import { SETTINGS_VERSION, loadSettings, saveSettings } from './store';

/**
 * Export and import of settings and checklist ticks as a JSON file. An
 * import is all or nothing: a file that does not validate is refused with the
 * reason, and nothing changes.
 */

export const ExportSchema = z.object({
  app: z.literal('esim-lens'),
  version: z.number().int().min(1).max(SETTINGS_VERSION),
  settings: SettingsSchema,
  checklist: ChecklistSchema.optional(),
});
export type ExportFile = z.infer<typeof ExportSchema>;

export async function exportData(): Promise<ExportFile> {
  return { app: 'esim-lens', version: SETTINGS_VERSION, settings: (await loadSettings()).settings, checklist: await readChecklist() };
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  await saveSettings(parsed.data.settings);
  if (parsed.data.checklist) await checklistItem.setValue(parsed.data.checklist);
  return { ok: true, settings: parsed.data.settings };
}
