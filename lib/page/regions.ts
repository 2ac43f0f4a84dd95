import { BUY_WORDS } from './buy-words';
import { PRICE_TEXT } from './plan-columns';
import type { Region } from './snapshot';

/**
 * Decides whether an element starts a page region (header, menu, footer,
 * sidebar, dialog, main). Real shops build chrome from semantic tags, ARIA
 * roles or plain divs with class names, so all three are read. Class names
 * are checked token by token so that "card-header" or "product-footer" stay
 * content while "site-header" or "footer-links" become chrome.
 */

const ROLE_REGION: Record<string, Region> = {
  main: 'main',
  navigation: 'nav',
  menubar: 'nav',
  menu: 'nav',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  dialog: 'dialog',
  alertdialog: 'dialog',
};

/** What only a buy box holds: a plan picker or a form that puts the plan in the cart. */
const BUY_BOX = 'select, input[type="radio"], form[action*="cart" i], form[action*="checkout" i], form[action*="order" i], form[action*="buy" i]';

/**
 * A sidebar with exactly one buy button is the plan's buy box ("US$44 · Buy with balance"); a strip of other plans
 * has a button on each of them.
 */
function holdsOneBuyButton(el: Element): boolean {
  let n = 0;
  for (const b of Array.from(el.querySelectorAll('button, input[type="submit"], [role="button"]')).slice(0, 20)) {
    const text = (b.textContent || b.getAttribute('value') || '').trim();
    if (text.length < 40 && BUY_WORDS.test(text) && ++n > 1) return false;
  }
  return n === 1;
}

