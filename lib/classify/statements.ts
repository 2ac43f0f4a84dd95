import { scriptOf, type Lexicon, type Script } from '../data/lexicon';
import { CELL_SEPARATOR, type Block, type BlockKind, type PageSnapshot, type Region } from '../page/snapshot';
import { normalize } from '../text/normalize';
import { sentencesOf } from '../text/segment';

/**
 * Step one of the engine: the page as statements. A statement is one
 * sentence of one block, normalised once (NFKC, CJK spacing), carrying where
 * it stands (region, weight), the nearest heading, the repeated items (cards,
 * picker options) it sits in, whether it is the selected option, and the
 * question it answers. Every later step reads these and never the raw text.
 */

export type StatementSource = 'head' | 'ld' | 'body';

export interface Statement {
  index: number;
  text: string;
  /** Latin, Japanese or Chinese: each language's phrases run only on text of its script. */
  script: Script;
  source: StatementSource;
  /** Index of the snapshot block it came from (-1 for the head and structured data). */
  block: number;
  region: Region;
  kind: BlockKind;
  /** How much the statement says about the plan: 1 main content … 0 chrome. */
  weight: number;
  /** The nearest heading above it, normalised ('' when none). */
  heading: string;
  /** Index of that heading's statement. */
  headingAt?: number;
  /** Repeated items (cards, options, rows) it sits in, innermost first, as [set, item]. */
  groups: Array<[number, number]>;
  selected: boolean;
  question: boolean;
  /** For a question: the statement after it, which answers it. */
  answer?: number;
  /** For an answer: the question it answers. */
  answers?: number;
  promo: boolean;
}

const REGION_WEIGHT: Record<Region, number> = {
  main: 1, body: 1, dialog: 0.6, aside: 0, header: 0, nav: 0, footer: 0, review: 0,
};

/**
 * Promotional lines sell the shop, not this plan: short ones ("New users 10% off", 「限時優惠」). A paragraph that
 * names a sale price and goes on to set the plan's rules (「為維持此特價…續期、加購流量包均不適用」) is about the plan.
 */
const MAX_PROMO_CHARS = 100;
/**
 * A price followed by nothing but a short badge ("NT$399 23% 折扣", "HK$88 限時優惠") is how a shop shows the plan's
 * price, not a promotion; money off, a coupon or cashback ("$5 off your first order", "$5 coupon", 「NT$50 折價券」)
 * is one.
 */
const PRICE_WITH_BADGE = /^\s*(?:[A-Z]{1,3}\s?)?[$€£¥￥₩]\s?\d[\d,.]*\s+(?!off\b|discount|coupon|credit|cashback|voucher|back\b|引|減|减|立|券|クーポン|返|送|折[價价抵])\S.{0,18}$/i;
/** A button or page named in brackets (「データ追加(クーポンチャージ)」から…) is a name, not an offer. */
const BRACKETED_NAME = /「[^「」]{1,30}」|“[^“”]{1,30}”/g;
export function isPromo(text: string, lex: Lexicon): boolean {
  return text.length < MAX_PROMO_CHARS && !PRICE_WITH_BADGE.test(text) && lex.anyCue.promo.test(text.replace(BRACKETED_NAME, ' '));
}

export function blockWeight(b: Block, promo: boolean): number {
  let w = REGION_WEIGHT[b.region];
  if (b.preamble) w *= 0.2;
  if (w > 0 && promo) w *= 0.2;
  if (b.kind === 'link') w *= 0.25;
  else if (b.kind === 'button') w *= 0.4;
  return w;
}

/** The page's own name for itself: title, og:title and h1. */
export function headText(title: string, ogTitle: string, h1: string): string {
  return normalize([title, ogTitle, h1].join(' | '));
}

const MAX_STATEMENTS = 8000;
/** How far into a statement the words that name the chosen option may start. */
const CHOSEN_AT_START = 20;

/**
 * An FAQ laid out as a row ("Can I top up? : No, this plan…", a <dt>/<dd> pair the reader joined with " : ") is a
 * question and its answer: two statements, so the question's words ask and the answer's decide.
 */
const ASKED_CELL = new RegExp(`(?<=[?？])${CELL_SEPARATOR}`);
const splitAsked = (s: string): string[] => (s.includes(CELL_SEPARATOR) && ASKED_CELL.test(s) ? s.split(ASKED_CELL).filter((x) => x.trim()) : [s]);

const MAX_SECTION_HEADING = 60;

/** 「…」—— Jasmine, "…" – Tom K.: a quoted line signed with a short name (stars before it allowed). */
const TESTIMONIAL = /^[★☆⭐\s\d.]*[「“"『][^」”"』]{2,}[」”"』]\s*(?:[—–―-]{1,2})\s*[^\s「“"『]{1,20}(?:\s[^\s]{1,12}){0,2}$/u;

