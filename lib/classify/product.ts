import { scriptOf, type Lexicon } from '../data/lexicon';
import type { Provider } from '../data/providers';
import type { PageSnapshot } from '../page/snapshot';
import type { Reading } from './read';

/**
 * Is an eSIM plan for sale on this page? Scores for-sale signals (eSIM in the
 * title, a price, a buy button, a plan spec, Product JSON-LD) against
 * mention-only signals (guides and help articles, phone product pages,
 * physical SIM cards, pocket Wi-Fi). On a shop that sells only eSIMs, a plan
 * page need not say "eSIM" at all. Weights were set on the main and dev sets.
 */

const THRESHOLD = 3;

/**
 * A title that names a phone, a SIM card, a Wi-Fi router, a gift card or
 * insurance, and no eSIM: not an eSIM plan, whatever else the page says.
 */
export function titleNamesSomethingElse(head: string, lex: Lexicon, lang = ''): boolean {
  const a = lex.any;
  const script = scriptOf(head, lang);
  return !a.esim.test(head, script) && (a.phoneHead.test(head, script) || a.physicalSim.test(head, script) || a.pocketWifi.test(head, script) || a.notAPlan.test(head, script));
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

export interface ProductInput {
  snapshot: PageSnapshot;
  readings: Reading[];
  provider: Provider | null;
}

export function productScore({ snapshot, readings, provider }: ProductInput, lex: Lexicon): number {
  const a = lex.any;
  const head = readings.find((r) => r.st.source === 'head');
  const headText = head?.st.text ?? '';
  const headScript = head?.st.script ?? 'latin';
  const ld = readings.filter((r) => r.st.source === 'ld');
  const content = readings.filter((r) => r.st.source === 'body' && r.st.weight > 0);
  const esimHead = a.esim.test(headText, headScript);
  const esimLd = ld.some((r) => a.esim.test(r.st.text, r.st.script));
  const esimBody = content.some((r) => a.esim.test(r.st.text, r.st.script));
  const esimShop = provider?.esimOnly === true;
  if (!esimHead && !esimLd && !esimBody && !esimShop) return 0;

  // What the title names decides first.
  if (titleNamesSomethingElse(headText, lex, snapshot.lang)) return 0;
  const phoneHead = a.phoneHead.test(headText, headScript);

  let s = esimHead ? 2 : esimLd ? 1.5 : esimBody ? 1 : 1.5;
  if (snapshot.products.length) s += esimLd ? 3 : 0.5;
  if (a.planWord.test(headText, headScript)) s += 1;
  if (content.some((r) => a.buy.test(r.st.text, r.st.script))) s += 1.5;
  if (content.some((r) => r.st.weight >= 0.5 && r.q.prices.some((p) => !p.discount))) s += 1;
  const headData = !phoneHead && !!head?.q.data.some((d) => !d.range);
  if (headData) s += 1.5;
  else if (content.some((r) => r.st.kind !== 'link' && r.q.data.some((d) => d.gb !== undefined && !d.range))) s += 0.5;
  if (head?.q.durations.some((d) => !d.window && !d.range)) s += 1;

  const path = pathOf(snapshot.url);
  if (a.article.test(headText, headScript)) s -= 2;
  if (lex.paths.article.test(path)) s -= 2.5;
  if (snapshot.meta['og:type']?.toLowerCase() === 'article') s -= 1;
  if (path === '/' || path === '') s -= 1;

  // "Supports dual eSIM" on a phone's page is a feature, not a plan.
  const specs = content.slice(0, 300).filter((r) => a.phone.test(r.st.text, r.st.script)).length;
  if (phoneHead && (specs >= 2 || a.esimFeature.test(headText, headScript))) s -= 4;
  if (a.physicalSim.test(headText, headScript)) s -= 1;
  if (a.pocketWifi.test(headText, headScript)) s -= 3;
  return s;
}

export function isProduct(input: ProductInput, lex: Lexicon): boolean {
  return productScore(input, lex) >= THRESHOLD;
}
