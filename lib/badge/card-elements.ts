/**
 * The page's plan-card elements, as the reader last read them, for the
 * badge host to put a chip in each. Both content scripts run in the same
 * isolated world, so a global keyed by a symbol is shared between them and
 * out of the page's reach (the page's own scripts see another global object).
 */
const KEY = Symbol.for('esim-lens-card-elements');

type Holder = Record<symbol, Map<string, Element> | undefined>;

export function keepCardElements(items: Map<string, Element>): void {
  (globalThis as unknown as Holder)[KEY] = items;
}

export function cardElement(at: readonly [number, number]): Element | undefined {
  const el = (globalThis as unknown as Holder)[KEY]?.get(`${at[0]}:${at[1]}`);
  return el?.isConnected ? el : undefined;
}
