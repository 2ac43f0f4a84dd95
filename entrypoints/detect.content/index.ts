import { browser } from 'wxt/browser';
import { glance } from '@/lib/page/glance';
import { keepCardElements } from '@/lib/badge/card-elements';
import { withRetry } from '@/lib/messaging/retry';
import { readPage } from '@/lib/page/read-page';
import { watchLargeChanges } from './watch';

/**
 * Runs on the known eSIM shops (matches come from data/providers.json, see
 * wxt.config.ts) and on sites the user allowed. It sends the background a
 * first glance (title, h1, meta); only if the page could be a plan does it
 * read the page and hand over the plain snapshot, which the background
 * classifies before injecting the badge on product pages. So this script
 * stays a few KB and costs little on the pages of a shop that are not plans.
 */
export default defineContentScript({
  // Replaced at build time by every domain in data/providers.json (wxt.config.ts).
  matches: ['*://*.airalo.com/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with window.postMessage, a message carrying the extension's id that
  // any page listener sees (and pays for); the CustomEvent WXT keeps is enough to stop an older copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let lastKey = '';
    const ask = (msg: object) => withRetry(() => browser.runtime.sendMessage(msg), () => ctx.isInvalid, (ms) => new Promise((r) => ctx.setTimeout(r, ms)));
    const send = async () => {
      if (ctx.isInvalid) return;
      try {
        const first = glance(document, location.href);
        const answer = (await ask({ type: 'page-glance', glance: first })) as { read?: boolean } | undefined;
        if (!answer?.read) {
          lastKey = '';
          return;
        }
        const items = new Map<string, Element>();
        const snapshot = readPage(document, { url: location.href, items });
        keepCardElements(items);
        // Same page, same words: nothing to tell.
        const key = `${snapshot.url}|${snapshot.title}|${snapshot.blocks.length}|${snapshot.blocks.slice(0, 30).map((b) => b.text).join('|')}`;
        if (key === lastKey) return;
        await ask({ type: 'page-read', snapshot });
        lastKey = key;
      } catch {
        // The worker did not answer after every retry, or the extension was reloaded or updated: this old script has nothing to talk to.
      }
    };

    void send();
    // Single-page shops: re-read on navigation and after large DOM changes.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void send(), 400));
    const stop = watchLargeChanges(document.body, () => void send(), (fn, ms) => ctx.setTimeout(fn, ms), (id) => clearTimeout(id));
    ctx.onInvalidated(stop);
  },
});
