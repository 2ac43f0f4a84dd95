/**
 * Picks the corner where the badge covers nothing the shopper needs: the
 * first corner whose area holds no buy button or form control.
 */

import { CORNERS as ALL } from '@/lib/settings/corners';

export type Corner = (typeof ALL)[number];
export const CORNERS: readonly Corner[] = ALL;

const BUY = /buy|cart|checkout|purchase|order|book|購入|カート|申し?込|予約|购买|購買|购物车|購物車|订购|訂購|预订|預訂|选购|選購/i;
// The host sits 8 px from the edges; the frame inside it keeps 8 px more around the badge for its shadow.
const MARGIN = 8;

export function cornerRect(corner: Corner, w: number, h: number, vw: number, vh: number) {
  const left = corner.endsWith('left') ? MARGIN : vw - MARGIN - w;
  const top = corner.startsWith('top') ? MARGIN : vh - MARGIN - h;
  return { left, top, right: left + w, bottom: top + h };
}

/** Points across a corner's rectangle where a control would sit under the badge. */
function samplePoints(r: { left: number; top: number; right: number; bottom: number }): Array<[number, number]> {
  const xs = [r.left + 4, (r.left + r.right) / 2, r.right - 4];
  const ys = [r.top + 4, (r.top + r.bottom) / 2, r.bottom - 4];
  return xs.flatMap((x) => ys.map((y) => [x, y] as [number, number]));
}

/** A buy button, cart link or form control: the element at a point or one of its near ancestors. */
function isBuyControl(el: Element, host: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 4; e = e.parentElement, depth++) {
    if (e === host || e === document.body || e === document.documentElement) return false;
    const tag = e.localName;
    const control = tag === 'button' || tag === 'a' || tag === 'input' || tag === 'select' || e.getAttribute('role') === 'button';
    if (!control) continue;
    const text = e.textContent ?? '';
    return tag === 'input' || tag === 'select' || (text.length < 60 && BUY.test(text));
  }
  return false;
}

/**
 * The first corner, from the preferred one on, that covers no buy control.
 * It asks the browser what stands at a few points of each corner
 * (elementsFromPoint) instead of scanning every link of the page: on a large
 * shop page the scan cost several ms of the page's main thread.
 */
export function chooseCorner(preferred: Corner, w: number, h: number, host: Element): Corner {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const order = [preferred, ...CORNERS.filter((c) => c !== preferred)];
  const clear = (c: Corner) =>
    !samplePoints(cornerRect(c, w, h, vw, vh)).some(([x, y]) => document.elementsFromPoint(x, y).some((el) => isBuyControl(el, host)));
  return order.find(clear) ?? preferred;
}
