import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** Pages and sites where the user hid the badge. Parsed on read; a bad value counts as "nothing hidden". */

const DismissedSchema = z.object({
  sites: z.array(z.string().max(300)).max(5000).default([]),
  pages: z.array(z.string().max(4000)).max(5000).default([]),
});
export type Dismissed = z.infer<typeof DismissedSchema>;

export const dismissedItem = storage.defineItem<Dismissed>('local:dismissed', {
  fallback: { sites: [], pages: [] },
  version: 1,
});

async function read(): Promise<Dismissed> {
  const parsed = DismissedSchema.safeParse(await dismissedItem.getValue());
  return parsed.success ? parsed.data : { sites: [], pages: [] };
}

/** The page without its fragment: "#reviews" is the same page. */
export function pageKey(url: string): string {
  return url.split('#')[0];
}

export async function isDismissed(url: string): Promise<boolean> {
  const d = await read();
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // no host
  }
  return d.sites.includes(host) || d.pages.includes(pageKey(url));
}

export async function dismiss(url: string, scope: 'page' | 'site'): Promise<void> {
  const d = await read();
  if (scope === 'site') {
    const host = new URL(url).hostname;
    if (!d.sites.includes(host)) d.sites.push(host);
  } else if (!d.pages.includes(pageKey(url))) d.pages.push(pageKey(url));
  await dismissedItem.setValue(d);
}

export async function undismissSite(host: string): Promise<void> {
  const d = await read();
  await dismissedItem.setValue({ ...d, sites: d.sites.filter((s) => s !== host) });
}
