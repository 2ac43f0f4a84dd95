import { defineConfig } from 'wxt';
import providers from './data/providers.json';

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
    permissions: ['storage', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    // "Detect on this site / every site" is asked for from our own UI, never at install.
    optional_host_permissions: ['*://*/*'],
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      const matches = shopMatches();
      for (const cs of manifest.content_scripts ?? []) {
        if (cs.js?.some((f) => f.includes('detect'))) cs.matches = matches;
      }
      manifest.host_permissions = matches;
    },
  },
});
