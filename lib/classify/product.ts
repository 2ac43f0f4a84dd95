import type { Lexicon } from '../data/lexicon';
import type { Block, PageSnapshot } from '../page/snapshot';
import { blockWeight } from './evidence';
import { findData, findPrice, findValidity, hasData } from './plan';
import { normalize } from '../text/normalize';

/**
 * Is an eSIM plan for sale on this page? Scores for-sale signals (eSIM in the
 * title, a price, a buy button, a plan spec, Product JSON-LD) against
 * mention-only signals (guides and help articles, phone product pages,
 * physical SIM cards, pocket Wi-Fi). Weights were set on the fixture set, not
 * the holdout set.
 */

export const ARTICLE_PATH =
  /\/(?:blog|blogs|guide|guides|news|article|articles|help|helpdesk|faq|faqs|support|hc|magazine|column|columns|media|topics|how-to|howto|learn|knowledge|kb|docs|developers?|api|glossary|wiki|press|stories|post|posts|info)(?:\/|$|\.)|\/20\d\d\/\d{1,2}\//i;
export const PHONE_HEAD =
  /\b(?:iphone|ipad|galaxy|pixel|xperia|aquos|arrows|redmi|xiaomi|oppo|motorola|moto g|smartphone)\b|手机|手機|スマートフォン|スマホ/i;
const ESIM_FEATURE =
  /dual[- ]?e-?sim|[双雙]e-?sim|デュアルe-?sim|支持e-?sim|支援e-?sim|e-?sim対応|supports? e-?sim|e-?sim (?:support|compatible)/i;
// Gift cards, account credit and insurance: bought with the same words ("top up", "extend"), but not plans.
export const NOT_A_PLAN_HEAD =
  /\bgift ?cards?\b|\bgift vouchers?\b|\bstore credit\b|\binsurance\b|ギフトカード|ギフト券|保険|礼品卡|禮品卡|礼物卡|禮物卡|保险|保險|储值卡|儲值卡/i;
// The page names a plan: 料金プラン, 月費方案, "Japan data plan".
const PLAN_WORD = /\b(?:data )?plans?\b|プラン|方案|套餐|資費|资费|料金/i;
const THRESHOLD = 3;

/** The page's own name for itself: title, og:title and h1, as the lexicon sees them. */
export function headText(title: string, ogTitle: string, h1: string): string {
  return normalize([title, ogTitle, h1].join(' | '));
}

/**
 * A title that names a phone, a SIM card, a Wi-Fi router, a gift card or
 * insurance, and no eSIM: not an eSIM plan, whatever else the page says.
 */
export function titleNamesSomethingElse(head: string, lex: Lexicon): boolean {
  const a = lex.any;
  return !a.esim.test(head) && (PHONE_HEAD.test(head) || a.physicalSim.test(head) || a.pocketWifi.test(head) || NOT_A_PLAN_HEAD.test(head));
}

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

  // What the title names decides first.
  if (titleNamesSomethingElse(head, lex)) return 0;
  const phoneHead = PHONE_HEAD.test(head);

  let s = esimHead ? 2 : esimLd ? 1.5 : 1;
  if (snapshot.products.length) s += esimLd ? 3 : 0.5;
  if (PLAN_WORD.test(head)) s += 1;
  if (content.some((b) => a.buy.test(b.text))) s += 1.5;
  if (content.some((b) => blockWeight(b) >= 0.5 && findPrice(b.text, snapshot.lang, snapshot.host))) s += 1;
  const headData = phoneHead ? {} : findData(head);
  if (hasData(headData)) s += 1.5;
  else if (content.some((b) => b.kind !== 'link' && findData(b.text).dataGb !== undefined)) s += 0.5;
  if (findValidity(head)) s += 1;

  let path = '';
  try {
    path = new URL(snapshot.url).pathname;
  } catch {
    // no URL: no path cues
  }
  if (a.article.test(head)) s -= 2;
  if (ARTICLE_PATH.test(path)) s -= 2.5;
  if (snapshot.meta['og:type']?.toLowerCase() === 'article') s -= 1;
  if (path === '/' || path === '') s -= 1;

  // "Supports dual eSIM" on a phone's page is a feature, not a plan.
  const specs = content.slice(0, 300).filter((b) => a.phone.test(b.text)).length;
  if (phoneHead && (specs >= 2 || ESIM_FEATURE.test(head))) s -= 4;
  if (a.physicalSim.test(head)) s -= 1;
  if (a.pocketWifi.test(head)) s -= 3;
  return s;
}

export function isProduct(input: ProductInput, lex: Lexicon): boolean {
  return productScore(input, lex) >= THRESHOLD;
}
