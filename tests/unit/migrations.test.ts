import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toV2, toV3, toV4 } from '../../lib/settings/migrations';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { loadSettings, settingsItem } from '../../lib/settings/store';
import { importData } from '../../lib/settings/transfer';

const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/settings/v1.json'), 'utf8'));
delete v1.$comment;

beforeEach(() => fakeBrowser.reset());

describe('settings migration v3 → v4', () => {
  it('turns remembering the plans viewed on, keeping a value already there and every other field', () => {
    const v3 = toV3(toV2(v1)) as typeof v1;
    expect(toV4(v3)).toEqual({ ...v3, history: { remember: true } });
    expect((toV4({ ...v3, history: { remember: false } }) as { history: { remember: boolean } }).history.remember).toBe(false);
    for (const odd of [null, 'x', 3, []]) expect(() => toV4(odd)).not.toThrow();
  });
});

describe('settings migration v2 → v3', () => {
  it('turns card chips on, keeping a value already there and every other field', () => {
    const v2 = toV2(v1) as typeof v1;
    expect(toV3(v2)).toEqual({ ...v2, display: { ...v2.display, cardChips: true } });
    expect((toV3({ ...v2, display: { ...v2.display, cardChips: false } }) as typeof v1).display.cardChips).toBe(false);
    for (const odd of [null, 'x', 3, [], { display: 'x' }]) expect(() => toV3(odd)).not.toThrow();
  });
});

describe('settings migration v1 → v2', () => {
  it('turns "detailed" into the view, keeping every other field', () => {
    expect(toV2(v1)).toEqual({ ...v1, display: { badge: true, corner: 'top-left', view: 'detailed', highlights: false } });
    expect((toV2({ ...v1, display: { ...v1.display, detailed: false } }) as typeof v1).display.view).toBe('compact');
  });

  it('never throws on values it does not understand', () => {
    for (const odd of [null, 'x', 3, [], { display: 'x' }, { display: null }]) expect(() => toV2(odd)).not.toThrow();
  });

  it('runs on a v1 value in storage (WXT storage migrations) and the result loads with nothing reset', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 4 } });
    const { settings, reset } = await loadSettings();
    expect(reset).toEqual([]);
    expect(settings.display.view).toBe('detailed');
    expect(settings.language).toBe('zh_TW');
    expect(settings.device.id).toBe('google-pixel-8-pro');
  });

  it('a corrupt v1 value migrates as far as it can, and the rest is repaired', async () => {
    await fakeBrowser.storage.sync.set({ settings: { display: { detailed: 'yes', corner: 7 }, trip: 'long' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    const { settings, reset } = await loadSettings();
    expect(settings.display.view).toBe('compact');
    expect(settings.display.corner).toBe(DEFAULT_SETTINGS.display.corner);
    expect(reset).toEqual(expect.arrayContaining(['display.corner', 'trip']));
  });

  it('imports an exported v1 file through the same migration', async () => {
    const r = await importData(JSON.stringify({ app: 'esim-lens', version: 1, settings: v1 }));
    expect(r.ok && r.settings.display.view).toBe('detailed');
  });
});
