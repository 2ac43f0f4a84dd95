import { browser } from 'wxt/browser';
import { DETECT_SCRIPT_FILE } from './detect-file';

/**
 * Sites beyond the known shops run the detector only where the user allowed
 * it: optional host permissions granted from our own UI ("detect on this
 * site" / "detect on every site"), registered as a content script at run
 * time and unregistered when the permission goes.
 */

export const USER_SITES_SCRIPT_ID = 'esim-lens-user-sites';

/** The known shops' match patterns, granted at install (the manifest's detector runs there). */
const builtInOrigins = (): string[] => browser.runtime.getManifest().host_permissions ?? [];

/** Origins the user granted on top of the manifest's known shops. */
export async function userOrigins(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const builtIn = new Set(builtInOrigins());
  return granted.filter((o) => !builtIn.has(o));
}

/** Makes the registered detector match exactly the user's extra origins. */
export async function syncUserSites(): Promise<string[]> {
  const origins = await userOrigins();
  const scripting = browser.scripting;
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (!origins.length) {
    if (existing.length) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    return origins;
  }
  // "Every site" overlaps the known shops, whose pages the manifest's detector already runs on: not twice.
  const builtIn = builtInOrigins();
  const script = {
    id: USER_SITES_SCRIPT_ID, matches: origins, ...(builtIn.length ? { excludeMatches: builtIn } : {}),
    js: [DETECT_SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true,
  };
  if (existing.length) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return origins;
}

/** The match pattern for "this site": the page's scheme-agnostic host. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `*://${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
