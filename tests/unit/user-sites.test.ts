import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { USER_SITES_SCRIPT_ID, syncUserSites, userOrigins } from '../../lib/tabs/user-sites';

// fakeBrowser leaves permissions and scripting unimplemented: a small in-memory stand-in.
let granted: string[] = [];
let registered: Array<{ id: string; matches: string[] }> = [];

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  registered = [];
  const b = fakeBrowser as any;
  b.runtime.getManifest = () => ({ host_permissions: ['*://airalo.com/*', '*://*.airalo.com/*'] });
  b.permissions.getAll = async () => ({ origins: granted, permissions: [] });
  b.scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id));
  b.scripting.registerContentScripts = vi.fn(async (scripts: Array<{ id: string; matches: string[] }>) => void registered.push(...scripts));
  b.scripting.updateContentScripts = vi.fn(async (scripts: Array<{ id: string; matches: string[] }>) => {
    for (const s of scripts) registered = registered.map((r) => (r.id === s.id ? s : r));
  });
  b.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id))));
});

describe('sites the user allowed', () => {
  it('are the granted origins beyond the known shops', async () => {
    granted = ['*://airalo.com/*', '*://*.airalo.com/*', '*://shop.example/*'];
    expect(await userOrigins()).toEqual(['*://shop.example/*']);
  });

  it('get the detector registered at run time, updated, and unregistered when the permission goes', async () => {
    granted = ['*://shop.example/*'];
    await syncUserSites();
    expect(registered).toEqual([expect.objectContaining({ id: USER_SITES_SCRIPT_ID, matches: ['*://shop.example/*'], js: ['detect.js'] })]);

    granted = ['*://shop.example/*', '*://*/*'];
    await syncUserSites();
    expect(registered[0].matches).toEqual(['*://shop.example/*', '*://*/*']);
    // The known shops already run the manifest's detector: "every site" does not add a second copy there.
    expect(registered[0]).toMatchObject({ excludeMatches: ['*://airalo.com/*', '*://*.airalo.com/*'] });

    granted = [];
    await syncUserSites();
    expect(registered).toEqual([]);
  });

  it('register nothing when the user allowed nothing', async () => {
    granted = ['*://airalo.com/*'];
    await syncUserSites();
    expect(registered).toEqual([]);
    expect((fakeBrowser as any).scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
