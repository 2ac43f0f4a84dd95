import { runsOn, type CueCategory, type Lexicon, type Script } from '../data/lexicon';
import { langFamily } from '../text/lang';
import { CELL_SEPARATOR } from '../page/snapshot';
import { cueDistance, findCues, longestFirst, type CueHit, type Span } from './context';

/**
 * The numbers of one statement: data amounts, durations and prices, each with
 * what the cues around it say it is. "2GB/day" is a daily allowance, "¥2,970
 * /月" a monthly fee, "activate within 180 days" a window and not the plan's
 * validity, "save $5" a discount and not a price. Shapes and cues are data
 * (data/lexicon.json: quantities and the number cues).
 */

export interface DataAmount extends Span {
  gb?: number;
  unlimited?: true;
  /** "2GB/day", 「毎日1GB」, 「每日2GB」: a daily allowance. */
  daily: boolean;
  /** "1-30GB": one end of a range of options. */
  range: boolean;
}

export interface Duration extends Span {
  days: number;
  /** A cue says this is the plan's duration ("valid for", 「有効期間」, 「有效期」) or a data amount stands beside it. */
  validity: boolean;
  /** A cue says this is another window: activation, refund, delivery, a notice period. */
  window: boolean;
  range: boolean;
}

export interface Price extends Span {
  amount: number;
  currency: string;
  billing?: 'monthly' | 'daily';
  /** A discount, a coupon or cashback: not a price. */
  discount: boolean;
  /** "from $4.50", 「¥890~」: the lowest of several. */
  from: boolean;
  /** A fee for something else: activation, delivery, an add-on. */
  otherFee: boolean;
}

export interface Quantities {
  data: DataAmount[];
  durations: Duration[];
  prices: Price[];
}

const EMPTY: Quantities = { data: [], durations: [], prices: [] };
const NUMBER_CUES: readonly CueCategory[] = ['perDay', 'perMonth', 'discount', 'from', 'otherFee', 'validity', 'notValidity', 'terminate'];
const DIGIT = /\d/;

/**
 * Where a page stands, for symbols several currencies share (¥, 元, $): its
 * language, its domain and the currency its structured data or shop uses.
 */
export interface Locale {
  lang: string;
  host: string;
  /** The currency the shop prices in, when known (JSON-LD priceCurrency, a Japanese shop). */
  home?: string;
}

/** The currency a symbol stands for on this page, or '' when it is no currency here (a bare "R" off South Africa). */
function resolveCurrency(code: string, { lang, host, home }: Locale): string {
  const fam = langFamily(lang);
  if (code === 'RAND') return home === 'ZAR' || /\.za$/.test(host) || /-za$/i.test(lang) ? 'ZAR' : '';
  if (code === 'YEN') return home === 'JPY' || home === 'CNY' ? home : fam === 'zh-Hans' && !/\.jp$/.test(host) ? 'CNY' : 'JPY';
  if (code === 'YUAN') return home === 'TWD' || home === 'CNY' ? home : fam === 'zh-Hant' || /\.tw$|(^|\.)tw\./.test(host) ? 'TWD' : 'CNY';
  if (code === 'DOLLAR') {
    if (home === 'USD' || home === 'HKD' || home === 'TWD' || home === 'SGD' || home === 'AUD' || home === 'CAD' || home === 'NZD') return home;
    if (/\.hk$|(^|\.)hk\./.test(host) || /-hk$/i.test(lang)) return 'HKD';
    if (/\.tw$|(^|\.)tw\./.test(host) || /-tw$/i.test(lang)) return 'TWD';
    return 'USD';
  }
  return code;
}

type Kind = 'data' | 'days' | 'price';
interface Found extends Span {
  kind: Kind;
  on: Set<string>;
}

/**
 * A cue in a column or row header reaches the value cell after it ("1日あたりのデータ : 高速データ1GB",
 * "Daily data : 2GB"): measured from where the value cell starts, when no number stands in the header after
 * the cue and the span is in the very next cell. Undefined when the cue is not such a header.
 */
