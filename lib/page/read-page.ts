import { parseJsonLd } from './json-ld';
import { microdataCurrency, microdataRating } from './microdata';
import { planColumns, PRICE_TEXT } from './plan-columns';
import { regionOf, type RegionContext } from './regions';
import { CELL_SEPARATOR, type Block, type BlockKind, type PageSnapshot, type Region } from './snapshot';
import { guessLang, langFamily, mostlyCjk } from '../text/lang';

/**
 * Reads a Document into a PageSnapshot. The browser's own TreeWalker visits
 * only text nodes (four times cheaper than visiting every element from
 * script); what each text node belongs to (its block, region, picker option)
 * is worked out once per element and remembered. Text in hidden accordions
 * and tabs is read like any other text; script, style, template and noscript
 * are not; header, menus and footer are skipped. Work is bounded: past
 * `maxChars` of text or `maxNodes` text nodes the rest of the page is
 * skipped and the snapshot says so. No recursion, so a hostile 20 000-deep
 * DOM cannot overflow the stack.
 */

export interface ReadOptions {
  /** Overrides document.URL (the CLI reads files whose URL comes from elsewhere). */
  url?: string;
  maxChars?: number;
  maxNodes?: number;
  /**
   * Filled with the element of every repeated item, by "set:item" (the ids in
   * blocks' `groups`), so that the page's own plan cards can be found again
   * (to label each with a chip) without reading the page twice.
   */
  items?: Map<string, Element>;
}

export const DEFAULT_MAX_CHARS = 50_000;
export const DEFAULT_MAX_NODES = 120_000;
const MAX_BLOCK_CHARS = 4_000;
const MAX_TITLE = 1_000;
const MAX_URL = 4_000;
const MAX_LANG = 35;

const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'video', 'audio', 'head', 'link', 'meta', 'input', 'textarea',
  // A struck-through price is the old one ("¥3,480 ¥2,980"): never the plan's price.
  'del', 's', 'strike',
]);

/** A table cell's text, without what the reader never reads (scripts, struck-through prices). Cells are small. */
function cellText(cell: Element): string {
  const out: string[] = [];
  const stack: Node[] = [cell];
  let visited = 0;
  while (stack.length && visited++ < 500) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      out.push((n as Text).data);
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el !== cell && (SKIP.has(el.localName) || OLD_PRICE.test(el.getAttribute('class') ?? ''))) continue;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.join(' ');
}

/** Class tokens of a struck-through "was" price ("compare" alone names a comparison table, not a price). */
const OLD_PRICE = /(?:^|\s)(?:was|old|original|compare-at|compare-at-price|compare-price|strike|strikethrough|line-through|list-price|price-old|old-price|price-was|was-price|price--old|price--compare|price-compare|origin-price|original-price|market-price)(?:\s|$)/i;

/** Inline elements: their text joins the surrounding block. */
const INLINE = new Set([
  'span', 'b', 'strong', 'i', 'em', 'small', 'sup', 'sub', 'mark', 'u', 's', 'del', 'ins',
  'abbr', 'time', 'code', 'kbd', 'bdi', 'bdo', 'cite', 'q', 'font', 'data', 'var', 'wbr',
  'br', 'img', 'picture', 'ruby', 'rt', 'rp', 'output', 'big', 'strike', 'tt',
]);

/**
 * Words of a sentence around links, not a price or a separator beside one ("<a>10GB plan</a> HK$118",
 * "<a>Terms</a> · <a>Privacy</a>"): letters of the container's own text, a Chinese or Japanese character counting two.
 */
const PROSE_LETTERS = 12;
const LETTER = /\p{L}/gu;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const proseLetters = (t: string) => (t.match(LETTER)?.length ?? 0) + (t.match(WIDE)?.length ?? 0);

const BRACKETED = /[(（［\[【][^)）］\]】]*[)）］\]】]/g;
/** Text compared loosely: NFKC, no spaces or slashes, lower case. */
const squash = (t: string) => t.normalize('NFKC').replace(/[\s/／・|｜]+/g, '').toLowerCase();

/** Three or more links and no words of its own between them but separators ("·", "|"). */
function onlyLinks(el: Element): boolean {
  let links = 0;
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (++n > 40) return false;
    if (c.nodeType === 1) {
      if ((c as Element).localName !== 'a') return false;
      links++;
    } else if (c.nodeType === 3 && /[\p{L}\p{N}]/u.test((c as Text).data)) return false;
  }
  return links >= 3;
}

/**
 * A container whose own words run around inline links ("Our <a>3 GB plan</a> and other plans can be refilled"):
 * its links are phrases of its sentence, not blocks of their own. Only inline children, and enough letters of
 * its own (a price or a "·" between links is not a sentence).
 */
function runsAroundLinks(parent: Element): boolean {
  let letters = 0;
  let n = 0;
  for (let c = parent.firstChild; c && n < 60; c = c.nextSibling, n++) {
    if (c.nodeType === 1) {
      const t = (c as Element).localName;
      if (t !== 'a' && !INLINE.has(t)) return false;
    } else if (c.nodeType === 3 && letters < PROSE_LETTERS) letters += proseLetters((c as Text).data.slice(0, 200));
  }
  return letters >= PROSE_LETTERS;
}