/** An <aside> or a sidebar by name: not a strip named for other products ("related", "upsell", "popular"). */
const SIDEBAR = /(?:^|[\s_-])(?:side|aside|sidebar|side-bar|complementary)(?:$|[\s_-])/i;
function isSidebar(el: Element, tag: string): boolean {
  return tag === 'aside' || el.getAttribute('role') === 'complementary' || SIDEBAR.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/**
 * An <aside> inside the main content that links nowhere, prices nothing and is not named for other products is a
 * callout of this plan ("What you get", a boxed note on top-ups), not a strip of other products: those link to them
 * and show their prices.
 */
function isCallout(el: Element): boolean {
  if (el.querySelector('a[href]')) return false;
  // Named for what it is ("cross-sell", "related-plans"): a strip of other products, links or not.
  const cls = el.getAttribute('class');
  if (cls && regionFromClasses(cls)) return false;
  const text = el.textContent ?? '';
  return text.length < 3000 && !PRICE_TEXT.test(text);
}

/** What a listing's filter panel holds and a buy box does not. */
const FILTERS = 'input[type="checkbox"]';

/** Quick substring filter: most class strings contain none of these. */
const CHROME_HINT =
  /head|nav|menu|foot|side|promo|banner|announce|crumb|related|recommend|popular|cookie|consent|modal|drawer|similar|upsell|cross-?sell|top-?bar|notice|newsletter|other-plans|more-plans|carousel|review|testimonial|comment/;

const TOKEN_RULES: Array<[RegExp, Region]> = [
  [/^(?:(?:site|global|page|main|top|app|shop|store|layout|l|c|js)[-_]?)?(?:header|masthead|topbar|top-bar|top-header)(?:[-_](?:wrap|wrapper|inner|container|top|bar))?$/, 'header'],
  [/(?:^|[-_])(?:promo|announcement|announce|site-banner|top-banner)(?:[-_]?(?:bar|strip|banner|ribbon|wrap|wrapper))?$/, 'header'],
  // "notice" alone names a notes section of the product ("Important notes"); only a notice *bar* is chrome.
  [/(?:^|[-_])notice[-_]?(?:bar|strip|banner|ribbon)$/, 'header'],
  [/^(?:breadcrumbs?|crumbs?)(?:[-_].*)?$/, 'nav'],
  [/^(?:(?:site|global|main|primary|top|mega|header|app|mobile|side|footer)[-_]?)?(?:nav|navbar|navigation|menu|megamenu|mega-menu|menubar|menu-list|nav-links|nav-list)$/, 'nav'],
  [/^(?:(?:site|global|page|main|app|layout|l|c)[-_]?)?(?:footer|foot)(?:[-_](?:links|nav|menu|wrap|wrapper|inner|container|bottom|top|columns?))?$/, 'footer'],
  [/sidebar|side-bar|related|recommend|popular|similar|upsell|cross-sell|you-may-also|more-plans|other-plans|^aside$/, 'aside'],
  [/^(?:modal|drawer|cookie|cookies|cookie-banner|cookie-consent|consent|consent-banner|newsletter|popup|overlay)$/, 'dialog'],
  // Customers' reviews and comments ("reviews", "ReviewCard_root__x1", "customer-reviews", "comment-list").
  [/^(?:customer-|user-|product-)?(?:reviews?|testimonials?|comments?)(?:[-_a-z0-9]*)$/, 'review'],
];

// Utility-class pages repeat the same class strings thousands of times: decide each string once.
const classMemo = new Map<string, Region | null>();

function regionFromClasses(attr: string): Region | null {
  const known = classMemo.get(attr);
  if (known !== undefined) return known;
  let found: Region | null = null;
  const lower = attr.toLowerCase();
  if (CHROME_HINT.test(lower)) {
    outer: for (const token of lower.split(/\s+/)) {
      // A BEM modifier ("plan--popular", "card--recommended") or a state ("is-recommend", "is-popular") marks a
      // highlighted card, never a region.
      if (!token || token.includes('--') || /^(?:is|has)-/.test(token)) continue;
      for (const [re, region] of TOKEN_RULES) {
        if (re.test(token)) {
          found = region;
          break outer;
        }
      }
    }
  }
  if (classMemo.size > 5000) classMemo.clear();
  classMemo.set(attr, found);
  return found;
}

export interface RegionContext {
  /** The region the parent is in. */
  current: Region;
  /** The page's first <h1>: a "header" that wraps it is the product's own header, not chrome. */
  h1: Element | null;
  /** The parent sits in a repeated item (a card, a row, an option). */
  inItem?: boolean;
}

/** A class or id that names the site's own header or footer, not a card's ("site-footer", "global-header"). */
const SITE_WIDE = /(?:^|\s)(?:site|global|page|layout|app|shop|store|top)[-_]?(?:header|footer|foot|head)\b/;

/** The region `el` opens, or null when it stays in its parent's region. */
export function regionOf(el: Element, tag: string, ctx: RegionContext): Region | null {
  if (tag === 'main') return 'main';
  if (el.getAttribute('itemprop') === 'review') return 'review';
  const role = el.getAttribute('role');
  let region: Region | null = role ? (ROLE_REGION[role.toLowerCase()] ?? null) : null;
  if (!region) {
    if (tag === 'nav') region = 'nav';
    else if (tag === 'aside') region = 'aside';
    else if (tag === 'dialog') region = 'dialog';
    else if (tag === 'header' || tag === 'footer') {
      // Inside the main content or a card these are sections' and cards' own headers and footers.
      if (ctx.current === 'main' || ctx.inItem) return null;
      region = tag;
    } else {
      const cls = el.getAttribute('class');
      const id = el.getAttribute('id');
      if (cls) region = regionFromClasses(cls);
      if (!region && id) region = regionFromClasses(id);
      // A "header" class inside the main area is a section heading wrapper; a "foot" inside a card is the card's
      // own fine print ("Need more? Top up in the app"), unless it names the site's.
      if (region && (region === 'header' || region === 'footer')) {
        if (ctx.current === 'main') return null;
        if (ctx.inItem && !SITE_WIDE.test(`${cls ?? ''} ${id ?? ''}`.toLowerCase())) return null;
      }
    }
  }
  if (!region || region === 'main') return region;
  if (region === 'aside' && tag === 'aside' && !role && ctx.current === 'main' && isCallout(el)) return null;
  // A sticky buy box is often an <aside> or a "sidebar": one that holds the plan picker or the checkout form is the
  // product's (a filter panel of check boxes stays a sidebar).
  if (region === 'aside' && (el.querySelector(BUY_BOX) || (isSidebar(el, tag) && holdsOneBuyButton(el))) && !el.querySelector(FILTERS)) return null;
  // Chrome never contains the page's own title.
  if (ctx.h1 && region !== 'dialog' && el.contains(ctx.h1)) return null;
  return region;
}

