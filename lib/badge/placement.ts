/**
 * Where the badge goes: the first corner, from the preferred one on, that
 * covers none of the page's controls that stay put (a buy button, or any
 * control of a sticky header or buy bar: they never scroll from under the
 * badge). When every corner is taken, as on phones with a sticky header and
 * a sticky buy bar, the badge sits in the preferred bottom corner lifted
 * just above the bar.
 */

import { BUY_WORDS as BUY } from '@/lib/page/buy-words';
import { CORNERS as ALL } from '@/lib/settings/corners';

export type Corner = (typeof ALL)[number];
export const CORNERS: readonly Corner[] = ALL;

// The host sits 8 px from the edges; the frame inside it keeps 8 px more around the badge for its shadow.
const MARGIN = 8;
/** How far up a lifted badge may go: above that it would hide the page itself. */
const MAX_LIFT_SHARE = 0.5;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  corner: Corner;
  /** Pixels the badge is raised from the bottom edge (above a sticky bar); 0 in a free corner. */
  lift: number;
}

export function cornerRect(corner: Corner, w: number, h: number, vw: number, vh: number, lift = 0): Rect {
  const left = corner.endsWith('left') ? MARGIN : vw - MARGIN - w;
  const top = corner.startsWith('top') ? MARGIN : vh - MARGIN - h - lift;
  return { left, top, right: left + w, bottom: top + h };
}

/**
 * Points across a rectangle where a control would sit under the badge: five along its middle line, the middle
 * first. Each point is a hit test (0.2-1 ms on a 400 KB page, the first one most, measured), and a button or a
 * sticky bar under the badge crosses that line; a corner with a control under it is given up at the first point that
 * finds one.
 */
function samplePoints(r: Rect): Array<[number, number]> {
  const y = (r.top + r.bottom) / 2;
  const w = r.right - r.left;
  return [0.5, 0, 1, 0.25, 0.75].map((f) => [Math.min(r.right - 4, Math.max(r.left + 4, r.left + f * w)), y] as [number, number]);
}

const CONTROL = new Set(['button', 'a', 'input', 'select', 'textarea', 'summary']);

/** The control an element belongs to (itself or a near ancestor), or null. */
function controlOf(el: Element, host: Element): Element | null {
  for (let e: Element | null = el, depth = 0; e && depth < 4; e = e.parentElement, depth++) {
    if (e === host || e === document.body || e === document.documentElement) return null;
    if (CONTROL.has(e.localName) || e.getAttribute('role') === 'button') return e;
  }
  return null;
}

/** Fixed or sticky: it stays where it is while the page scrolls. */
function staysPut(el: Element): boolean {
  for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
    const p = getComputedStyle(e).position;
    if (p === 'fixed' || p === 'sticky') return true;
  }
  return false;
}

/** The controls under a rectangle that the badge must not cover; with `first`, only whether there is one. */
function blockers(r: Rect, host: Element, first = false): Element[] {
  const out = new Set<Element>();
  for (const [x, y] of samplePoints(r)) {
    // The browser says what stands at a few points: no scan of every link of a large page.
    for (const el of document.elementsFromPoint(x, y)) {
      const c = controlOf(el, host);
      if (!c || out.has(c)) continue;
      const text = c.textContent ?? '';
      if ((text.length < 60 && BUY.test(text)) || staysPut(c)) out.add(c);
    }
    if (first && out.size) break;
  }
  return [...out];
}

export function choosePlacement(preferred: Corner, w: number, h: number, host: Element): Placement {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const order = [preferred, ...CORNERS.filter((c) => c !== preferred)];
  for (const corner of order) if (!blockers(cornerRect(corner, w, h, vw, vh), host, true).length) return { corner, lift: 0 };
  // Every corner is taken: lift the badge above what blocks the preferred bottom corner.
  const corner: Corner = preferred.startsWith('bottom') ? preferred : (`bottom-${preferred.split('-')[1]}` as Corner);
  const tops = blockers(cornerRect(corner, w, h, vw, vh), host).map((c) => c.getBoundingClientRect().top);
  const lift = Math.min(vh * MAX_LIFT_SHARE, Math.max(0, ...tops.map((top) => vh - top - MARGIN + 4)));
  return { corner, lift: Math.round(lift) };
}