/** A block's text normalised for the cue tests, with its script. */
function cueText(raw: string, lang: string): { text: string; script: Script } {
  const text = normalize(raw);
  return { text, script: scriptOf(text, lang) };
}

/** The region a heading opens when it names reviews or other products, else null. */
export function sectionOf(raw: string, lang: string, lex: Lexicon): Region | null {
  if (raw.length > MAX_SECTION_HEADING) return null;
  const { text, script } = cueText(raw, lang);
  if (lex.anyCue.reviewsHeading.test(text, script)) return 'review';
  if (lex.anyCue.otherPlansHeading.test(text, script)) return 'aside';
  return null;
}

/** A block that starts by naming this product ("※ 本商品…", "This plan…"): its first words are enough. */
function startsWithThisProduct(raw: string, lang: string, lex: Lexicon): boolean {
  const { text, script } = cueText(raw.slice(0, 80), lang);
  return lex.anyCue.thisProduct.test(text, script);
}

const sameItem = (b: Block | undefined, g: [number, number]) => !!b?.groups?.some(([s, i]) => s === g[0] && i === g[1]);
const inContent = (b: Block) => b.region === 'main' || b.region === 'body';

/**
 * The region of each block once sections are known, asked in page order. A section under a heading that names
 * reviews or other products ("Customers also bought", 「関連商品」, 「用家評價」) is that region, as a class name would
 * make it, up to the next heading that is not in the section's own cards (the reader numbers sets in page order:
 * the cards of the section are sets it had not seen before). When the heading stands inside the section's own
 * element (an item the next block shares), the section also ends where that element does: a buy box after the
 * "also bought" strip is not part of it. A block that names this product ends it too.
 */
function sectionRegions(blocks: Block[], lang: string, lex: Lexicon): (i: number) => Region {
  let section: Region | null = null;
  let sectionSets = -1;
  let sectionItem: [number, number] | undefined;
  let sectionAt = new Map<number, number>();
  let plainSection = false;
  let lastSet = -1;
  return (i) => {
    const b = blocks[i];
    const sets = b.groups ?? [];
    if (section && sectionItem && !sameItem(b, sectionItem)) section = null;
    // A block that starts by naming this product ("※ 本商品為單次使用…", "This plan…") speaks for the page, not for the strip above it.
    if (section && !b.groups?.length && startsWithThisProduct(b.text, lang, lex)) section = null;
    if (b.kind === 'heading' && inContent(b)) {
      const opens = sectionOf(b.text, lang, lex);
      // A heading in another item of a set the section's heading sits in (the next column, the next box) is outside
      // the section's element, whatever new sets it brings.
      const elsewhere = sets.some(([set, item]) => sectionAt.has(set) && sectionAt.get(set) !== item);
      // A section of plain lines (no cards of its own right under its heading) ends at the next heading, unless that
      // heading opens a card of its own (an item the next block shares: "Handpicked for you." › the cards).
      if (section && plainSection && sets.some((g) => g[0] > sectionSets && sameItem(blocks[i + 1], g))) plainSection = false;
      if (opens || (section && (elsewhere || plainSection || sets.every(([set]) => set <= sectionSets)))) section = opens;
      if (opens) {
        sectionAt = new Map(sets);
        sectionSets = Math.max(lastSet, ...sets.map(([set]) => set));
        const next = blocks[i + 1];
        plainSection = !!next && next.kind !== 'heading' && !(next.groups ?? []).some(([set]) => set > sectionSets);
        sectionItem = sets[0] && sameItem(blocks[i + 1], sets[0]) ? sets[0] : undefined;
      }
    }
    for (const [set] of sets) if (set > lastSet) lastSet = set;
    if (section && inContent(b)) return section;
    // A line led by such a label ("相关推荐 : 大湾区 eSIM 30天…", "You may also like: …") is that strip by itself.
    if (b.kind !== 'heading' && inContent(b)) {
      const label = LABEL.exec(b.text)?.[1];
      if (label && sectionOf(label, lang, lex) === 'aside') return 'aside';
    }
    return b.region;
  };
}

/** The label of a "label : value" line or of a " · " list ("其他服务的申请条件(与本套餐无关) · …"), when short enough to be one. */
const LABEL = /^([^:：·。]{2,40}?)\s?(?:[:：]|\s·\s)/u;

/**
 * A question's own element: a heading, a button or summary, a line led by an FAQ's "Q." (「Q. …」「問：…」), or a
 * row whose first cell is the question ("I'm already in Japan. Can I still buy? : Yes…").
 */
