import type { Browser } from 'wxt/browser';

/**
 * Who may send what. Every sender is our own code, but a content script runs
 * in a shop's renderer: it may speak for its own tab only. Extension pages
 * (the popup, the options page, the badge's frame) have an extension URL.
 */

type Sender = Pick<Browser.runtime.MessageSender, 'tab' | 'frameId' | 'url'>;

export function isExtensionUrl(url: string | undefined): boolean {
  return !!url && /^(?:chrome|moz|safari-web)-extension:\/\//.test(url);
}

/** The detector: a content script in the top frame of a tab. */
export function isTopFrameScript(s: Sender): boolean {
  return s.tab?.id !== undefined && s.frameId === 0 && !isExtensionUrl(s.url);
}

/** The badge: the detector's tab, or our own frame inside that tab. */
export function isBadgeOfTab(s: Sender): boolean {
  return s.tab?.id !== undefined && (s.frameId === 0 || isExtensionUrl(s.url));
}

/** Our badge frame inside a shop's tab. */
export function isBadgeFrame(s: Sender): boolean {
  return s.tab?.id !== undefined && isExtensionUrl(s.url);
}

/** An extension page of its own (the popup, or the popup opened as a tab): may ask about any tab. */
export function isExtensionPage(s: Sender): boolean {
  return isExtensionUrl(s.url) && (s.tab === undefined || s.frameId === 0);
}
