import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FRAME_PAGE, parseFromFrame, parseVerdictUpdate, type FromHost, type Shown } from './frame-protocol';
import type { Corner } from '../settings/corners';
import { CardChips } from './chips';
import { findQuote } from './find-quote';
import { choosePlacement } from './placement';
import hostCss from './host.css?inline';
import pillCss from './pill.css?inline';

const css = `${pillCss}\n${hostCss}`;

/**
 * The badge's host in the shop's page: a closed shadow root holding the
 * collapsed badge (a pill drawn as plain text from words the background sent),
 * the extension frame the open badge renders in (entrypoints/badge-frame), the
 * card chips, and the messages between them and the background. It is kept
 * small on purpose: the open badge (React, the four languages, the settings)
 * renders in the frame, in the extension's own process, so none of it runs on
 * the shop's main thread, and the frame is only built when the badge is opened
 * (npm run bench:page measures both). The closed root keeps the
 * page's scripts away from the host's inside and the frame's controls, and its
 * styles from hiding it.
 *
 * WXT's createIframeUi would put the frame in a plain wrapper in the page's DOM, where page CSS and scripts reach
 * it; the shadow-root UI with the frame inside it keeps both out.
 *
 * The reader starts it (entrypoints/read.content), once per document, before it reads: the background's verdict
 * for that read then finds it listening, with no script of its own to inject and no round trip to fetch the verdict
 * (npm run bench:page: the separate badge script cost the page 2-3 ms more, and the badge showed later). Its
 * context has a name of its own, made by the first copy alone: WXT invalidates an older copy of a content script
 * when a newer one starts, and the reader is injected again on every re-read (the popup's, a changed title); were
 * the host in the reader's own context, the badge would be torn down each time.
 */

const INSTANCE = Symbol.for('esim-lens-badge');
const CONTEXT_NAME = 'esim-lens-badge';

/**
 * Starts the host in this document unless one is running. A host left by an older version of the extension (its
 * runtime gone) does not count: a new one takes over, and creating its context invalidates the old one.
 */
export function startBadgeHost(): void {
  // The function lives in the content scripts' world, out of the page's reach.
  const w = window as unknown as Record<symbol, (() => boolean) | undefined>;
  if (w[INSTANCE]?.()) return;
  // WXT would also announce the context to the page with window.postMessage, a message carrying the extension's id
  // that any page listener sees (and pays for); the CustomEvent WXT keeps is enough to stop an older copy.
  const ctx = new ContentScriptContext(CONTEXT_NAME, { noScriptStartedPostMessage: true });
  hostBadge(ctx);
  w[INSTANCE] = () => !ctx.isInvalid;
  ctx.onInvalidated(() => {
    w[INSTANCE] = undefined;
  });
}

