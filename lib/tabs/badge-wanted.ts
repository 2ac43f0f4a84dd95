import type { Verdict } from '../classify/verdict';
import { isDismissedIn, type Dismissed } from '../dismissed';
import type { Settings } from '../settings/schema';

/** The verdict the badge shows on its page, or null when no badge belongs there. */
export function badgeFor(verdict: Verdict | null, settings: Settings, dismissed: Dismissed): Verdict | null {
  if (!verdict?.isEsimProduct || !settings.display.badge) return null;
  if (verdict.provider && settings.sites.disabledShops.includes(verdict.provider)) return null;
  if (isDismissedIn(dismissed, verdict.url)) return null;
  return verdict;
}