const Q_LED = /^(?:Q\d{0,2}|問|问)\s?[.．:：)）]/iu;
const MAX_ASKED_BLOCK = 240;
function isAskedBlock(kind: BlockKind, text: string): boolean {
  if (kind === 'heading' || kind === 'button') return text.length <= MAX_ASKED_BLOCK;
  const cell = kind === 'row' ? text.split(CELL_SEPARATOR)[0] : text;
  return cell.length <= MAX_ASKED_BLOCK && (Q_LED.test(text) || (kind === 'row' && /[?？]\s*$/.test(cell)));
}

/**
 * "Q. I'm about to use up my 5GB. What can I do?" (「Q. 5GBを使い切りそうです。どうすればいいですか?」): in an FAQ's
 * question, the sentences before the one that asks set its scene; they state nothing of the plan. They ask with
 * it, and its answer decides for them too.
 */
function askWith(scene: Statement[]): Statement[] {
  const asked = scene.filter((st) => !st.question && st.weight > 0);
  for (const st of asked) st.question = true;
  return asked;
}

export function toStatements(snapshot: PageSnapshot, lex: Lexicon): Statement[] {
  const out: Statement[] = [];
  const lang = snapshot.lang || 'en';
  // Every statement is built with one object literal of one shape: spreading a dozen fields per sentence
  // measured as the slowest line of the engine.
  const push = (
    text: string, source: StatementSource, block: number, region: Region, kind: BlockKind, weight: number,
    heading: string, headingAt: number | undefined, groups: Array<[number, number]>, selected: boolean, promo: boolean,
  ): Statement => {
    const script = scriptOf(text, lang);
    const st: Statement = {
      index: out.length, text, script, source, block, region, kind, weight, heading, headingAt, groups, selected,
      question: lex.anyCue.question.test(text, script), answer: undefined, answers: undefined, promo,
    };
    // "Selected: 10GB / 15 days", 「選択中：…」 names the chosen option in words, at its start: 「…按所选套餐重新计算」
    // further on describes a rule.
    if (!selected && source === 'body' && text.length < 200 && lex.anyCue.chosen.test(text.slice(0, CHOSEN_AT_START), script)) st.selected = true;
    out.push(st);
    return st;
  };
  const none: Array<[number, number]> = [];

  const head = headText(snapshot.title, snapshot.meta['og:title'] ?? '', snapshot.h1);
  if (head.replace(/[|\s]/g, '')) push(head, 'head', -1, 'main', 'heading', 1, '', undefined, none, false, false);
  for (const p of snapshot.products) {
    if (p.name) push(normalize(p.name), 'ld', -1, 'main', 'heading', 1, '', undefined, none, false, false);
    for (const s of sentencesOf(normalize(p.description), lang)) push(s, 'ld', -1, 'main', 'text', 1, '', undefined, none, false, false);
  }

  let heading = '';
  let headingAt: number | undefined;
  let asking: Statement | null = null;
  let scene: Statement[] = [];
  const regionOf = sectionRegions(snapshot.blocks, lang, lex);
  for (let i = 0; i < snapshot.blocks.length && out.length < MAX_STATEMENTS; i++) {
    const b = snapshot.blocks[i];
    const region = regionOf(i);
    // Chrome and reviews are not read, except sidebars: a sticky buy box is often an <aside>.
    if (REGION_WEIGHT[region] === 0 && region !== 'aside') continue;
    const text = normalize(b.text);
    // A customer's quote signed with their name is a review, wherever it stands.
    if (TESTIMONIAL.test(text)) continue;
    const promo = isPromo(text, lex);
    const weight = blockWeight(region === b.region ? b : { ...b, region }, promo);
    const isHeading = b.kind === 'heading' && weight > 0;
    const groups = b.groups ?? none;
    let first = true;
    const asked = isAskedBlock(b.kind, text);
    let sceneFrom = out.length;
    for (const s of sentencesOf(text, lang).flatMap(splitAsked)) {
      const st = push(s, 'body', i, region, b.kind, weight, isHeading ? '' : heading, isHeading ? undefined : headingAt, groups, !!b.selected, promo);
      if (isHeading && first) {
        heading = text.slice(0, 200);
        headingAt = st.index;
      }
      first = false;
      if (weight === 0) continue;
      // A question is answered by the next sentence on the page, whatever block it stands in.
      if (asking) {
        asking.answer = st.index;
        for (const q of scene) q.answer = st.index;
        st.answers = asking.index;
        asking = null;
        scene = [];
        sceneFrom = st.index + 1;
      }
      if (st.question) {
        asking = st;
        if (asked) scene = askWith(out.slice(sceneFrom, st.index));
        sceneFrom = st.index + 1;
      }
    }
  }
  return out;
}
