/**
 * What the detector and the reader share about this document: what the
 * reader last sent (a re-render that changed no words is not sent again) and
 * whether the last glance said the page could be a plan (the reader's watch
 * for large DOM changes reads again only then). Both scripts run in the same
 * isolated world, so a global keyed by a symbol is shared between them and
 * out of the page's reach. The detector clears the last read on every fresh
 * glance (a new page in a single-page shop, the popup asking), so that read is
 * always sent.
 */
const KEY = Symbol.for('esim-lens-read-state');
interface ReadState {
  lastKey?: string;
  possiblePlan?: boolean;
}
const state = (): ReadState => ((globalThis as unknown as Record<symbol, ReadState>)[KEY] ??= {});

export const lastRead = (): string | undefined => state().lastKey;
export const rememberRead = (key: string): void => void (state().lastKey = key);
export const forgetLastRead = (): void => void (state().lastKey = undefined);
export const setPossiblePlan = (possible: boolean): void => void (state().possiblePlan = possible);
export const possiblePlan = (): boolean => state().possiblePlan !== false;
