import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showOnAction } from '../../lib/tabs/action';
import { ICON_SIZES, STATE_ICON_SIZES, TOOLBAR_STATES, stateIconPaths, toolbarState } from '../../lib/tabs/icon-states';
import type { Verdict } from '../../lib/classify/verdict';

const PUBLIC = join(import.meta.dirname, '../../public');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const verdict = (topUp: 'yes' | 'no' | 'unknown', isEsimProduct = true) =>
  ({ url: 'https://x', isEsimProduct, topUp: { value: topUp, source: 'page', evidence: [] }, term: { value: 'short-term', source: 'page', evidence: [] }, plan: {}, requirements: [], provider: null }) as Verdict;

describe('icons', () => {
  it('every size of the extension icon and of each toolbar state exists, at its size', () => {
    for (const s of ICON_SIZES) expect(pngSize(join(PUBLIC, `icon/${s}.png`))).toEqual([s, s]);
    for (const state of TOOLBAR_STATES) for (const s of STATE_ICON_SIZES) expect(pngSize(join(PUBLIC, `icon/state/${state}-${s}.png`))).toEqual([s, s]);
  });

  it('the toolbar icon follows the verdict: can top up, cannot, not stated, not an eSIM page', () => {
    expect(toolbarState(verdict('yes'))).toBe('yes');
    expect(toolbarState(verdict('no'))).toBe('no');
    expect(toolbarState(verdict('unknown'))).toBe('unknown');
    expect(toolbarState(verdict('yes', false))).toBe('none');
    expect(toolbarState(null)).toBe('none');
  });
});

describe('the toolbar button', () => {
  beforeEach(() => fakeBrowser.reset());
  it('sets icon, badge text and title for the tab', async () => {
    const setIcon = vi.fn(async () => {});
    const setBadgeText = vi.fn(async () => {});
    const setTitle = vi.fn(async () => {});
    Object.assign(fakeBrowser.action, { setIcon, setBadgeText, setTitle, setBadgeBackgroundColor: vi.fn(async () => {}) });
    await showOnAction(4, verdict('no'));
    expect(setIcon).toHaveBeenCalledWith({ tabId: 4, path: stateIconPaths('no') });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '✕' });
    await showOnAction(4, null);
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 4, path: { 16: '/icon/state/none-16.png', 32: '/icon/state/none-32.png' } });
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 4, text: '' });
  });
});
