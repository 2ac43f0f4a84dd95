import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** The buying checklist's ticks, kept across popup openings. Parsed on read: a bad value means "nothing ticked". */

export const CHECKLIST_ITEMS = ['use', 'fees', 'device', 'reviews'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const ChecklistSchema = z.object({
  use: z.boolean().catch(false),
  fees: z.boolean().catch(false),
  device: z.boolean().catch(false),
  reviews: z.boolean().catch(false),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

export const EMPTY_CHECKLIST: Checklist = { use: false, fees: false, device: false, reviews: false };

export const checklistItem = storage.defineItem<Checklist>('local:checklist', { fallback: EMPTY_CHECKLIST, version: 1 });

export async function readChecklist(): Promise<Checklist> {
  const parsed = ChecklistSchema.safeParse((await checklistItem.getValue()) ?? {});
  return parsed.success ? parsed.data : EMPTY_CHECKLIST;
}

export async function setTick(item: ChecklistItem, ticked: boolean): Promise<Checklist> {
  const next = { ...(await readChecklist()), [item]: ticked };
  await checklistItem.setValue(next);
  return next;
}

export async function resetChecklist(): Promise<void> {
  await checklistItem.setValue(EMPTY_CHECKLIST);
}
