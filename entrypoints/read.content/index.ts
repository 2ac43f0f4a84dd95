import { browser } from 'wxt/browser';
import { keepCardElements } from '@/lib/badge/card-elements';
import { startBadgeHost } from '@/lib/badge/host';
import { withRetry } from '@/lib/messaging/retry';
import { lastRead, possiblePlan, rememberRead } from '@/lib/page/last-read';
import { readPageInSlices } from '@/lib/page/read-page';
import { watchLargeChanges } from '@/lib/page/watch-large-changes';

/**
 * The full read of a page, injected by the background only when the
 * detector's first glance says the page could be a plan: the reader, its
 * card finder and the badge's host stay out of the script that runs on every
 * page of every known shop. Each injection reads and hands the plain snapshot
 * over; the first also starts the badge's host, which builds nothing until
 * the background's verdict says the page is a product. The first copy
 * in a document also watches for large DOM changes (a single-page shop
 * rendering its plan late, or filtering its cards) and reads again after them,
 * while the page could still be a plan; a re-read with the same words as last
 * time is not sent.
 */

const WATCHING = Symbol.for('esim-lens-reader-watch');

/**
 * Gives the main thread back to the page: scheduler.yield where the browser has it; elsewhere (Firefox) a message
 * to ourselves, a new task that, unlike setTimeout, is neither clamped when chained nor throttled in a background tab.
 */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // As for the badge: no window.postMessage announcing the extension to the page's listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send = async () => {
      if (ctx.isInvalid) return;
      // A read that outlives its page (a single-page shop moved on meanwhile) or its copy (injected again) is
      // dropped: the newer glance or copy speaks for the page.
      const url = location.href;
      const stale = () => ctx.isInvalid || location.href !== url;
      const pause = async () => {
        await nextTask();
        if (stale()) throw new Error('stale read');
      };
      try {
        // A task of its own for the read: the script's start (compiling it, WXT's context, the badge's listener) and
        // the first slice of the read would otherwise be one long task.
        await pause();
        const items = new Map<string, Element>();
        const snapshot = await readPageInSlices(document, { url, items }, pause);
        keepCardElements(items);
        const key = `${snapshot.url}|${snapshot.title}|${snapshot.blocks.length}|${snapshot.blocks.slice(0, 30).map((b) => b.text).join('|')}`;
        if (key === lastRead()) return;
        const tell = async () => {
          if (stale()) throw new Error('stale read');
          return browser.runtime.sendMessage({ type: 'page-read', snapshot });
        };
        // Plain timers: an invalidated copy's ctx.setTimeout never fires, and its retry would hang on it.
        await withRetry(tell, stale);
        rememberRead(key);
      } catch {
        // Stale, or the worker did not answer after every retry, or the extension was reloaded: nothing to tell.
      }
    };
    // Listening before the read is sent, so that the verdict for it finds the badge's host (lib/badge/host.ts).
    startBadgeHost();
    const w = globalThis as unknown as Record<symbol, boolean | undefined>;
    if (!w[WATCHING]) {
      w[WATCHING] = true;
      const stop = watchLargeChanges(document.body ?? document.documentElement, () => void (possiblePlan() && send()), (fn, ms) => ctx.setTimeout(fn, ms), (id) => clearTimeout(id));
      ctx.onInvalidated(() => {
        stop();
        w[WATCHING] = undefined;
      });
    }
    // Not returned: the injection (scripting.executeScript) settles at once instead of when the background has
    // answered the read.
    void send();
  },
});
