import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { VerdictSchema, type Verdict } from '../classify/verdict';

/**
 * Each tab's latest verdict, for the popup and the toolbar icon. Kept in
 * session storage so that it survives the MV3 service worker being stopped,
 * and parsed on the way out: a bad entry is dropped, not trusted.
 */

const Stored = z.record(z.string(), z.unknown());
const item = storage.defineItem<Record<string, unknown>>('session:tab-verdicts', { fallback: {} });

async function readAll(): Promise<Record<string, unknown>> {
  const raw = await item.getValue();
  const parsed = Stored.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

export async function getTabVerdict(tabId: number): Promise<Verdict | null> {
  const parsed = VerdictSchema.safeParse((await readAll())[String(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function setTabVerdict(tabId: number, verdict: Verdict | null): Promise<void> {
  const all = await readAll();
  if (verdict) all[String(tabId)] = verdict;
  else delete all[String(tabId)];
  await item.setValue(all);
}
