import { browser } from 'wxt/browser';
import { keepCardElements } from '@/lib/badge/card-elements';
import { withRetry } from '@/lib/messaging/retry';
import { lastRead, possiblePlan, rememberRead } from '@/lib/page/last-read';
import { readPageInSlices } from '@/lib/page/read-page';
import { watchLargeChanges } from '@/lib/page/watch-large-changes';

/**
 * The full read of a page, injected by the background only when the
 * detector's first glance says the page could be a plan: the reader and its
 * card finder stay out of the script that runs on every page of every known
 * shop. Each injection reads and hands the plain snapshot over. The first copy
 * in a document also watches for large DOM changes (a single-page shop
 * rendering its plan late, or filtering its cards) and reads again after them,
 * while the page could still be a plan; a re-read with the same words as last
 * time is not sent.
 */

const WATCHING = Symbol.for('esim-lens-reader-watch');

/** Gives the main thread back to the page: scheduler.yield where the browser has it, else a new task. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
};

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // As for the badge: no window.postMessage announcing the extension to the page's listeners.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const send = async () => {
      if (ctx.isInvalid) return;
      try {
        const items = new Map<string, Element>();
        const snapshot = await readPageInSlices(document, { url: location.href, items }, nextTask);
        keepCardElements(items);
        const key = `${snapshot.url}|${snapshot.title}|${snapshot.blocks.length}|${snapshot.blocks.slice(0, 30).map((b) => b.text).join('|')}`;
        if (key === lastRead()) return;
        await withRetry(() => browser.runtime.sendMessage({ type: 'page-read', snapshot }), () => ctx.isInvalid, (ms) => new Promise((r) => ctx.setTimeout(r, ms)));
        rememberRead(key);
      } catch {
        // The worker did not answer after every retry, or the extension was reloaded: nothing to talk to.
      }
    };
    const w = globalThis as unknown as Record<symbol, boolean | undefined>;
    if (!w[WATCHING]) {
      w[WATCHING] = true;
      const stop = watchLargeChanges(document.body, () => void (possiblePlan() && send()), (fn, ms) => ctx.setTimeout(fn, ms), (id) => clearTimeout(id));
      ctx.onInvalidated(() => {
        stop();
        w[WATCHING] = undefined;
      });
    }
    await send();
  },
});