function headerReach(text: string, cells: Cells, c: CueHit, f: Span): number | undefined {
  if (!cells.any || c.cue.direction !== 'forward' || f.start < c.end) return undefined;
  const sep = cells.after(c.end);
  if (sep < 0 || sep > f.start || DIGIT.test(text.slice(c.end, sep))) return undefined;
  const value = sep + CELL_SEPARATOR.length;
  const next = cells.after(value);
  if (next >= 0 && next < f.start) return undefined;
  const gap = f.start - value;
  return gap <= c.cue.scope ? gap : undefined;
}

const PERCENT = /\d\s?%/;

/** What stands between two prices of one list: a joiner and the next item's amount ("、3GB ", ", 3 GB for "). */
const LISTED_PRICE = /^\s?(?:[、,，/]|and|or|和|及|或|与|與)\s?(?:\d+(?:\.\d+)?\s?(?:GB|MB|G)\s?(?:for|:|：)?\s?)?$/i;

/**
 * Gives each number cue to the number it modifies: the nearest one of a kind
 * it applies to, within its scope. 「每日 2GB|NT$299」: "每日" makes the data
 * daily, not the price after it. A range cue ("1–30", "至") marks the nearest
 * number on each side.
 */
function assignCues(text: string, cells: Cells, found: Found[], cues: CueHit[], terminators: Span[]): void {
  for (const c of cues) {
    const range = c.cue.id.endsWith('range');
    let before: Found | undefined;
    let after: Found | undefined;
    let gapBefore = Infinity;
    let gapAfter = Infinity;
    for (const f of found) {
      if (!c.cue.applies.includes(f.kind)) continue;
      // "NT$399 23% 折扣", "¥2,980 (20%OFF)": the discount is the percentage's, and the price beside it is the one paid.
      if (c.cue.category === 'discount' && f.kind === 'price' && PERCENT.test(f.start >= c.end ? text.slice(c.start, f.start) : text.slice(f.end, c.end))) continue;
      const gap = headerReach(text, cells, c, f) ?? cueDistance(text, c, f, terminators);
      if (gap < 0) continue;
      if (f.start >= c.start) {
        if (gap < gapAfter) [after, gapAfter] = [f, gap];
      } else if (gap < gapBefore) [before, gapBefore] = [f, gap];
    }
    const label = range ? 'range' : c.cue.category;
    if (range) {
      before?.on.add(label);
      after?.on.add(label);
    } else {
      const nearest = gapAfter <= gapBefore ? after : before;
      nearest?.on.add(label);
      // A fee names the prices listed after its first: 「加購數據:1GB HK$12、3GB HK$30」, "add-ons: 1GB $5, 3GB $12".
      if (label === 'otherFee' && nearest?.kind === 'price') {
        let last = nearest;
        for (const f of found.filter((x) => x.kind === 'price' && x.start >= nearest.end).sort((a, b) => a.start - b.start)) {
          if (!LISTED_PRICE.test(text.slice(last.end, f.start))) break;
          f.on.add(label);
          last = f;
        }
      }
      // 「每個使用日不限數據,首 1GB 高速」: a day's unlimited data with a cap; the cap is per day too.
      if (label === 'perDay' && nearest && (nearest as { unlimited?: true }).unlimited) {
        const cap = found.find((f) => f.kind === 'data' && f.start > nearest.end && !(f as { unlimited?: true }).unlimited && cueDistance(text, c, f, terminators) >= 0);
        cap?.on.add(label);
      }
    }
  }
}

/**
 * The cell separators of one statement, found once: looking them up per cue and number with indexOf scanned a
 * long statement again each time (a 1 MB statement of near-matches went from 5 to 30 ms).
 */
interface Cells {
  any: boolean;
  /** The first separator at or after `at`, or -1. */
  after(at: number): number;
  /** The last separator at or before `at`, or -1 (where the cell holding `at` starts). */
  before(at: number): number;
}

