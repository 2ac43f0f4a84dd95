import { lexicon, type Lexicon } from '../data/lexicon';
import type { Glance } from '../page/glance';
import { findData, hasData } from './plan';
import { ARTICLE_PATH, headText, titleNamesSomethingElse } from './product';

/** Sections of a site that never sell a plan: help centres, blogs, news, API docs. */
const NEVER_A_PLAN_PATH =
  /\/(?:help|helpdesk|hc|faq|faqs|support|blog|blogs|news|article|articles|magazine|column|columns|press|glossary|wiki|kb|knowledge|developers?|docs|reference)(?:\/|$)|\/20\d\d\/\d{1,2}\//i;

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
  const a = lex.any;
  if (titleNamesSomethingElse(head, lex)) return true;
  let path = '';
  try {
    path = new URL(g.url).pathname;
  } catch {
    return false;
  }
  const data = findData(head);
  const namesPlan = hasData(data);
  if (namesPlan) return false;
  if (NEVER_A_PLAN_PATH.test(path)) return true;
  const articlePath = ARTICLE_PATH.test(path);
  const articleHead = a.article.test(head) || g.ogType.toLowerCase() === 'article';
  return articlePath && articleHead;
}
