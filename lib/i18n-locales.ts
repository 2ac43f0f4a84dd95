import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import { useMessages } from './i18n';
import type { Settings } from './settings/schema';

/**
 * The language setting: "follow the browser" uses browser.i18n; a forced
 * language swaps in that locale's catalog everywhere (badge, popup, options).
 */
const CATALOGS = { en, ja, zh_CN: zhCN, zh_TW: zhTW } as const;

export function applyLanguage(language: Settings['language']): void {
  useMessages(language === 'browser' ? null : CATALOGS[language]);
  if (typeof document !== 'undefined' && language !== 'browser') document.documentElement.lang = CATALOGS[language].__lang.message;
}
