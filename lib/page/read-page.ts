import { parseJsonLd } from './json-ld';
import { regionOf, type RegionContext } from './regions';
import type { Block, BlockKind, PageSnapshot, Region } from './snapshot';
import { guessLang } from '../text/lang';

/**
 * Reads a Document into a PageSnapshot in one iterative walk (no recursion, so
 * a hostile 10 000-deep DOM cannot overflow the stack). Text in hidden
 * accordions and tabs is read like any other text; script, style, template
 * and noscript are not. Work is bounded: past `maxChars` of text or
 * `maxNodes` visited nodes the rest of the page is skipped and the snapshot
 * says so.
 */

export interface ReadOptions {
  /** Overrides document.URL (the CLI reads files whose URL comes from elsewhere). */
  url?: string;
  maxChars?: number;
  maxNodes?: number;
}

export const DEFAULT_MAX_CHARS = 400_000;
export const DEFAULT_MAX_NODES = 120_000;
const MAX_BLOCK_CHARS = 4_000;

const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'video', 'audio', 'head', 'link', 'meta', 'input', 'textarea',
]);

/** Inline elements: their text joins the surrounding block. */
const INLINE = new Set([
  'span', 'b', 'strong', 'i', 'em', 'small', 'sup', 'sub', 'mark', 'u', 's', 'del', 'ins',
  'abbr', 'time', 'code', 'kbd', 'bdi', 'bdo', 'cite', 'q', 'font', 'data', 'var', 'wbr',
  'br', 'img', 'picture', 'ruby', 'rt', 'rp', 'output', 'big', 'strike', 'tt',
]);

/** Elements read whole with textContent (unless they hold block children). */
const LEAF_KIND: Record<string, BlockKind> = {
  p: 'text', li: 'text', dd: 'text', td: 'text', th: 'text', blockquote: 'text', pre: 'text',
  figcaption: 'text', caption: 'text', legend: 'text', address: 'text', option: 'text',
  label: 'text', summary: 'heading', dt: 'heading',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  a: 'link', button: 'button', tr: 'row',
};

/** Children that make a would-be leaf a container (card links, rich list items). */
const BLOCKISH = new Set([
  'div', 'p', 'ul', 'ol', 'li', 'table', 'section', 'article', 'dl', 'form', 'header', 'footer',
  'nav', 'aside', 'details', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'main', 'blockquote',
]);

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCKISH.has(c.localName)) return true;
  }
  return false;
}

const SELECTED_CLASS = /(?:^|\s)(?:is-)?(?:active|selected|checked|current)(?:\s|$)/i;

/** The chosen option of a plan picker: the page's own plan among several. */
function isSelected(el: Element): boolean {
  return (
    el.getAttribute('aria-pressed') === 'true' ||
    el.getAttribute('aria-selected') === 'true' ||
    el.getAttribute('aria-checked') === 'true' ||
    el.hasAttribute('selected') ||
    SELECTED_CLASS.test(el.getAttribute('class') ?? '')
  );
}

const WS = /\s+/g;

export function clean(text: string): string {
  return text.replace(WS, ' ').trim();
}

/** A table row reads as "cell : cell" so that "Top-up | Not available" stays one statement. */
function rowText(tr: Element): string {
  const cells: string[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    const t = clean(c.textContent ?? '');
    if (t) cells.push(t);
  }
  return cells.join(' : ');
}

