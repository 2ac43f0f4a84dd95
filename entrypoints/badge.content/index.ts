import { hostBadge } from '@/lib/badge/host';

/**
 * The badge's host, injected by the background into pages it classified as eSIM products. Not in the manifest.
 * The host itself is lib/badge/host.ts.
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
    return hostBadge(ctx);
  },
});
