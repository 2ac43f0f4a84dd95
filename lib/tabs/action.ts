import { browser } from 'wxt/browser';
import type { Verdict } from '../classify/verdict';
import { t } from '../i18n';
import { summary } from '../verdict-text';
import { stateIconPaths, toolbarState } from './icon-states';

/** The toolbar icon tells each tab's verdict: badge text, colour and title. */

const LOOK = {
  yes: { text: '✓', color: '#1a7f37' },
  no: { text: '✕', color: '#b42318' },
  unknown: { text: '?', color: '#9a6700' },
} as const;

export async function showOnAction(tabId: number, verdict: Verdict | null): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  // The icon tells the verdict too (a mark in its corner), for those who read no badge text.
  const icon = action.setIcon({ tabId, path: stateIconPaths(toolbarState(verdict)) });
  if (!verdict || !verdict.isEsimProduct) {
    await Promise.all([icon, action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: t('actionNotProduct') })]);
    return;
  }
  const look = LOOK[verdict.topUp.value];
  await Promise.all([
    icon,
    action.setBadgeText({ tabId, text: look.text }),
    action.setBadgeBackgroundColor({ tabId, color: look.color }),
    action.setTitle({ tabId, title: t('actionVerdict', summary(verdict)) }),
  ]);
}