export function readPage(doc: Document, opts: ReadOptions = {}): PageSnapshot {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
  const url = opts.url ?? doc.URL ?? '';
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    // about:blank, file names: no host
  }

  const meta: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property]')).slice(0, 200)) {
    const key = (m.getAttribute('property') || m.getAttribute('name') || '').toLowerCase();
    const content = m.getAttribute('content');
    if (content && (key === 'description' || key === 'keywords' || key.startsWith('og:') || key.startsWith('twitter:'))) {
      meta[key] ??= clean(content).slice(0, 1000);
    }
  }

  const ldSources = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .slice(0, 50)
    .map((s) => s.textContent ?? '');
  const products = parseJsonLd(ldSources);

  const h1 = doc.querySelector('h1');
  const blocks: Block[] = [];
  const headings: string[] = [];
  let chars = 0;
  let nodes = 0;
  let truncated = false;
  let seenH1 = !h1; // no h1: nothing is preamble
  const ctx: RegionContext = { current: 'body', h1 };
  let selectedDepth = 0; // > 0 while inside a selected picker option
  let buf: string[] = [];

  const emit = (raw: string, kind: BlockKind) => {
    const text = clean(raw).slice(0, MAX_BLOCK_CHARS);
    if (!text) return;
    chars += text.length;
    const block: Block = { text, kind, region: ctx.current, preamble: !seenH1 && ctx.current !== 'main' };
    if (selectedDepth > 0) block.selected = true;
    blocks.push(block);
    if (kind === 'heading' && headings.length < 200) headings.push(text);
  };
  const flush = () => {
    if (buf.length) {
      emit(buf.join(' '), 'text');
      buf = [];
    }
  };

  const root = doc.body ?? doc.documentElement;
  // Explicit stack of open containers: [element, region to restore, opened a block].
  const stack: Array<[Node, Region, boolean]> = [];
  let node: Node | null = root ? root.firstChild : null;

  while (node) {
    if (++nodes > maxNodes || chars > maxChars) {
      truncated = true;
      break;
    }
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.trim()) buf.push(data);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (SKIP.has(tag)) {
        // skipped whole
      } else if (INLINE.has(tag)) {
        descend = true;
      } else {
        const leafKind = LEAF_KIND[tag];
        if (leafKind && (tag === 'tr' || !hasBlockChild(el))) {
          flush();
          if (tag === 'h1') seenH1 = true;
          const region = regionOf(el, tag, ctx);
          const saved = ctx.current;
          if (region) ctx.current = region;
          const sel = leafKind !== 'heading' && isSelected(el);
          if (sel) selectedDepth++;
          if (tag === 'tr') emit(rowText(el), 'row');
          else if (tag === 'dt') {
            // "Top-up" <dt> and its <dd> answer belong together.
            const dd = el.nextElementSibling;
            const answer = dd && dd.localName === 'dd' ? ` : ${dd.textContent ?? ''}` : '';
            emit((el.textContent ?? '') + answer, 'row');
          } else if (tag === 'dd' && el.previousElementSibling?.localName === 'dt') {
            // already read with its <dt>
          } else emit(el.textContent ?? '', leafKind);
          if (sel) selectedDepth--;
          ctx.current = saved;
        } else {
          flush();
          const region = regionOf(el, tag, ctx);
          const sel = (tag === 'div' || tag === 'li' || tag === 'label' || tag === 'section') && isSelected(el);
          stack.push([el, ctx.current, sel]);
          if (region) ctx.current = region;
          if (sel) selectedDepth++;
          descend = true;
        }
      }
    }

    if (descend && node.firstChild) {
      if (stack.length === 0 || stack[stack.length - 1][0] !== node) stack.push([node, ctx.current, false]);
      node = node.firstChild;
      continue;
    }
    if (descend && stack.length && stack[stack.length - 1][0] === node) {
      // an empty container: close it again
      const [, saved, sel] = stack.pop()!;
      ctx.current = saved;
      if (sel) selectedDepth--;
    }
    // Move to the next node, closing finished containers on the way up.
    while (node && !node.nextSibling) {
      const top = stack.pop();
      if (!top) {
        node = null;
        break;
      }
      node = top[0];
      if (!INLINE.has((node as Element).localName)) flush();
      ctx.current = top[1];
      if (top[2]) selectedDepth--;
    }
    if (node) node = node.nextSibling;
  }
  flush();

  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  const title = clean(doc.title || meta['og:title'] || '');
  return {
    url,
    host,
    lang: htmlLang || guessLang(title + ' ' + blocks.slice(0, 40).map((b) => b.text).join(' ')),
    title,
    meta,
    products,
    h1: h1 ? clean(h1.textContent ?? '').slice(0, 500) : '',
    headings,
    blocks,
    truncated,
  };
}
