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

function overlaps(a: { left: number; top: number; right: number; bottom: number }, b: DOMRect): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

export function chooseCorner(preferred: Corner, w: number, h: number, host: Element): Corner {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const controls = Array.from(document.querySelectorAll('button, a, input[type="submit"], [role="button"]'))
    .filter((el) => !host.contains(el) && BUY.test(el.textContent ?? '') && (el.textContent ?? '').length < 60)
    .slice(0, 50)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const order = [preferred, ...CORNERS.filter((c) => c !== preferred)];
  return order.find((c) => !controls.some((r) => overlaps(cornerRect(c, w, h, vw, vh), r))) ?? preferred;
}