function hostBadge(ctx: ContentScriptContext): void {
  // Listen first, before anything is awaited: a verdict the background sends while the host is still setting up is
  // kept, in order, not lost.
  let shown: Promise<(verdict: Shown) => void> | null = null;
  const deliver = (verdict: Shown) => {
    // Nothing to show and nothing shown yet: build nothing (a page that is no product costs no badge).
    if (!verdict && !shown) return;
    // A host that could not be built (no body yet, the context gone) is tried again with the next verdict.
    shown ??= setUp(ctx).catch(() => {
      shown = null;
      return () => undefined;
    });
    void shown.then((show) => show(verdict));
  };
  // The verdict of the read that started the host comes as a message, like every later one: the background tells the
  // tab once it has classified what the reader sent.
  const onMessage = (raw: unknown) => {
    const msg = parseVerdictUpdate(raw);
    if (msg) deliver(msg.verdict);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** Builds the host (shadow root, pill, chips; the frame on demand) and returns how to show a verdict in it. */
async function setUp(ctx: ContentScriptContext): Promise<(verdict: Shown) => void> {
  const src = browser.runtime.getURL(FRAME_PAGE);
  // Chrome loads the frame from a per-session dynamic URL (use_dynamic_url) but the page inside has the
  // extension's own origin: either is ours. Messages go to the origin the frame reported from.
  const ours = new Set([new URL(src).origin, `${new URL(src).protocol}//${browser.runtime.id}`]);
  let frameOrigin = new URL(src).origin;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let frame: HTMLIFrameElement | null = null;
  let preferred: Corner | null = null;
  // Until the frame says how big the open badge is: a pill's size, to choose the corner by.
  let size = { width: 376, height: 56 };
  let pill: HTMLButtonElement | null = null;
  let lens: HTMLDivElement | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'esim-lens-badge',
    mode: 'closed',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      // The collapsed badge is plain DOM drawn from the background's words (text only). The frame, whose
      // creation alone costs the page 4-9 ms of main thread, is built when the user opens the badge.
      lens = document.createElement('div');
      pill = document.createElement('button');
      pill.type = 'button';
      pill.className = 'pill';
      pill.setAttribute('aria-expanded', 'false');
      pill.addEventListener('click', () => openFrame(true));
      lens.append(pill);
      container.append(lens);
    },
    onRemove() {
      frame = null;
      pill = null;
      lens = null;
    },
  });
  const host = ui.shadowHost;
  const post = (msg: FromHost) => frame?.contentWindow?.postMessage(msg, frameOrigin);
  // The corner is chosen before the badge is mounted, while the page's layout is clean (asking where the
  // buy button is right after inserting the badge made the browser lay the whole page out again), and
  // again only when the preference or the window changes, not each time the badge opens or closes.
  let corner: Corner = 'bottom-right';
  // A lift above a sticky buy bar goes into the shadow root's own style: out of the page's reach.
  const lift = document.createElement('style');
  ui.shadow.append(lift);
  const place = () => {
    const p = choosePlacement(preferred ?? 'bottom-right', size.width, size.height, host);
    corner = p.corner;
    host.setAttribute('data-corner', corner);
    lift.textContent = p.lift ? `:host { bottom: ${8 + p.lift}px !important; }` : '';
  };
  const layout = () => post({ type: 'esim-lens:layout', corner, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight });

  // Focus goes into the frame when the user opened it, never when it opens by itself on page load.
  let focusFrame = false;
  function openFrame(byUser: boolean) {
    if (frame || !lens) return;
    focusFrame = byUser;
    frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'eSIM Lens';
    lens.parentElement?.append(frame);
    pill?.setAttribute('aria-expanded', 'true');
  }
  const collapse = () => {
    const hadFocus = document.activeElement === host;
    frame?.remove();
    frame = null;
    host.removeAttribute('data-open');
    pill?.setAttribute('aria-expanded', 'false');
    if (hadFocus) pill?.focus();
  };
  const drawPill = (words: NonNullable<Shown>['pill'], topUp: string) => {
    if (!pill || !lens) return;
    lens.className = `lens lens--${topUp}`;
    lens.lang = words.lang;
    pill.setAttribute('aria-label', words.label);
    pill.title = words.title;
    const icon = document.createElement('span');
    icon.className = 'pill__icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = words.icon;
    const parts = words.parts.map((text, i) => {
      const part = document.createElement('span');
      part.className = i === 1 ? 'pill__topup' : 'pill__part';
      part.textContent = text;
      return part;
    });
    pill.replaceChildren(icon, ...parts);
  };

  const chips = new CardChips();
  let mounted = false;
  const remove = () => {
    chips.clear();
    if (mounted) ui.remove();
    mounted = false;
    host.removeAttribute('data-open');
  };
  const show = (verdict: Shown) => {
    if (!verdict) return remove();
    host.setAttribute('data-top-up', verdict.topUp);
    host.setAttribute('data-term', verdict.term);
    chips.update(verdict.chips);
    if (verdict.corner !== preferred) {
      preferred = verdict.corner;
      place();
      if (frame) layout();
    }
    // A page that removed the badge from its DOM gets it back with the next verdict.
    if (mounted && !host.isConnected) remove();
    if (!mounted) {
      ui.mount();
      mounted = true;
      host.setAttribute('data-placed', '');
      if (verdict.pill.open) openFrame(false);
    }
    drawPill(verdict.pill, verdict.topUp);
    post({ type: 'esim-lens:refresh' });
  };

  // Only our frame speaks here: a message from the page has the page as its source.
  const onFrameMessage = (e: MessageEvent) => {
    if (!frame || e.source !== frame.contentWindow || !ours.has(e.origin)) return;
    frameOrigin = e.origin;
    const m = parseFromFrame(e.data);
    if (!m) return;
    if (m.type === 'esim-lens:size') {
      size = { width: Math.min(Math.max(m.width, 1), 480, window.innerWidth - 16), height: Math.min(Math.max(m.height, 1), window.innerHeight) };
      frame.style.width = `${size.width}px`;
      frame.style.height = `${size.height}px`;
      if (!host.hasAttribute('data-open')) {
        host.setAttribute('data-open', '');
        if (focusFrame) frame.focus();
      }
      layout();
    } else if (m.type === 'esim-lens:find') {
      post({ type: 'esim-lens:found', id: m.id, ok: findQuote(m.quote, document.body, host, reducedMotion) });
    } else if (m.type === 'esim-lens:collapse') {
      collapse();
    } else {
      remove();
    }
  };
  ctx.addEventListener(window, 'message', onFrameMessage);
  ctx.addEventListener(window, 'resize', () => {
    if (!mounted) return;
    place();
    layout();
  });
  ctx.onInvalidated(remove);
  return show;
}