/** Every character of `short` stands in `long`, in order: 「亞洲月費eSIM」 in 「亞洲12地月費eSIM」. */
function inOrderIn(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/**
 * The column of a comparison table that is this page's plan: the one header (brackets aside) that contains the
 * page's h1, or that is most of the h1, word for word or shortened ("亞洲月費 eSIM" for 「亞洲 12 地月費 eSIM」, a
 * table of this plan against the shop's travel pack); -1 when none or several do, or under three columns.
 */
function ownColumn(head: string[], pageName: string): number {
  if (!pageName || head.length < 3) return -1;
  const namesPage = (h: string) => {
    if (h.includes(pageName)) return true;
    if (h.length < 6 || h.length < 0.4 * pageName.length) return false;
    return pageName.includes(h) || (h.length >= 0.6 * pageName.length && inOrderIn(h, pageName));
  };
  const hits = head.map((h, i) => ({ i, h: squash(h.replace(BRACKETED, '')) })).filter(({ i, h }) => i > 0 && h.length >= 3 && namesPage(h));
  return hits.length === 1 ? hits[0].i : -1;
}

/** Elements read whole with textContent (unless they hold block children). */
const LEAF_KIND: Record<string, BlockKind> = {
  p: 'text', li: 'text', dd: 'text', td: 'text', th: 'text', blockquote: 'text', pre: 'text',
  figcaption: 'text', caption: 'text', legend: 'text', address: 'text', option: 'text',
  label: 'text', summary: 'heading', dt: 'heading',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  a: 'link', button: 'button', tr: 'row',
};


/**
 * A link drawn as a control of the page (`<a role="tab" aria-selected="true">15日間</a>`, a radio, an option) is a
 * picker's option, not a menu's link: three of them in a row are the plan's choices, not navigation.
 */
const CONTROL_ROLE = /^(?:tab|radio|option|button|menuitemradio)$/i;

/** Leaf elements that stay blocks of their own inside another leaf of text (a list item, a label). */
const OWN_BLOCK_IN_LEAF = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);

/** Tags that are regions by themselves, without attributes. */
const CHROME_TAGS = new Set(['header', 'footer', 'nav', 'aside', 'dialog']);

const SELECTED_CLASS = /(?:^|\s)(?:is-|has-)?(?:active|selected|checked|current|chosen|on)(?:\s|$)|[a-z0-9][-_]{1,2}(?:active|selected|checked|current|chosen)(?:\s|$)/i;
const SELECTED_STATE = /^(?:checked|active|on|selected|open)$/i;
/** Elements that can be the chosen option of a plan picker. */
const PICKABLE = new Set(['button', 'option', 'li', 'label', 'a', 'div', 'article', 'section', 'tr']);

function choiceInput(el: Element | null): boolean {
  return !!el && el.localName === 'input' && /^(?:radio|checkbox)$/i.test(el.getAttribute('type') ?? '');
}
function checkedInput(el: Element | null): boolean {
  return choiceInput(el) && !!el?.hasAttribute('checked');
}

/**
 * Where two parts of a button meet letter to letter or digit to digit ("10GB" + "15 days", "high-speed" + <small>"from
 * US$2.58"</small>): a word boundary, unless one part is inline emphasis, which can sit inside a word ("e<b>SIM</b>").
 */
const IN_WORD: ReadonlySet<string> = new Set(['b', 'strong', 'i', 'em', 'u', 'mark', 'sup', 'sub', 'abbr', 'ruby', 'rt']);
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * A checked radio as a direct child of the option or of its label: Shopify-style variant pickers. An element that
 * holds several such inputs is the picker's group (a row of labelled radios), not one of its options.
 */
function holdsCheckedInput(el: Element): boolean {
  let n = 0;
  let inputs = 0;
  let checked = false;
  const see = (c: Element) => {
    if (!choiceInput(c)) return;
    inputs++;
    if (checkedInput(c)) checked = true;
  };
  for (let c = el.firstElementChild; c && n < 12; c = c.nextElementSibling, n++) {
    see(c);
    if (c.localName === 'label' || c.localName === 'span') {
      let m = 0;
      for (let d = c.firstElementChild; d && m < 6; d = d.nextElementSibling, m++) see(d);
    }
  }
  return checked && inputs === 1;
}

/** The chosen option of a plan picker: the page's own plan among several. */
function isSelected(el: Element, tag: string): boolean {
  if (!PICKABLE.has(tag)) return false;
  const cls = el.getAttribute('class');
  if (cls && SELECTED_CLASS.test(cls)) return true;
  if (
    el.getAttribute('aria-pressed') === 'true' ||
    el.getAttribute('aria-selected') === 'true' ||
    el.getAttribute('aria-checked') === 'true' ||
    el.getAttribute('data-selected') === 'true' ||
    SELECTED_STATE.test(el.getAttribute('data-state') ?? '') ||
    (tag === 'option' && el.hasAttribute('selected'))
  ) {
    return true;
  }
  if (tag === 'label') {
    const target = el.getAttribute('for');
    if (target && checkedInput(el.ownerDocument.getElementById(target))) return true;
    if (checkedInput(el.previousElementSibling)) return true;
  }
  return holdsCheckedInput(el);
}