function cellsOf(text: string): Cells {
  const at: number[] = [];
  for (let i = text.indexOf(CELL_SEPARATOR); i >= 0; i = text.indexOf(CELL_SEPARATOR, i + 1)) at.push(i);
  const firstFrom = (x: number) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    any: at.length > 0,
    after: (x) => at[firstFrom(x)] ?? -1,
    before: (x) => {
      const i = firstFrom(x + 1) - 1;
      return i >= 0 ? at[i] : -1;
    },
  };
}

/**
 * A fee cue in a cell that states whether there is a top-up names no fee: in "✗ 不支持充值 : S$8.50",
 * "Top-up: not available : $9" or "✓ 可加购天数 : S$24.00" the price is the plan's, in a cell of its own. A cell
 * that says it can be topped up and holds its own amount ("可加購 1GB NT$100") is a fee. Polarity cues are looked
 * up only when a fee cue is there.
 */
function withoutStatedFees(text: string, cells: Cells, script: Script, lex: Lexicon, cues: CueHit[]): CueHit[] {
  const fees = cues.filter((c) => c.cue.category === 'otherFee');
  if (!fees.length) return cues;
  const polar = findCues(text, script, lex, ['negated', 'possible'], ['topUp']);
  if (!polar.length) return cues;
  const states = (c: CueHit) => {
    const cell = cells.before(c.start);
    const next = cells.after(c.end);
    const end = next < 0 ? text.length : next;
    const inCell = polar.filter((n) => cells.before(n.start) === cell && n.start < end);
    if (inCell.some((n) => n.cue.category === 'negated')) return true;
    if (inCell.length > 0 && next >= 0 && !DIGIT.test(text.slice(c.end, end))) return true;
    // A header cell answered by the next one ("追加チャージ : 不可 : 料金 : 3,580円", "Top-up : ✓ : Price : $9"): the
    // yes or no is the value, and the prices further on are the plan's.
    // (A cue may end inside the separator after it: "チャージ :".)
    const sep = cells.after(c.start);
    if (sep < 0 || DIGIT.test(text.slice(cell < 0 ? 0 : cell, sep))) return false;
    const valueEnd = cells.after(sep + CELL_SEPARATOR.length);
    const value = text.slice(sep + CELL_SEPARATOR.length, valueEnd < 0 ? text.length : valueEnd);
    return !DIGIT.test(value) && polar.some((n) => n.start > sep && (valueEnd < 0 || n.start < valueEnd));
  };
  return cues.filter((c) => c.cue.category !== 'otherFee' || !states(c));
}

/** Two network generations side by side: "4G/5G", "4G・5G", "5G / 4G LTE" (the part before the amount's end). */
const GENERATION_PAIR = /[2-6]G\s?[/・、,&]\s?[2-6]G$/i;

