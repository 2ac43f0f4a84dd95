import { z } from 'zod';
import { CORNERS } from './corners';

/**
 * The one settings model, read by the badge, the background and the popup.
 * Every field has a default, so a stored value that is missing, corrupt or
 * written by hand is repaired field by field (see recover.ts).
 */

export { CORNERS };
export const LANGUAGES = ['browser', 'en', 'ja', 'zh_CN', 'zh_TW'] as const;

export const SettingsSchema = z.object({
  display: z.object({
    badge: z.boolean(),
    corner: z.enum(CORNERS),
    /** compact: the pill, opened on demand; detailed: opened right away */
    view: z.enum(['compact', 'detailed']),
    highlights: z.boolean(),
    /** A chip on each plan card of a listing page. */
    cardChips: z.boolean(),
  }),
  sites: z.object({
    /** Known shops (provider ids) where the user switched the badge off. */
    disabledShops: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(500),
  }),
  trip: z.object({
    stay: z.enum(['short', 'long']),
    days: z.number().int().min(1).max(365),
    dailyGb: z.number().min(0).max(100),
    needsNumber: z.boolean(),
    currency: z.string().regex(/^[A-Z]{3}$/),
  }),
  device: z.object({
    /** A device id from data/devices.json, or null when not chosen. */
    id: z.string().max(200).nullable(),
  }),
  history: z.object({
    /** Remember the eSIM plans viewed, for the compare page (local storage, never in private windows). */
    remember: z.boolean(),
  }),
  language: z.enum(LANGUAGES),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  display: { badge: true, corner: 'bottom-right', view: 'compact', highlights: true, cardChips: true },
  sites: { disabledShops: [] },
  trip: { stay: 'short', days: 7, dailyGb: 1, needsNumber: false, currency: 'USD' },
  device: { id: null },
  history: { remember: true },
  language: 'browser',
};
