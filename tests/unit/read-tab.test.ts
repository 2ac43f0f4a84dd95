import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTabNow } from '../../lib/tabs/read-tab';

const verdict = { url: 'https://new-shop.example/japan', isEsimProduct: true, topUp: { value: 'no', source: 'page', evidence: [] }, term: { value: 'short-term', source: 'page', evidence: [] }, plan: {}, requirements: [], provider: null };

beforeEach(() => fakeBrowser.reset());

/** The background's answer to get-tab-verdict: `stored()` after the detector ran. */
function background(stored: () => unknown) {
  fakeBrowser.runtime.onMessage.addListener(async (msg: any) => (msg?.type === 'get-tab-verdict' ? { verdict: stored() } : undefined));
}

describe('reading the active tab on demand', () => {
  it('injects the detector and waits for the verdict the background stores', async () => {
    let read = false;
    background(() => (read ? verdict : null));
    const executeScript = vi.fn(async () => {
      setTimeout(() => (read = true), 200);
      return [];
    });
    (fakeBrowser.scripting as any).executeScript = executeScript;
    expect(await readTabNow(7)).toMatchObject({ url: verdict.url, topUp: { value: 'no' } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/detect.js'] });
  });

  it('says "blocked" when the browser will not let it in (its own pages, stores, no grant)', async () => {
    background(() => null);
    (fakeBrowser.scripting as any).executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await readTabNow(7)).toBe('blocked');
  });

  it('gives up waiting after a while instead of spinning forever', async () => {
    background(() => null);
    (fakeBrowser.scripting as any).executeScript = vi.fn(async () => []);
    expect(await readTabNow(7, 400)).toBe('timeout');
  });
});