export function readQuantities(text: string, script: Script, lex: Lexicon, locale: Locale, unlimited: Span[]): Quantities {
  if (!DIGIT.test(text) && !unlimited.length) return EMPTY;
  const q = lex.quantities;
  const cues = findCues(text, script, lex, NUMBER_CUES, ['data', 'days', 'price']);
  const terminators = cues.filter((c) => c.cue.category === 'terminate');
  const cells = cellsOf(text);
  const modifiers = withoutStatedFees(text, cells, script, lex, cues.filter((c) => c.cue.category !== 'terminate'));

  const prices: Array<Found & { amount: number; currency: string }> = [];
  const amounts: Array<Found & { gb?: number; unlimited?: true }> = [];
  let spans: Array<Found & { days: number }> = [];
  if (DIGIT.test(text)) {
    // Prices first: "¥1,980" must not also read as a data amount or a day count.
    q.price.lastIndex = 0;
    for (let m = q.price.exec(text); m; m = q.price.exec(text)) {
      const g = m.groups!;
      const amount = Number((g.a1 ?? g.a2 ?? g.a3).replace(/,/g, ''));
      const symbol = g.pre ?? g.suf ?? g.col;
      const tables = g.pre ? [q.prefix] : g.suf ? [q.suffix] : [q.prefix, q.suffix];
      const code = tables.flat().find(([re]) => re.test(symbol))?.[1];
      const currency = code ? resolveCurrency(code, locale) : '';
      if (!currency || !Number.isFinite(amount)) continue;
      prices.push({ start: m.index, end: m.index + m[0].length, kind: 'price', on: new Set(), amount, currency });
    }
    const inPrice = (s: number, e: number) => prices.some((p) => s < p.end && e > p.start);

    q.data.lastIndex = 0;
    for (let m = q.data.exec(text); m; m = q.data.exec(text)) {
      const n = Number(m.groups!.n);
      const unit = m.groups!.unit.toUpperCase();
      const end = m.index + m[0].length;
      if (inPrice(m.index, end)) continue;
      // 4G/5G name a network generation, unless a data word follows ("5G流量"); a pair of generations
      // ("4G/5G データ通信", "4G・5G") is the network however it goes on.
      if (unit === 'G' && n >= 2 && n <= 6 && (GENERATION_PAIR.test(text.slice(Math.max(0, m.index - 3), end)) || !q.networkDataWord.test(text.slice(end, end + 6)))) continue;
      const gb = n * (q.units[unit] ?? 1);
      if (!(gb > 0 && gb <= 2000)) continue;
      amounts.push({ start: m.index, end, kind: 'data', on: new Set(), gb });
    }

    // 「1日1GB」, "per day": a rate, not a duration of one day.
    const rates = modifiers.filter((c) => c.cue.category === 'perDay' || c.cue.category === 'perMonth');
    const inRate = (s: number, e: number) => rates.some((r) => s < r.end && e > r.start);
    for (const d of q.durations) {
      d.re.lastIndex = 0;
      for (let m = d.re.exec(text); m; m = d.re.exec(text)) {
        const end = m.index + m[0].length;
        if (inPrice(m.index, end) || inRate(m.index, end)) continue;
        // Twelve months are a year, not 360 days ("install within 12 months" is 365 days).
        const raw = d.factor === 30 && Number(m.groups!.n) === 12 ? 365 : Number(m.groups!.n) * d.factor;
        // Hours count only in whole days ("168 hours"); months become 30 days.
        if (!Number.isInteger(Math.round(raw * 1000) / 1000) || raw < 1 || raw > 400) continue;
        spans.push({ start: m.index, end, kind: 'days', on: new Set(), days: Math.round(raw) });
      }
    }
    spans = longestFirst(spans);
  }
  for (const u of unlimited) amounts.push({ ...u, kind: 'data', on: new Set(), unlimited: true });
  assignCues(text, cells, [...prices, ...amounts, ...spans], modifiers, terminators);

  return {
    data: amounts
      .sort((a, b) => a.start - b.start)
      .map((a) => ({ start: a.start, end: a.end, gb: a.gb, ...(a.unlimited ? { unlimited: true as const } : {}), daily: a.on.has('perDay'), range: a.on.has('range') })),
    durations: spans.map((d) => ({ start: d.start, end: d.end, days: d.days, validity: d.on.has('validity'), window: d.on.has('notValidity'), range: d.on.has('range') })),
    prices: prices.map((p) => ({
      start: p.start,
      end: p.end,
      amount: p.amount,
      currency: p.currency,
      billing: p.on.has('perMonth') ? 'monthly' : p.on.has('perDay') ? 'daily' : undefined,
      discount: p.on.has('discount'),
      // One end of a price range ("$8.50 – $19.90") is as much the plan's price as a "from" price.
      from: p.on.has('from') || p.on.has('range'),
      otherFee: p.on.has('otherFee'),
    })),
  };
}

/** Spans of "unlimited" words in a statement ("Unlimited", 「無制限」, 「吃到飽」). */
export function unlimitedSpans(text: string, script: Script, lex: Lexicon): Span[] {
  if (!lex.any.unlimited.test(text, script)) return [];
  const out: Span[] = [];
  for (const c of lex.concepts.unlimited) {
    if (!runsOn(c, script)) continue;
    c.re.lastIndex = 0;
    for (let m = c.re.exec(text); m; m = c.re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return longestFirst(out);
}
