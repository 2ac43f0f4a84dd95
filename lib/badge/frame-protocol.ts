import { CORNERS, type Corner } from '../settings/corners';

/**
 * What the badge's frame and its page-side host say to each other with
 * postMessage. The frame (an extension page) renders the badge; the host (a
 * content script in the shop's page) sizes and places the frame and does what
 * needs the page's DOM: finding a quote, choosing a corner clear of the buy
 * button. Neither trusts the other's messages beyond these shapes, and
 * nothing here carries a verdict: the frame reads that from the background.
 *
 * Checked by hand rather than with zod: this module runs in the shop's page,
 * where zod/mini's schemas cost more to build than everything else the host
 * does (npm run bench:page); the shapes are three flat objects.
 */

export const FRAME_PAGE = '/badge-frame.html';
/** Room around the badge inside the frame for its shadow. */
export const FRAME_PAD = 8;
const MAX_QUOTE = 2000;

/** Frame → host. */
export type FromFrame =
  /** the badge's size in CSS px (the frame is resized to it) */
  | { type: 'esim-lens:size'; width: number; height: number }
  /** find this quote on the page; the host answers with esim-lens:found */
  | { type: 'esim-lens:find'; id: number; quote: string }
  /** the user hid the badge */
  | { type: 'esim-lens:remove' }
  /** the user closed the badge's panel: back to the host's pill (the frame is dropped) */
  | { type: 'esim-lens:collapse' };

/** Host → frame. */
export type FromHost =
  /** the verdict changed: read it again from the background */
  | { type: 'esim-lens:refresh' }
  /** where the badge sits, and the page's viewport (the panel fits in it, on a phone too) */
  | { type: 'esim-lens:layout'; corner: Corner; viewportWidth: number; viewportHeight: number }
  | { type: 'esim-lens:found'; id: number; ok: boolean };

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null;
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCorner = (x: unknown): x is Corner => (CORNERS as readonly unknown[]).includes(x);

export function parseFromFrame(data: unknown): FromFrame | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'esim-lens:size':
      return isNumber(data.width) && isNumber(data.height) ? { type: data.type, width: data.width, height: data.height } : null;
    case 'esim-lens:find':
      return isNumber(data.id) && typeof data.quote === 'string' && data.quote.length <= MAX_QUOTE ? { type: data.type, id: data.id, quote: data.quote } : null;
    case 'esim-lens:remove':
    case 'esim-lens:collapse':
      return { type: data.type };
    default:
      return null;
  }
}

export function parseFromHost(data: unknown): FromHost | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'esim-lens:refresh':
      return { type: data.type };
    case 'esim-lens:layout':
      return isCorner(data.corner) && isNumber(data.viewportWidth) && isNumber(data.viewportHeight)
        ? { type: data.type, corner: data.corner, viewportWidth: data.viewportWidth, viewportHeight: data.viewportHeight }
        : null;
    case 'esim-lens:found':
      return isNumber(data.id) && typeof data.ok === 'boolean' ? { type: data.type, id: data.id, ok: data.ok } : null;
    default:
      return null;
  }
}

/**
 * The part of a "verdict-updated" message the host needs: the badge's public
 * attributes and the corner the user prefers, or null (no badge here).
 */
export type Shown = { topUp: string; term: string; corner: Corner; chips: ShownChip[]; pill: ShownPill } | null;

/** The collapsed badge's words as the background wrote them, in the user's language; drawn as text only. */
export interface ShownPill {
  lang: string;
  icon: string;
  parts: string[];
  label: string;
  title: string;
  /** the user wants the badge open from the start (Options › Badge › detailed) */
  open: boolean;
}

/** A plan card's chip: where the card is ([set, item] of the snapshot) and what it says. */
export interface ShownChip {
  at: [number, number];
  text: string;
  topUp: string;
  term: string;
}

const MAX_CHIPS = 500;
const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function parseChips(raw: unknown): ShownChip[] {
  if (!Array.isArray(raw)) return [];
  const out: ShownChip[] = [];
  for (const c of raw.slice(0, MAX_CHIPS)) {
    if (!isObject(c) || !Array.isArray(c.at) || c.at.length !== 2 || !isIndex(c.at[0]) || !isIndex(c.at[1])) continue;
    if (typeof c.text !== 'string' || c.text.length > 200 || typeof c.topUp !== 'string' || typeof c.term !== 'string') continue;
    out.push({ at: [c.at[0], c.at[1]], text: c.text, topUp: c.topUp, term: c.term });
  }
  return out;
}

const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

/** The pill's words, or a bare pill (the verdict's own words are in the frame) when they are missing or odd. */
function parsePill(raw: unknown, topUp: string): ShownPill {
  const icon = topUp === 'yes' ? '✓' : topUp === 'no' ? '✕' : '?';
  const bare: ShownPill = { lang: '', icon, parts: ['eSIM'], label: 'eSIM Lens', title: 'eSIM Lens', open: false };
  if (!isObject(raw)) return bare;
  const parts = Array.isArray(raw.parts) ? raw.parts.slice(0, 8).filter((p): p is string => isText(p, 200)) : [];
  return {
    lang: isText(raw.lang, 40) ? raw.lang : '',
    icon: isText(raw.icon, 4) ? raw.icon : icon,
    parts: parts.length ? parts : bare.parts,
    label: isText(raw.label, 600) ? raw.label : bare.label,
    title: isText(raw.title, 200) ? raw.title : bare.title,
    open: raw.open === true,
  };
}

export function parseVerdictUpdate(data: unknown): { verdict: Shown } | null {
  if (!isObject(data) || data.type !== 'verdict-updated') return null;
  const v = data.verdict;
  if (v === null) return { verdict: null };
  if (!isObject(v) || !isObject(v.topUp) || !isObject(v.term) || typeof v.topUp.value !== 'string' || typeof v.term.value !== 'string') return null;
  const topUp = v.topUp.value;
  return { verdict: { topUp, term: v.term.value, corner: isCorner(data.corner) ? data.corner : 'bottom-right', chips: parseChips(data.chips), pill: parsePill(data.pill, topUp) } };
}
