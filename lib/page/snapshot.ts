/**
 * The plain-data picture of a page that the classifier works on. Reading the
 * page (read-page.ts) is the only step that touches the DOM; everything after
 * it takes a PageSnapshot, so the same code runs in the content script, in
 * Node tests and in the `classify` CLI.
 */

/**
 * How the reader joins the cells of a table row (and a <dt>/<dd> pair, a header and its value) into one block's
 * text: "Top-up : ✗". The classifier reads rows back by it (cells, header values, FAQ rows).
 */
export const CELL_SEPARATOR = ' : ';

/** Where a block of text sits on the page; chrome regions say nothing about the plan. */
export type Region =
  | 'main' // <main>, role=main, the product/article area
  | 'body' // not inside any recognised region
  | 'header' // site header, top bar, promo/announcement bar, breadcrumb
  | 'nav' // menus
  | 'footer'
  | 'aside' // sidebars, "popular plans", related products
  | 'dialog' // modals, drawers, cookie banners
  | 'review'; // customers' reviews and comments: their words, not the shop's

/** What kind of element the text came from. */
export type BlockKind = 'text' | 'heading' | 'link' | 'button' | 'row';

export interface Block {
  text: string;
  region: Region;
  kind: BlockKind;
  /** Before the page's first <h1> in document order (and outside main): likely chrome. */
  preamble: boolean;
  /** Inside the chosen option of a plan picker (aria-pressed/selected/checked, class "active"/"selected", a checked radio). */
  selected?: boolean;
  /**
   * The repeated items the block sits in, innermost first (at most three),
   * as [set, item]: an item is an element with at least one sibling of the
   * same tag and class — a plan card in a grid, an option of a picker, a
   * table row, a list item — and a set is the alike siblings of one parent.
   * The classifier tells cards apart and groups their text from these
   * without touching the DOM.
   */
  groups?: Array<[number, number]>;
}

/** What a schema.org Product / Offer in JSON-LD says. */
export interface StructuredProduct {
  name: string;
  description: string;
  /** The one price of a single offer; absent when the offers have several prices. */
  price?: number;
  /** Lowest and highest price of several offers (a picker's range), when they differ. */
  lowPrice?: number;
  highPrice?: number;
  currency?: string;
  /** Several offers on one product (e.g. a plan picker) */
  offerCount: number;
  /** schema.org aggregateRating of the product: its stars (of 5) and how many reviews or ratings. */
  rating?: { stars: number; count: number };
}

export interface PageSnapshot {
  url: string;
  host: string;
  /** BCP 47 tag from <html lang>, or guessed from the text ('' when unknown). */
  lang: string;
  title: string;
  /** name/property → content for description, og:*, twitter:* */
  meta: Record<string, string>;
  products: StructuredProduct[];
  /** Text of the first <h1>, '' when there is none. */
  h1: string;
  headings: string[];
  blocks: Block[];
  /** True when the page was larger than the reading budget and its tail was skipped. */
  truncated: boolean;
  /** The product's rating from schema.org microdata, when the page marks one up (JSON-LD's is in `products`). */
  rating?: { stars: number; count: number };
  /** The currency of the product's offers in schema.org microdata (ISO 4217). */
  currency?: string;
}
