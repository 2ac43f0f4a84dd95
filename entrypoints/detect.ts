import { browser } from 'wxt/browser';
import { glance } from '@/lib/page/glance';
import { forgetLastRead, setPossiblePlan } from '@/lib/page/last-read';
import { withRetry } from '@/lib/messaging/retry';

/**
 * The detector: runs on every page of the known eSIM shops (its manifest
 * entry is written by wxt.config.ts from data/providers.json) and of sites the
 * user allowed. It sends the background a first glance (title, h1, meta) and
 * nothing else; only if the page could be a plan does the background inject
 * the reader (entrypoints/read.content), classify what it reads and inject the
 * badge on product pages.
 *
 * Hand-rolled as an unlisted script, not a WXT content script, for a measured
 * reason: this is what every page of a shop pays for, budgeted at 3 ms of the
 * page's main thread, and on a shop's first page in a fresh renderer WXT's
 * content-script context (its start-up event, abort signal and location
 * watcher), a MutationObserver and the bundled reader measured 6.1 ms against
 * 2.8 ms for a glance and a message alone (npm run bench:page, main_ms_nonproduct).
 * Single-page navigation is noticed by a one-second look at the URL and title,
 * as WXT's own location watcher does; large DOM changes are watched by the
 * reader, on pages that could be plans only.
 */

const RUNNING = Symbol.for('esim-lens-detector');
const POLL_MS = 1000;
const SETTLE_MS = 400;

export default defineUnlistedScript(() => {
  const w = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  // Injected again into a page that has it (the popup reads the tab on demand): glance again, watch once.
  const running = w[RUNNING];
  if (running) return running();
  // After the extension is reloaded or updated this copy is orphaned: its runtime has no id any more.
  const gone = () => !browser.runtime?.id;
  // Every glance is fresh (the first, a new page of a single-page shop, the popup asking): its read is always sent.
  const send = async () => {
    if (gone()) return;
    forgetLastRead();
    try {
      const answer = (await withRetry(() => browser.runtime.sendMessage({ type: 'page-glance', glance: glance(document, location.href) }), gone)) as { read?: boolean };
      setPossiblePlan(!!answer.read);
    } catch {
      // The worker did not answer after every retry, or this copy is orphaned: nothing to talk to.
    }
  };
  w[RUNNING] = () => void send();
  void send();
  let seen = `${location.href}|${document.title}`;
  const timer = setInterval(() => {
    if (gone()) return clearInterval(timer);
    const now = `${location.href}|${document.title}`;
    if (now === seen) return;
    seen = now;
    setTimeout(() => void send(), SETTLE_MS);
  }, POLL_MS);
});
