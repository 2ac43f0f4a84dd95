import { cardElement } from '@/lib/badge/card-elements';
import type { ShownChip } from '@/lib/badge/frame-protocol';

/**
 * A chip on each plan card of a listing page: `<esim-lens-card data-top-up
 * data-term>` inside the card's own element, its inside a closed shadow root
 * like the badge's. It takes no room: it is absolutely positioned at its static
 * place (the card's top left) and as wide as the card's content, its label at
 * the top right, so the shop's grid never reflows. Chips go first onto the
 * cards in view, the rest as they scroll in, a few per animation frame.
 */

/** What a chip shows, as the background sent it (lib/badge/frame-protocol.ts). */
export type ChipData = ShownChip;

const PER_FRAME = 12;
const STYLE = `
:host { all: initial !important; position: absolute !important; display: block !important; height: 0 !important; margin: 0 !important;
  padding: 0 !important; border: 0 !important; z-index: 2147483646 !important; pointer-events: none !important; visibility: visible !important; }
.chip { position: absolute; top: 4px; right: 4px; max-width: calc(100% - 8px); box-sizing: border-box; padding: 2px 8px; border-radius: 10px;
  border: 1.5px solid var(--state); background: #fff; color: #1f2328; font: 600 11px/1.5 system-ui, -apple-system, 'Segoe UI',
  'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans CJK SC', sans-serif; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  box-shadow: 0 1px 4px rgba(0,0,0,.15); --state: #9a6700; }
:host([data-top-up='yes']) .chip { --state: #1a7f37; }
:host([data-top-up='no']) .chip { --state: #b42318; }
@media (prefers-color-scheme: dark) { .chip { background: #151b23; color: #f0f6fc; } }
`;

/**
 * One parsed style sheet shared by every chip (a <style> per chip re-parsed the same rules 50 times on a
 * 50-card page); a <style> element where a constructed sheet cannot be adopted.
 */
let shared: CSSStyleSheet | null | undefined;
function adoptStyle(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(STYLE);
    } catch {
      shared = null;
    }
  }
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      return;
    } catch {
      shared = null; // another realm's sheet (Firefox content scripts): fall back
    }
  }
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
}

/** The inside of each chip, kept here: its shadow root is closed. */
const PARTS = new WeakMap<HTMLElement, { label: HTMLElement; width: HTMLStyleElement; text: string; narrow: boolean }>();

/**
 * Below this card width (a phone's two-column grid) the chip says only its first part, the top-up answer, so that it
 * does not cover the card's own title; the whole line stays in its tooltip.
 */
const NARROW_CARD_PX = 260;
const shortText = (text: string) => text.split(' · ')[0];
const parts = (chip: HTMLElement) => PARTS.get(chip)!;

export class CardChips {
  private mounted = new Map<Element, HTMLElement>();
  private wanted = new Map<Element, ChipData>();
  private queue: Element[] = [];
  private frame = 0;
  private readonly visible: IntersectionObserver;
  private readonly sizes: ResizeObserver;

  constructor() {
    this.visible = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting && this.wanted.has(e.target)) this.enqueue(e.target);
    }, { rootMargin: '200px' });
    // The chip's width follows the card's content width; it lives in the chip's own shadow style, out of
    // the page's reach (the :host rule there wins over any page rule). `:host(esim-lens-card)` outranks the shared
    // sheet's `:host { all: initial !important }`, which, adopted, comes later in the cascade and would reset it.
    this.sizes = new ResizeObserver((entries) => {
      for (const e of entries) {
        const chip = this.mounted.get(e.target);
        if (!chip) continue;
        const p = parts(chip);
        p.width.textContent = `:host(esim-lens-card) { width: ${Math.round(e.contentRect.width)}px !important; }`;
        const narrow = e.contentRect.width < NARROW_CARD_PX;
        if (narrow !== p.narrow) {
          p.narrow = narrow;
          p.label.textContent = narrow ? shortText(p.text) : p.text;
        }
      }
    });
  }

  /** Shows exactly these chips: new cards get one, changed ones are updated, the rest lose theirs. */
  update(list: ChipData[]): void {
    const next = new Map<Element, ChipData>();
    for (const c of list) {
      const el = cardElement(c.at);
      if (el) next.set(el, c);
    }
    for (const el of [...this.wanted.keys()]) if (!next.has(el)) this.drop(el);
    for (const [el, c] of next) {
      const had = this.wanted.get(el);
      this.wanted.set(el, c);
      const chip = this.mounted.get(el);
      if (chip && had && (had.text !== c.text || had.topUp !== c.topUp || had.term !== c.term)) this.fill(chip, c);
      if (!chip && !had) this.visible.observe(el);
    }
  }

  clear(): void {
    this.update([]);
  }

  private drop(el: Element): void {
    this.visible.unobserve(el);
    this.sizes.unobserve(el);
    this.mounted.get(el)?.remove();
    this.mounted.delete(el);
    this.wanted.delete(el);
  }

  private enqueue(el: Element): void {
    this.queue.push(el);
    this.frame ||= requestAnimationFrame(() => this.flush());
  }

  /** A few chips per frame, so a listing of hundreds never makes a long task. */
  private flush(): void {
    this.frame = 0;
    for (const el of this.queue.splice(0, PER_FRAME)) this.mount(el);
    if (this.queue.length) this.frame = requestAnimationFrame(() => this.flush());
  }

  private mount(el: Element): void {
    const data = this.wanted.get(el);
    if (!data || this.mounted.has(el) || !el.isConnected) return;
    const chip = document.createElement('esim-lens-card');
    const root = chip.attachShadow({ mode: 'closed' });
    adoptStyle(root);
    const width = document.createElement('style');
    const label = document.createElement('span');
    label.className = 'chip';
    root.append(width, label);
    PARTS.set(chip, { label, width, text: data.text, narrow: false });
    this.fill(chip, data);
    el.prepend(chip);
    this.mounted.set(el, chip);
    this.visible.unobserve(el);
    this.sizes.observe(el);
  }

  private fill(chip: HTMLElement, c: ChipData): void {
    chip.setAttribute('data-top-up', c.topUp);
    chip.setAttribute('data-term', c.term);
    const p = parts(chip);
    p.text = c.text;
    // Text only (the words already carry the answer: "Top-up ✓", "No top-up"); the border carries its colour.
    p.label.textContent = p.narrow ? shortText(c.text) : c.text;
    p.label.title = c.text;
  }
}
