import { browser } from 'wxt/browser';
import { readPage } from '@/lib/page/read-page';
import { watchLargeChanges } from './watch';

/**
 * Runs on the known eSIM shops (matches come from data/providers.json, see
 * wxt.config.ts) and on sites the user allowed. It only reads the page and
 * hands the plain snapshot to the background, which classifies it and
 * injects the badge on product pages: this script stays a few KB on every
 * page it runs on.
 */
export default defineContentScript({
  // Replaced at build time by every domain in data/providers.json (wxt.config.ts).
  matches: ['*://*.airalo.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastKey = '';
    const send = async () => {
      if (ctx.isInvalid) return;
      const snapshot = readPage(document, { url: location.href });
      // Same page, same words: nothing to tell.
      const key = `${snapshot.url}|${snapshot.title}|${snapshot.blocks.length}|${snapshot.blocks.slice(0, 30).map((b) => b.text).join('|')}`;
      if (key === lastKey) return;
      lastKey = key;
      try {
        await browser.runtime.sendMessage({ type: 'page-read', snapshot });
      } catch {
        // The extension was reloaded or updated: this old script has nothing to talk to.
      }
    };

    void send();
    // Single-page shops: re-read on navigation and after large DOM changes.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void send(), 400));
    const stop = watchLargeChanges(document.body, () => void send(), (fn, ms) => ctx.setTimeout(fn, ms), (id) => clearTimeout(id));
    ctx.onInvalidated(stop);
  },
});
