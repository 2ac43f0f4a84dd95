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
 * watcher), a MutationObserver and the bundled reader measured 5.8 ms against
 * 3.1 ms for this script, in the same run (a scratch variant of npm run
 * bench:page, main_ms_nonproduct; a glance and a message alone: 2.4–2.8 ms).
 * Single-page navigation is noticed by a one-second look at the URL and title,
 * as WXT's own location watcher does; large DOM changes are watched by the
 * reader, on pages that could be plans only.
 */

const RUNNING = Symbol.for('esim-lens-detector');
const POLL_MS = 1000;
const SETTLE_MS = 400;

export default defineUnlistedScript(() => {
  const w = globalThis as unknown as Record<symbol, (() => boolean) | undefined>;
  // Injected again into a page that has a live copy (the popup reads the tab on demand; a user's allowed sites
  // overlap the shops): that copy glances again. A copy orphaned by an update of the extension says no, and this
  // one takes over.
  if (w[RUNNING]?.()) return;
  // After the extension is reloaded or updated this copy is orphaned: its runtime has no id any more.
  const gone = () => !browser.runtime?.id;
  // A glance at a new page (the first, another URL, the popup asking) forgets the last read, so that its read is
  // always sent; a title that changes alone is glanced at again without that.
  const send = async (fresh: boolean) => {
    if (gone()) return;
    if (fresh) forgetLastRead();
    try {
      const answer = (await withRetry(() => browser.runtime.sendMessage({ type: 'page-glance', glance: glance(document, location.href) }), gone)) as { read?: boolean };
      setPossiblePlan(!!answer.read);
    } catch {
      // The worker did not answer after every retry, or this copy is orphaned: nothing to talk to.
    }
  };
  w[RUNNING] = () => {
    if (gone()) return false;
    void send(true);
    return true;
  };
  void send(true);
  let url = location.href;
  let title = document.title;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let freshPending = false;
  const timer = setInterval(() => {
    if (gone()) return clearInterval(timer);
    if (location.href === url && document.title === title) return;
    freshPending ||= location.href !== url;
    url = location.href;
    title = document.title;
    // One glance once the page has settled, however many changes came meanwhile.
    clearTimeout(pending);
    pending = setTimeout(() => {
      const fresh = freshPending;
      freshPending = false;
      void send(fresh);
    }, SETTLE_MS);
  }, POLL_MS);
});
