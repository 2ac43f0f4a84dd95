import { hostBadge } from '@/lib/badge/host';

/**
 * The badge's host, injected by the background into a product page where no host listens yet (the popup read the
 * tab on demand, or the reader's copy is gone). Not in the manifest. The host itself is lib/badge/host.ts; the
 * reader starts the same host on the pages it reads, so on most product pages this script is never injected.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // Styles go into the shadow root as text: no web-accessible CSS file for pages to probe.
  cssInjectionMode: 'manual',
  // WXT would also announce the script to the page with window.postMessage, a message carrying the extension's id that
  // any page listener sees (and pays for); the CustomEvent WXT keeps is enough to stop an older copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return hostBadge(ctx, { fetchFirst: true });
  },
});