/** Chrome that says nothing about the plan: not read at all, which also keeps mega-menus and footers cheap. */
const UNREAD: ReadonlySet<Region> = new Set(['header', 'nav', 'footer']);

const WS = /\s+/g;

export function clean(text: string): string {
  return text.replace(WS, ' ').trim();
}



/**
 * Three or more links in a row are a menu, whatever the markup: shops that
 * build menus and footers from bare divs with no class names are caught by
 * the shape of their text.
 */
function markLinkRuns(blocks: Block[]): void {
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && blocks[i].kind === 'link') continue;
    if (i - start >= 3) for (let j = start; j < i; j++) blocks[j].region = 'nav';
    start = i + 1;
  }
}

/**
 * A spec table built from divs (`<div class="row"><div class="k">eKYC</div><div class="v">不要</div></div>`): a set
 * of three or more items, each exactly a short label and its short value, reads as rows ("eKYC : 不要"), as <dt>/<dd> and
 * table rows do, so the value answers its label. A label has no digit: a card's title ("Japan 5GB") beside its price
 * is no label.
 */
const MAX_LABEL = 40;
/** A value that answers its label ("不要", "Not required", "5G / 4G"); a paragraph beside a short title stands alone. */
const MAX_VALUE = 60;
const SENTENCE_END = /[。.!?！？]\s*$/;
const isLabel = (b: Block) => (b.kind === 'text' || b.kind === 'heading') && b.text.length <= MAX_LABEL && !/\d/.test(b.text) && !SENTENCE_END.test(b.text);

/**
 * The same table as one flat grid of bare cells, label and value in turn (`<div class="kv"><div>テザリング</div>
 * <div>ご利用いただけません。</div>…`): three or more pairs, every label short, and the values read as answers
 * (longer than their label, or with a figure or a full stop), so a row of short feature names is not paired off.
 */
function alternates(blocks: Block[], list: number[][]): boolean {
  if (list.length < 6 || list.length % 2 || list.some((item, i) => item.length !== 1 || item[0] !== list[0][0] + i)) return false;
  let answers = 0;
  for (let k = 0; k < list.length; k += 2) {
    const label = blocks[list[k][0]];
    const value = blocks[list[k + 1][0]];
    if (!isLabel(label) || value.kind !== 'text') return false;
    if (value.text.length > label.text.length || /\d/.test(value.text) || SENTENCE_END.test(value.text)) answers++;
  }
  return answers > list.length / 4; // more than half of the pairs
}

function joinKeyValueRows(blocks: Block[]): Block[] {
  // The blocks of each item, by set: set → item → block indexes.
  const sets = new Map<number, Map<number, number[]>>();
  blocks.forEach((b, i) => {
    const g = b.groups?.[0];
    if (!g) return;
    const items = sets.get(g[0]) ?? sets.set(g[0], new Map()).get(g[0])!;
    (items.get(g[1]) ?? items.set(g[1], []).get(g[1])!).push(i);
  });
  const merged = new Set<number>();
  const join = (a: number, b: number) => {
    blocks[a] = { ...blocks[a], text: `${blocks[a].text.replace(/\s*[:：]\s*$/, '')}${CELL_SEPARATOR}${blocks[b].text}`.slice(0, MAX_BLOCK_CHARS), kind: 'row' };
    merged.add(b);
  };
  for (const items of sets.values()) {
    const list = [...items.values()];
    const pairs = list.every(([a, b, ...rest]) => {
      if (b !== a + 1 || rest.length) return false;
      return isLabel(blocks[a]) && blocks[b].kind === 'text' && blocks[b].text.length <= MAX_VALUE;
    });
    if (pairs && list.length >= 3) {
      for (const [a, b] of list) join(a, b);
    } else if (alternates(blocks, list)) {
      for (let k = 0; k < list.length; k += 2) join(list[k][0], list[k + 1][0]);
    }
  }
  return merged.size ? blocks.filter((_, i) => !merged.has(i)) : blocks;
}

/** What a text node inherits from its element and the element's ancestors. */
interface Ctx {
  /** The element whose whole subtree is not read (a script, the site's menu…), or null. */
  skip: Element | null;
  region: Region;
  /** The element that opened `region`. */
  regionRoot: Element;
  selected: boolean;
  /** The element whose text forms one block: the outermost leaf (p, li, tr, a…) or the nearest container. */
  block: Element;
  kind: BlockKind;
  /** Inside a leaf: pieces join like textContent; directly in a container they join with a space. */
  inLeaf: boolean;
  /** The table cell or dd a piece sits in, for "cell : cell" rows. */
  cell: Element | null;
  inH1: boolean;
  /** The repeated items (cards, options, rows) this element sits in, innermost first: [set, item]. */
  groups: Array<[number, number]>;
}

