import { defineConfig } from 'wxt';
import providers from './data/providers.json';
import { DETECT_SCRIPT_FILE } from './lib/tabs/detect-file';

/** The add-on's id on addons.mozilla.org (and for temporary installs). */
export const GECKO_ID = 'esim-lens@esim-lens.app';

/** Match patterns for every known shop: data/providers.json is the one list. */
function shopMatches(): string[] {
  const domains = new Set(providers.providers.flatMap((p) => p.domains));
  return [...domains].sort().flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: opening the popup on any page lets it read that page once, with no host permission.
    permissions: ['storage', 'scripting', 'activeTab'],
    action: { default_title: '__MSG_extName__' },
    // "Detect on this site / every site" is asked for from our own UI, never at install.
    optional_host_permissions: ['*://*/*'],
    // The badge renders in this extension page, framed into product pages by its host (lib/badge/host.ts).
    // Any site the user allows may get a badge, hence all URLs; the dynamic URL changes every session,
    // so a page cannot probe for the extension by a fixed address.
    web_accessible_resources: [{ resources: ['badge-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true }],

  },
  // AMO asks for the sources that build the add-on: tests, their fixture pages and the docs are not among them.
  zip: { excludeSources: ['tests/**', 'docs/**', '.scratch/**', 'screenshots/**'] },
  hooks: {
    // The detector runs on every page of every known shop, so its cost is budgeted (3 ms): it, the reader
    // and the badge's small page-side host talk to the background through the browsers' native promise API (runtime.sendMessage
    // returns a promise in Chrome MV3 and Firefox) instead of carrying the polyfill, which
    // measured 1.7 ms of main-thread time per page load (npm run bench:page). Every other
    // entrypoint keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => ['detect', 'read', 'badge'].includes(e.name))) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox needs an explicit id: without one a temporary add-on gets no storage API (nothing works),
      // and AMO asks what data the add-on collects: none. Chrome would only warn about the key.
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings = {
          gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          gecko_android: { strict_min_version: '142.0' },
        } as typeof manifest.browser_specific_settings;
      }
      const matches = shopMatches();
      // The detector is an unlisted script (entrypoints/detect.ts says why): its manifest entry is written here.
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches, js: [DETECT_SCRIPT_FILE], run_at: 'document_idle' }];
      manifest.host_permissions = matches;
      // MV2 (Firefox) has no optional_host_permissions: the same request goes in optional_permissions.
      if (manifest.manifest_version === 2) (manifest as { optional_permissions?: string[] }).optional_permissions = ['*://*/*'];
    },
  },
});
