import { scriptOf, lexicon, type Lexicon } from '../data/lexicon';
import type { Glance } from '../page/glance';
import { pathOf, titleNamesSomethingElse } from './product';
import { readQuantities, unlimitedSpans } from './quantities';
import { headText } from './statements';

/**
 * Decides from a Glance whether the page is certainly not an eSIM plan, so
 * that the full read can be skipped. It only says "no" where the full
 * classifier would too (tests/unit/glance.test.ts checks this on every
 * fixture): titles that name a phone, a SIM card or a Wi-Fi router and no
 * eSIM; help centres, blogs, news and API docs; and articles (guide paths
 * with article titles). A title that names a data amount is always read.
 */
export function certainlyNotProduct(g: Glance, lex: Lexicon = lexicon()): boolean {
  const head = headText(g.title, g.ogTitle, g.h1);
  if (titleNamesSomethingElse(head, lex)) return true;
  if (!/^https?:/i.test(g.url)) return false;
  const path = pathOf(g.url);
  const script = scriptOf(head);
  if (readQuantities(head, script, lex, { lang: '', host: '' }, unlimitedSpans(head, script, lex)).data.length) return false;
  if (lex.paths.neverAPlan.test(path)) return true;
  const articleHead = lex.any.article.test(head, script) || g.ogType.toLowerCase() === 'article';
  return lex.paths.article.test(path) && articleHead;
}