/** Elements that are never a card or an option by themselves. */
const NOT_AN_ITEM = new Set(['td', 'th', 'dt', 'dd', 'tbody', 'thead', 'p', 'br', 'hr', 'img', 'source', 'col', 'colgroup']);
const MAX_GROUPS = 3;
const LIST_ITEM = new Set(['li', 'option', 'tr', 'label']);
const MAX_CELLS = 20;
/** A cell this short is a value (×, ○, 可, Yes, ¥550) that needs its column's header to mean anything. */
const MAX_VALUE_CELL = 12;
/** Class tokens that say an element's state, not its kind. */
const STATE_TOKEN = /^(?:is-|has-)|^(?:active|selected|checked|current|chosen|on|open|disabled|hidden|show|visible)$|[-_](?:active|selected|checked|current|chosen)$/i;

/**
 * Customers' reviews say nothing about the plan (the engine gives them no weight); only their summary at the top
 * ("4.7 ★ from 5,904 reviews") is read. A review-heavy product page spent most of its read on them.
 */
const MAX_REVIEW_CHARS = 1_000;

/** A lone element that could be one more plan card: a heading and a price in its first words. */
function looksLikePlan(el: Element): boolean {
  return !!el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]') && PRICE_TEXT.test((el.textContent ?? '').slice(0, 2_000));
}

/** The last node of `el`'s subtree in document order: a walker set there goes on after the subtree. */
function lastDescendant(el: Node): Node {
  let d = el;
  while (d.lastChild) d = d.lastChild;
  return d;
}

