/**
 * What a contract can demand of a buyer. Its own module: the verdict schema
 * (read by every UI page) needs the list but not the 100 KB phrase lexicon,
 * which importing it from lexicon.ts pulled into the popup, the options page,
 * the badge frame and the compare page.
 */
export const REQUIREMENTS = ['jp-bank-account', 'jp-credit-card', 'jp-phone-number', 'residence-card', 'identity-check', 'jp-address'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];
