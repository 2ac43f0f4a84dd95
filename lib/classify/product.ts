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
  /** How many plan cards the page shows (a grid of plans with prices sells them). */
  cards?: number;
}

/** The signals that decide, each with what it adds: the score is their sum (npm run explain prints them). */
export function productSignals({ snapshot, readings, provider, cards = 0 }: ProductInput, lex: Lexicon): Array<[string, number]> {
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
  if (!esimHead && !esimLd && !esimBody && !esimShop) return [['no eSIM anywhere', 0]];
  // What the title names decides first.
  if (titleNamesSomethingElse(headText, lex, snapshot.lang)) return [['the title names something else', 0]];

  const out: Array<[string, number]> = [];
  const add = (signal: string, value: number, when: unknown = true) => {
    if (when) out.push([signal, value]);
  };
  const phoneHead = a.phoneHead.test(headText, headScript);
  const path = pathOf(snapshot.url);
  const articleHead = a.article.test(headText, headScript);
  const articlePath = lex.paths.article.test(path);
  const ogArticle = snapshot.meta['og:type']?.toLowerCase() === 'article';

  add(esimHead ? 'eSIM in the title' : esimLd ? 'eSIM in structured data' : esimBody ? 'eSIM in the content' : 'an eSIM-only shop', esimHead ? 2 : esimLd ? 1.5 : esimBody ? 1 : 1.5);
  add('Product structured data', esimLd ? 3 : 0.5, snapshot.products.length);
  add('a plan word in the title', 1, a.planWord.test(headText, headScript));
  add('a buy button', 1.5, content.some((r) => a.buy.test(r.st.text, r.st.script)));
  add('a price', 1, content.some((r) => r.st.weight >= 0.5 && r.q.prices.some((p) => !p.discount)));
  const headData = !phoneHead && !!head?.q.data.some((d) => !d.range);
  add('a data amount in the title', 1.5, headData);
  add('a data amount in the content', 0.5, !headData && content.some((r) => r.st.kind !== 'link' && r.q.data.some((d) => d.gb !== undefined && !d.range)));
  add('a duration in the title', 1, head?.q.durations.some((d) => !d.window && !d.range));
  // A grid of eSIM plans with prices sells them, unless the page is an article comparing shops.
  add('a grid of plan cards', 2, cards >= 2 && esimHead && !phoneHead && !articleHead && !articlePath && !ogArticle);

  add('an article title', -2, articleHead);
  add('a title word articles use', -1, !articleHead && a.articleHint.test(headText, headScript));
  add('an article path', -2.5, articlePath);
  add('og:type article', -1, ogArticle);
  add('the home page', -1, path === '/' || path === '');
  // "Supports dual eSIM" on a phone's page is a feature, not a plan.
  const specs = content.slice(0, 300).filter((r) => a.phone.test(r.st.text, r.st.script)).length;
  add('a phone page', -4, phoneHead && (specs >= 2 || a.esimFeature.test(headText, headScript)));
  add('a SIM card in the title', -1, a.physicalSim.test(headText, headScript));
  add('pocket Wi-Fi in the title', -3, a.pocketWifi.test(headText, headScript));
  // A carrier's roaming rates for the buyer's own number ("日本 国际漫游资费") sell roaming, not an eSIM.
  add('roaming rates in the title', -3, !esimHead && a.roamingHead.test(headText, headScript));
  return out;
}

export function productScore(input: ProductInput, lex: Lexicon): number {
  return productSignals(input, lex).reduce((s, [, v]) => s + v, 0);
}

export function isProduct(input: ProductInput, lex: Lexicon): boolean {
  return productScore(input, lex) >= THRESHOLD;
}
