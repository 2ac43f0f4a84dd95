import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

/**
 * The one i18n helper every surface uses. Words come from public/_locales
 * through browser.i18n (the browser's language); `useMessages` lets the
 * options page force another of our locales everywhere.
 */

export type MessageKey = keyof typeof en;
interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Partial<Record<string, Entry>>;

let forced: Catalog | null = null;

/** Use this catalog instead of the browser's language (null: follow the browser). */
export function useMessages(catalog: Catalog | null): void {
  forced = catalog;
}

/** Chrome's message format: $NAME$ placeholders whose content is $1, $2 … */
export function format(entry: Entry | undefined, subs: string[]): string {
  if (!entry) return '';
  let out = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = content.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
    out = out.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return out.replace(/\$\$/g, '$');
}

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const s = subs.map(String);
  if (forced) return format(forced[key], s) || format((en as Catalog)[key], s);
  let msg = '';
  try {
    msg = browser.i18n.getMessage(key, s);
  } catch {
    // outside an extension (tests without fakeBrowser): fall back to English
  }
  return msg || format((en as Catalog)[key], s);
}

/** The UI language in effect, for lang attributes and number formats. */
export function uiLanguage(): string {
  if (forced) return forced.__lang?.message ?? 'en';
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
