import { browser } from 'wxt/browser';
import { FRAME_PAGE, parseFromFrame, parseVerdictUpdate, type FromHost, type Shown } from '@/lib/badge/frame-protocol';
import { withRetry } from '@/lib/messaging/retry';
import { findQuote } from './find-quote';
import type { Corner } from '@/lib/settings/corners';
import { CardChips } from './chips';
import { choosePlacement } from './placement';
import css from './host.css?inline';

/**
 * The badge's host in the shop's page. Not in the manifest: the background
 * injects it only into pages it classified as eSIM products. It is kept
 * small on purpose: the badge itself (React, the four languages, the
 * settings) renders in an extension frame, in the extension's own process,
 * so none of it runs on the shop's main thread (npm run bench:page measures
 * both). The frame sits in a closed shadow root: the page's scripts cannot
 * reach the host's inside or the frame's controls, and its styles cannot hide it.
 *
 * WXT's createIframeUi would put the frame in a plain wrapper in the page's
 * DOM, where page CSS and scripts reach it; the shadow-root UI with the frame
 * inside it keeps both out.
 */

const INSTANCE = Symbol.for('esim-lens-badge');


export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // Styles go into the shadow root as text: no web-accessible CSS file for pages to probe.
  cssInjectionMode: 'manual',
  // WXT would also announce the script to the page with window.postMessage, a message carrying the extension's id that
  // any page listener sees (and pays for); the CustomEvent WXT keeps is enough to stop an older copy.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Injected again into the same document (the background could not reach this copy yet): this copy
    // reads its verdict again instead. The function lives in the content script's world, out of the page's reach.
    const w = window as unknown as Record<symbol, (() => void) | undefined>;
    const running = w[INSTANCE];
    if (running) return running();

    // Listen first, before anything is awaited: a verdict the background sends while this copy is still
    // setting up is kept, not lost.
    let latest: { verdict: Shown } | null = null;
    let apply: ((verdict: Shown) => void) | null = null;
    let told = 0;
    const deliver = (verdict: Shown) => (apply ? apply(verdict) : (latest = { verdict }));
    const onMessage = (raw: unknown) => {
      const msg = parseVerdictUpdate(raw);
      if (!msg) return;
      told++;
      deliver(msg.verdict);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const refetch = async () => {
      const before = told;
      const answer = await withRetry(() => browser.runtime.sendMessage({ type: 'get-verdict' }), () => ctx.isInvalid).catch(() => null);
      const reply = parseVerdictUpdate({ type: 'verdict-updated', ...(answer as object) });
      // A message that came meanwhile is newer than this answer.
      if (reply && told === before) deliver(reply.verdict);
    };
    w[INSTANCE] = () => void refetch();

    const src = browser.runtime.getURL(FRAME_PAGE);
    // Chrome loads the frame from a per-session dynamic URL (use_dynamic_url) but the page inside has the
    // extension's own origin: either is ours. Messages go to the origin the frame reported from.
    const ours = new Set([new URL(src).origin, `${new URL(src).protocol}//${browser.runtime.id}`]);
    let frameOrigin = new URL(src).origin;
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    let frame: HTMLIFrameElement | null = null;
    let preferred: Corner | null = null;
    // Until the frame says how big the badge is: a pill's size, to choose the corner by.
    let size = { width: 376, height: 56 };

    const ui = await createShadowRootUi(ctx, {
      name: 'esim-lens-badge',
      mode: 'closed',
      css,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        frame = document.createElement('iframe');
        frame.src = src;
        frame.title = 'eSIM Lens';
        container.append(frame);
      },
      onRemove() {
        frame = null;
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

    const chips = new CardChips();
    let mounted = false;
    const remove = () => {
      chips.clear();
      if (mounted) ui.remove();
      mounted = false;
    };
    const show = (verdict: Shown) => {
      if (!verdict) return remove();
      host.setAttribute('data-top-up', verdict.topUp);
      host.setAttribute('data-term', verdict.term);
      chips.update(verdict.chips);
      if (verdict.corner !== preferred) {
        preferred = verdict.corner;
        place();
        if (mounted) layout();
      }
      // A page that removed the badge from its DOM gets it back with the next verdict.
      if (mounted && !host.isConnected) remove();
      if (mounted) return post({ type: 'esim-lens:refresh' });
      ui.mount();
      mounted = true;
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
        host.setAttribute('data-placed', '');
        layout();
      } else if (m.type === 'esim-lens:find') {
        post({ type: 'esim-lens:found', id: m.id, ok: findQuote(m.quote, document.body, host, reducedMotion) });
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

    // From here on the background's messages (a single-page shop's verdict changing or going) apply at once.
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      w[INSTANCE] = undefined;
      remove();
    });
    apply = show;
    const early = latest as { verdict: Shown } | null; // set by the listener meanwhile
    if (early) show(early.verdict);
    await refetch();
  },
});