/** A short mark a style sheet draws before elements (`.no::before { content: "✕ " }`): the selector and the mark. */
interface CssMark {
  selector: string;
  mark: string;
}
const MAX_MARK = 12;
const MAX_MARKS = 20;
const MAX_MARKED_BLOCK = 120;
// A rule from its start (after the previous rule's "}"), its selector capped: no scan from every position of a long sheet.
const BEFORE_RULE = /(?:^|\})\s*([^{}@]{1,300}?::?before[^{}@]{0,300})\{[^}]*?content\s*:\s*(["'])([^"']*)\2/g;
/** CSS escapes in a content string ("\\2715 " is ✕). */
const unescapeCss = (t: string) => t.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

/** The page's own ::before marks, from its <style> elements (a few, short): what it shows beside list items. */
function cssMarks(doc: Document): CssMark[] {
  const out: CssMark[] = [];
  for (const style of Array.from(doc.getElementsByTagName('style')).slice(0, 20)) {
    const css = (style.textContent ?? '').slice(0, 50_000);
    if (!css.includes('before')) continue;
    for (const m of css.matchAll(BEFORE_RULE)) {
      // Icon fonts draw private-use characters: they say nothing in text.
      const mark = unescapeCss(m[3]).replace(/[\u{E000}-\u{F8FF}]/gu, '').trim();
      if (!mark || mark.length > MAX_MARK || /\p{L}{4}/u.test(mark.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ''))) continue;
      const selectors = m[1].split(',').map((x) => x.trim().replace(/::?before$/, '').trim());
      for (const selector of selectors.filter((x) => x && !/[:[]/.test(x))) out.push({ selector, mark });
      if (out.length >= MAX_MARKS) return out;
    }
  }
  return out;
}

/** The mark drawn before `el`, if one of the page's rules selects it. */
function markOf(el: Element, marks: CssMark[]): string {
  for (const { selector, mark } of marks) {
    try {
      if (el.matches(selector)) return mark;
    } catch {
      // a selector this DOM cannot read: no mark
    }
  }
  return '';
}

/** Attributes that hold a tooltip's text (CSS tooltips, Bootstrap's data-bs-title and data-original-title). */
const TOOLTIP_ATTRIBUTES = ['data-tooltip', 'data-tip', 'data-bs-title', 'data-original-title', 'data-tippy-content'];
const TOOLTIP_SELECTOR = TOOLTIP_ATTRIBUTES.map((a) => `[${a}]`).join(',');
/** The longest tooltip read as an icon's meaning. */
const MAX_ICON_LABEL = 120;

/** Text nodes and elements looked at between two chances to pause (a few hundred microseconds of work). */
const STEP_NODES = 32;

/**
 * The page's language: <html lang>, unless it is missing, or English over a page written mostly in Japanese or
 * Chinese (a shop template's default `lang="en"`): then the script the text is written in. An English page with a
 * language switcher or a few place names in kanji stays English.
 */
function pageLang(htmlLang: string, sample: () => string): string {
  if (htmlLang && langFamily(htmlLang) !== 'en') return htmlLang;
  const text = sample();
  if (!htmlLang) return guessLang(text);
  return mostlyCjk(text) ? guessLang(text) || htmlLang : htmlLang;
}

/** Reads the page in one go (the CLI, the tests, the engine bench). */
export function readPage(doc: Document, opts: ReadOptions = {}): PageSnapshot {
  const steps = readSteps(doc, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Reads the page in slices of about `budgetMs` of the main thread, letting the
 * page's own tasks (input, rendering) run between them: on a large product
 * page one read took 20 ms in a single task, over the 16 ms a frame allows.
 * `pause` is how to give the thread back (a new task); it may throw to abandon
 * the read. Changes the page makes between slices are read where the walk has
 * not been yet; if the node being read was removed, the snapshot stops there
 * and says it is truncated.
 */
export async function readPageInSlices(doc: Document, opts: ReadOptions, pause: () => Promise<void>, budgetMs = 5): Promise<PageSnapshot> {
  const steps = readSteps(doc, opts);
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart < budgetMs) continue;
    await pause();
    sliceStart = performance.now();
  }
}

/** The read itself, pausable: it yields every STEP_NODES units of work (text nodes, elements) and returns the snapshot. */
function* readSteps(doc: Document, opts: ReadOptions): Generator<void, PageSnapshot> {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
  const url = (opts.url ?? doc.URL ?? '').slice(0, MAX_URL);
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    // about:blank, file names: no host
  }

  const meta: Record<string, string> = {};
  // Meta tags live in <head>: searching only there keeps this cheap on huge pages.
  for (const m of Array.from((doc.head ?? doc).querySelectorAll('meta[name], meta[property]')).slice(0, 200)) {
    const key = (m.getAttribute('property') || m.getAttribute('name') || '').toLowerCase();
    const content = m.getAttribute('content');
    if (content && (key === 'description' || key === 'keywords' || key.startsWith('og:') || key.startsWith('twitter:'))) {
      meta[key] ??= clean(content).slice(0, 1000);
    }
  }

  const ldSources: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.toLowerCase() === 'application/ld+json') ldSources.push(script.textContent ?? '');
    if (ldSources.length >= 50) break;
  }
  const products = parseJsonLd(ldSources);

  const marks = cssMarks(doc);
  const h1 = doc.querySelector('h1');
  const root = doc.body ?? doc.documentElement;
  const blocks: Block[] = [];
  const headings: string[] = [];
  let truncated = false;
  let seenH1 = !h1; // no h1: nothing is preamble

  const rootCtx: Ctx | null = root
    ? { skip: null, region: 'body', regionRoot: root, selected: false, block: root, kind: 'text', inLeaf: false, cell: null, inH1: false, groups: [] }
    : null;
  // Units of work since the last chance to pause: text nodes read, elements looked at.
  let work = 0;
  // Icons whose tooltip has been read (once, however many text pieces the icon holds).
  const labelled = new Set<Element>();
  // One query for the elements that carry a tooltip attribute, rather than six attribute reads per text node.
  const tipped = new Set<Element>(doc.querySelectorAll(TOOLTIP_SELECTOR));
  // Blocks of a table read by its plan columns, waiting to join the snapshot where the table stands.
  const columnBlocks: Block[] = [];
  const memo = new Map<Element, Ctx>();
  if (root && rootCtx) memo.set(root, rootCtx);
  const regionCtx: RegionContext = { current: 'body', h1 };
  const pending: Element[] = [];
  // schema.org microdata met on the way (lib/page/microdata.ts): ratings and offers, a few of each.
  const ratingElements: Element[] = [];
  const offerElements: Element[] = [];

  /** The context of `el`, computing it for any ancestors not seen yet (iteratively). */
  const contextOf = (el: Element): Ctx => {
    let cur: Element | null = el;
    let known: Ctx | undefined;
    while (cur && !(known = memo.get(cur))) {
      pending.push(cur);
      cur = cur.parentElement;
    }
    let parent: Ctx = known ?? rootCtx!;
    while (pending.length) {
      const e = pending.pop()!;
      parent = derive(e, parent);
      memo.set(e, parent);
    }
    return parent;
  };

  // Which children of a parent share a tag and class: computed once per parent. A set is one kind of
  // child under one parent (the cards of one grid); each of its members gets the next item number.
  const siblingKinds = new Map<Element, Map<string, { set: number; count: number; next: number }>>();
  let nextSet = 0;
  // Siblings are alike by tag and first stable class: "pkg-item" and "pkg-item is-active" are the same kind.
  // List items, options and rows are alike by tag alone ("swatchSelect" and "swatchAvailable" are one list).
  // Grids repeat one class string hundreds of times: its first stable token is found once.
  const firstStable = new Map<string, string>();
  const kindOf = (e: Element) => {
    if (LIST_ITEM.has(e.localName)) return e.localName;
    const cls = e.getAttribute('class');
    if (!cls) return `${e.localName}.`;
    let first = firstStable.get(cls);
    if (first === undefined) {
      first = '';
      for (const token of cls.split(/\s+/)) if (token && !STATE_TOKEN.test(token)) { first = token; break; }
      if (firstStable.size < 5000) firstStable.set(cls, first);
    }
    return `${e.localName}.${first}`;
  };
  // The last set made of each class-named kind of element, for a lone card of that kind in a later section.
  const repeatedKinds = new Map<string, { set: number; count: number; next: number }>();
  // Parents of inline siblings one of which is selected: a picker drawn with spans.
  const optionKinds = new Set<Element>();
  /** [set, item] when `el` is one of several alike siblings, else null. */
  const itemOf = (el: Element): [number, number] | null => {
    const parent = el.parentElement;
    if (!parent) return null;
    let kinds = siblingKinds.get(parent);
    if (!kinds) {
      kinds = new Map();
      let n = 0;
      for (let c = parent.firstElementChild; c && n < 500; c = c.nextElementSibling, n++, work++) {
        const k = kindOf(c);
        const e = kinds.get(k);
        if (e) e.count++;
        else kinds.set(k, { set: -1, count: 1, next: 0 });
        if (INLINE.has(c.localName) && c.hasAttributes() && isSelected(c, 'button')) optionKinds.add(parent);
      }
      siblingKinds.set(parent, kinds);
    }
    const k = kindOf(el);
    let e = kinds.get(k);
    // A lone card of a kind already repeated elsewhere (the one monthly plan in its own section after a grid of
    // day plans) is one more item of that set. Only kinds named by a class: bare divs, rows and list items are
    // alike everywhere (a layout table's single rows are no cards).
    const named = k.includes('.') && !k.endsWith('.');
    if (e && e.count < 2 && named && looksLikePlan(el)) e = repeatedKinds.get(k);
    if (!e || e.count < 2) return null;
    if (e.set < 0) {
      e.set = nextSet++;
      if (named) repeatedKinds.set(k, e);
    }
    const item = e.next++;
    opts.items?.set(`${e.set}:${item}`, el);
    return [e.set, item];
  };

  const prose = new Map<Element, boolean>();
  const isProse = (parent: Element): boolean => {
    let known = prose.get(parent);
    if (known === undefined) prose.set(parent, (known = runsAroundLinks(parent)));
    return known;
  };

  const derive = (el: Element, p: Ctx): Ctx => {
    work++;
    if (p.skip) return p;
    const tag = el.localName;
    if (SKIP.has(tag)) return { ...p, skip: el };
    const attrs = el.hasAttributes();
    const itemprop = attrs ? el.getAttribute('itemprop') : null;
    if (itemprop === 'aggregateRating' && ratingElements.length < 10) ratingElements.push(el);
    else if (itemprop === 'offers' && offerElements.length < 10) offerElements.push(el);
    let region = p.region;
    let regionRoot = p.regionRoot;
    if (tag === 'main' || attrs || CHROME_TAGS.has(tag)) {
      regionCtx.current = p.region;
      regionCtx.inItem = p.groups.length > 0;
      const r = regionOf(el, tag, regionCtx);
      if (r) {
        if (UNREAD.has(r)) return { ...p, skip: el };
        if (r !== region) regionRoot = el;
        region = r;
      }
    }
    // A paragraph of nothing but links ("About · Terms · Privacy · Wallet top-up · Contact") is a menu, however bare.
    if (tag === 'p' && !p.inLeaf && onlyLinks(el)) return { ...p, skip: el };
    const inH1 = p.inH1 || tag === 'h1';
    if (attrs && OLD_PRICE.test(el.getAttribute('class') ?? '')) return { ...p, skip: el };
    if (tag === 'table' && !p.inLeaf) {
      // Plans as columns: read column by column (lib/page/plan-columns.ts), as the cards of a set of its own; not a
      // comparison whose header names this page's own plan (read by that column, rowText).
      const cols = planColumns(el, (cell) => clean(cellText(cell)), (head) => ownColumn(head, thisPageName()) > 0);
      if (cols) {
        const set = nextSet++;
        const preamble = !seenH1 && region !== 'main';
        cols.columns.forEach((c, item) => {
          const groups = ([[set, item] as [number, number], ...p.groups] as Array<[number, number]>).slice(0, MAX_GROUPS);
          if (c.heading) columnBlocks.push({ text: c.heading.slice(0, MAX_BLOCK_CHARS), kind: 'heading', region, preamble, groups });
          for (const t of c.texts) columnBlocks.push({ text: t.slice(0, MAX_BLOCK_CHARS), kind: 'text', region, preamble, groups });
        });
        return { ...p, region, regionRoot, skip: el };
      }
    }
    if (INLINE.has(tag)) {
      // Inline options of a picker (<span class="opt on">5日</span>) are blocks of their own, so the chosen one can be told apart.
      const item = itemOf(el);
      if (!item || !optionKinds.has(el.parentElement!)) return { ...p, region, regionRoot, inH1 };
      return { skip: null, region, regionRoot, selected: p.selected || isSelected(el, 'button'), block: el, kind: 'button', inLeaf: true, cell: null, inH1, groups: [item, ...p.groups].slice(0, MAX_GROUPS) };
    }
    const item = NOT_AN_ITEM.has(tag) ? null : itemOf(el);
    const repeated = item !== null;
    // Only an option of a picker can be "the selected one": an "active" tab panel or wrapper holds every option.
    const option = repeated || tag === 'option' || tag === 'label' || tag === 'button';
    const selected = p.selected || (option && isSelected(el, tag));
    const groups = item ? [item, ...p.groups].slice(0, MAX_GROUPS) : p.groups;
    const leafKind = tag === 'a' && CONTROL_ROLE.test(el.getAttribute('role') ?? '') ? 'button' : LEAF_KIND[tag];
    if (tag === 'a' && !p.inLeaf && el.parentElement === p.block && isProse(p.block)) return { ...p, region, regionRoot, selected, inH1, groups };
    // A card drawn as a list item or a label with its own heading and paragraphs (<li><h3>Japan 5GB</h3><p>…</p></li>):
    // each is a block of its own, so the card's title reads as its heading and its words are not glued together.
    if (p.inLeaf && leafKind && OWN_BLOCK_IN_LEAF.has(tag) && (p.kind === 'text' || p.kind === 'heading')) {
      return { skip: null, region, regionRoot, selected, block: el, kind: leafKind, inLeaf: true, cell: null, inH1, groups };
    }
    if (p.inLeaf && leafKind) {
      // Inside a leaf: text stays in the outer leaf's block; a cell starts a new "cell" of a row.
      const cell = p.kind === 'row' && (tag === 'td' || tag === 'th') ? el : p.cell;
      return { ...p, region, regionRoot, selected, inH1, cell, groups };
    }
    if (leafKind) {
      return { skip: null, region, regionRoot, selected, block: el, kind: leafKind, inLeaf: true, cell: tag === 'dd' ? el : null, inH1, groups };
    }
    return { skip: null, region, regionRoot, selected, block: el, kind: 'text', inLeaf: false, cell: null, inH1, groups };
  };

  // The block being built.
  let cur: { ctx: Ctx; parts: string[]; cell: Element | null; from: Element } | null = null;
  let chars = 0;
  let reviewChars = 0;
  let lastDt: { block: Block; el: Element } | null = null;

  // Table header rows, so that a value cell ("×", "○", "不可") reads with its column ("チャージ・延長 : ×").
  const headers = new Map<Element, string[]>();
  const rowText = (tr: Element, fallback: string): string => {
    const cells = Array.from(tr.children).filter((c) => c.localName === 'td' || c.localName === 'th').slice(0, MAX_CELLS);
    if (!cells.length) return fallback;
    const table = tr.closest('table');
    if (!table) return fallback;
    const texts = cells.map((c) => clean(cellText(c)).slice(0, MAX_BLOCK_CHARS));
    if (cells.every((c) => c.localName === 'th') && !headers.has(table)) {
      headers.set(table, texts);
      return fallback;
    }
    const head = headers.get(table);
    if (!head) return fallback;
    // A comparison table with a column for this page's plan (its header names the page's title): only that
    // column's value speaks for the plan; the other columns are other products.
    let own = ownColumns.get(table);
    if (own === undefined) ownColumns.set(table, (own = ownColumn(head, thisPageName())));
    if (own > 0 && texts[own] !== undefined) {
      const label = texts[0];
      const v = texts[own];
      return label && v ? `${label}${CELL_SEPARATOR}${v}` : fallback;
    }
    return texts
      .map((v, i) => (v && v.length <= MAX_VALUE_CELL && head[i] && head[i] !== v ? `${head[i]}${CELL_SEPARATOR}${v}` : v))
      .filter(Boolean)
      .join(CELL_SEPARATOR);
  };

  const ownColumns = new Map<Element, number>();
  // The h1 compared loosely, worked out the first time a table needs it (NFKC is costly on a cold start).
  let pageName: string | undefined;
  const thisPageName = () => (pageName ??= squash(h1?.textContent ?? ''));

  const flush = () => {
    if (!cur) return;
    const { ctx, parts } = cur;
    cur = null;
    let raw = ctx.inLeaf ? parts.join('') : parts.join(' ');
    if (ctx.kind === 'row' && ctx.block.localName === 'tr') raw = rowText(ctx.block, raw);
    // Cut before cleaning: a 1 MB paragraph costs no more than a 4 KB one.
    if (raw.length > 2 * MAX_BLOCK_CHARS) raw = raw.slice(0, 2 * MAX_BLOCK_CHARS);
    let text = clean(raw).slice(0, MAX_BLOCK_CHARS);
    if (!text) return;
    // A mark the page's style draws before the block ("✕ 不要" from `.req .no::before`) is part of what it says.
    const mark = marks.length && text.length <= MAX_MARKED_BLOCK ? markOf(ctx.block, marks) : '';
    if (mark) text = `${mark} ${text}`;
    chars += text.length;
    if (ctx.region === 'review') reviewChars += text.length;
    const el = ctx.block;
    // "Top-up" <dt> and its <dd> answer belong together.
    if (el.localName === 'dd' && lastDt && el.previousElementSibling === lastDt.el) {
      lastDt.block.text = `${lastDt.block.text} : ${text}`.slice(0, MAX_BLOCK_CHARS);
      lastDt.block.kind = 'row';
      lastDt = null;
      return;
    }
    const block: Block = { text, kind: ctx.kind, region: ctx.region, preamble: !seenH1 && ctx.region !== 'main' };
    if (ctx.selected) block.selected = true;
    if (ctx.groups.length) block.groups = ctx.groups;
    blocks.push(block);
    if (ctx.kind === 'heading' && headings.length < 200) headings.push(text);
    lastDt = el.localName === 'dt' ? { block, el } : null;
  };

  if (root && rootCtx) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let nodes = 0;
    let lastParent: Element | null = null;
    let ctx: Ctx = rootCtx;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (++nodes > maxNodes || chars > maxChars) {
        truncated = true;
        break;
      }
      if (++work >= STEP_NODES) {
        work = 0;
        yield;
        // The page replaced the part being read while we paused: what is left of the walk is detached. Stop and
        // say so (the reader's watch reads the new part once the page is quiet).
        if (!n.isConnected) {
          truncated = true;
          break;
        }
      }
      const parent = n.parentElement;
      if (!parent) continue;
      if (parent !== lastParent) {
        ctx = contextOf(parent);
        lastParent = parent;
      }
      if (columnBlocks.length) {
        flush();
        for (const b of columnBlocks) {
          chars += b.text.length;
          blocks.push(b);
          if (b.kind === 'heading' && headings.length < 200) headings.push(b.text);
        }
        columnBlocks.length = 0;
      }
      if (ctx.skip || (ctx.region === 'review' && reviewChars >= MAX_REVIEW_CHARS)) {
        // Nothing further in this element is read: go on after its subtree rather than visit each of its text
        // nodes (a mega-menu, the app's state, two hundred reviews).
        walker.currentNode = lastDescendant(ctx.skip ?? ctx.regionRoot);
        continue;
      }
      let data = (n as Text).data;
      // An icon's meaning is in its tooltip (<span title="Add-on data can be bought for this pack">⚡</span>), and a
      // tooltip attribute's text is the element's to say, whatever its own text ("Refillable ⓘ" with data-tooltip).
      if ((tipped.has(parent) || (data.length <= 3 && parent.hasAttributes())) && !labelled.has(parent) && data.trim()) {
        const tip = tipped.has(parent) ? (TOOLTIP_ATTRIBUTES.map((a) => parent.getAttribute(a)).find((v) => v && v.trim()) ?? '') : '';
        const label = tip || (data.length <= 3 ? parent.getAttribute('title') || parent.getAttribute('aria-label') || '' : '');
        if (label.trim() && label.length <= MAX_ICON_LABEL) {
          data = `${data} (${label.trim()}) `;
          labelled.add(parent);
        }
      }
      if (cur && cur.ctx.block !== ctx.block) flush();
      if (!seenH1 && ctx.inH1) seenH1 = true;
      if (!data.trim()) {
        if (cur && cur.ctx.inLeaf) cur.parts.push(' ');
        continue;
      }
      if (!cur) cur = { ctx, parts: [], cell: ctx.cell, from: parent };
      else if (ctx.cell !== cur.cell) {
        if (cur.ctx.kind === 'row' && cur.parts.length) cur.parts.push(CELL_SEPARATOR);
        cur.cell = ctx.cell;
      }
      // A button's parts in elements of their own (<span>10GB</span><span>15 days</span>) are laid out apart, as
      // words: "10GB 15 days", not "10GB15 days".
      else if (cur.ctx.kind === 'button' && parent !== cur.from && !IN_WORD.has(parent.localName) && !IN_WORD.has(cur.from.localName) && WORD_END.test(cur.parts[cur.parts.length - 1] ?? '') && WORD_START.test(data)) cur.parts.push(' ');
      cur.from = parent;
      cur.parts.push(data);
    }
    flush();
  }

  markLinkRuns(blocks);
  const read = joinKeyValueRows(blocks);

  // Every field within the limits of the message schema the background parses it with
  // (lib/messaging/messages.ts): a snapshot over a limit would be refused whole.
  const htmlLang = (doc.documentElement?.getAttribute('lang')?.trim() ?? '').slice(0, MAX_LANG);
  const title = clean(doc.title || meta['og:title'] || '').slice(0, MAX_TITLE);
  const rating = microdataRating(ratingElements);
  const currency = microdataCurrency(offerElements);
  return {
    url,
    host: host.slice(0, 253),
    lang: pageLang(htmlLang, () => title + ' ' + read.slice(0, 40).map((b) => b.text).join(' ')),
    title,
    meta,
    products,
    h1: h1 ? clean(h1.textContent ?? '').slice(0, 500) : '',
    headings,
    blocks: read,
    truncated,
    ...(rating ? { rating } : {}),
    ...(currency ? { currency } : {}),
  };
}
