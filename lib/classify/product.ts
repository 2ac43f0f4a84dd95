import type { Lexicon } from '../data/lexicon';
import type { Block, PageSnapshot } from '../page/snapshot';
import { blockWeight } from './evidence';
import { findData, findPrice, findValidity } from './plan';

/**
 * Is an eSIM plan for sale on this page? Scores for-sale signals (eSIM in the
 * title, a price, a buy button, a plan spec, Product JSON-LD) against
 * mention-only signals (guides and help articles, phone product pages,
 * physical SIM cards, pocket Wi-Fi). Weights were set on the fixture set, not
 * the holdout set.
 */

const ARTICLE_PATH =
  /\/(?:blog|blogs|guide|guides|news|article|articles|help|helpdesk|faq|faqs|support|hc|magazine|column|columns|media|topics|how-to|howto|learn|knowledge|kb|docs|developers?|api|glossary|wiki|press|stories|post|posts|info)(?:\/|$|\.)/i;
const PHONE_MODEL_HEAD = /\b(?:iphone|ipad|galaxy|pixel|xperia|aquos|arrows|redmi|xiaomi|oppo|motorola|moto g)\b/i;
const THRESHOLD = 3;

export interface ProductInput {
  snapshot: PageSnapshot;
  head: string;
  content: Block[];
}

export function productScore({ snapshot, head, content }: ProductInput, lex: Lexicon): number {
  const a = lex.any;
  const ldNames = snapshot.products.map((p) => `${p.name} ${p.description}`).join(' ');
  const esimHead = a.esim.test(head);
  const esimLd = a.esim.test(ldNames);
  const esimBody = content.some((b) => a.esim.test(b.text));
  if (!esimHead && !esimLd && !esimBody) return 0;

  let s = esimHead ? 2 : esimLd ? 1.5 : 1;
  if (snapshot.products.length) s += esimLd || /\d\s?GB|unlimited|無制限|吃到飽|无限/i.test(ldNames) ? 3 : 1;
  if (content.some((b) => a.buy.test(b.text))) s += 1.5;
  if (content.some((b) => blockWeight(b) >= 0.5 && findPrice(b.text, snapshot.lang, snapshot.host))) s += 1;
  const headData = findData(head);
  if (headData.dataGb !== undefined || headData.unlimited) s += 1.5;
  else if (content.some((b) => b.kind !== 'link' && findData(b.text).dataGb !== undefined)) s += 0.5;
  if (findValidity(head)) s += 1;

  let path = '';
  try {
    path = new URL(snapshot.url).pathname;
  } catch {
    // no URL: no path cues
  }
  if (a.article.test(head)) s -= 3;
  if (ARTICLE_PATH.test(path)) s -= 2.5;
  if (snapshot.meta['og:type']?.toLowerCase() === 'article') s -= 2;
  if (path === '/' || path === '') s -= 1;

  const specs = content.slice(0, 300).filter((b) => a.phone.test(b.text)).length;
  if (PHONE_MODEL_HEAD.test(head) && !esimHead) s -= 4;
  else if (PHONE_MODEL_HEAD.test(head) && specs >= 2) s -= 4;
  if (a.physicalSim.test(head)) s -= esimHead ? 1 : 4;
  if (a.pocketWifi.test(head)) s -= 4;
  return s;
}

export function isProduct(input: ProductInput, lex: Lexicon): boolean {
  return productScore(input, lex) >= THRESHOLD;
}
