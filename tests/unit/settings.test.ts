import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { loadSettings, parseSettings, saveSettings, settingsItem } from '../../lib/settings/store';
import { tripNotes } from '../../lib/settings/trip';
import type { Verdict } from '../../lib/classify/verdict';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('start from defaults when nothing is stored, and report nothing reset', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('round-trip through sync storage', async () => {
    const mine = { ...DEFAULT_SETTINGS, trip: { ...DEFAULT_SETTINGS.trip, days: 12 }, language: 'ja' as const };
    await saveSettings(mine);
    expect((await loadSettings()).settings).toEqual(mine);
  });

  it('repair corrupt fields one by one and keep the valid ones', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { display: { badge: false, corner: 'middle', view: 'huge' }, trip: { days: -3, dailyGb: 2, stay: 'long' }, language: 'ja', junk: 1 },
    });
    const { settings, reset } = await loadSettings();
    expect(settings.display.badge).toBe(false); // valid, kept
    expect(settings.trip.dailyGb).toBe(2);
    expect(settings.trip.stay).toBe('long');
    expect(settings.language).toBe('ja');
    expect(settings.display.corner).toBe('bottom-right'); // invalid, reset
    expect(settings.trip.days).toBe(7);
    expect(reset).toEqual(expect.arrayContaining(['display.corner', 'display.view', 'display.highlights', 'trip.days', 'sites', 'device']));
    expect(reset).not.toContain('language');
  });

  it('survive values that are not objects at all', () => {
    for (const bad of ['garbage', 42, [1, 2], true]) {
      const { settings, reset } = parseSettings(bad);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(reset).toEqual(['(all settings)']);
    }
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('refuse to save an invalid value', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, trip: { ...DEFAULT_SETTINGS.trip, days: 0 } })).rejects.toThrow();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('trip notes', () => {
  const v = (over: Partial<Verdict>): Verdict => ({
    url: 'https://x', isEsimProduct: true, provider: null, requirements: [],
    topUp: { value: 'yes', source: 'page', evidence: [] }, term: { value: 'short-term', source: 'page', evidence: [] },
    plan: { dataGb: 5, validityDays: 7 }, ...over,
  });
  const trip = { ...DEFAULT_SETTINGS.trip, days: 10, dailyGb: 1 };

  it('say a 7-day plan is too short for a 10-day trip, and whether a top-up covers the gap', () => {
    expect(tripNotes(v({}), trip)[0]).toBe('This 7-day plan is shorter than your 10-day trip, but it can be topped up to cover the gap.');
    expect(tripNotes(v({ topUp: { value: 'no', source: 'page', evidence: [] } }), trip)[0]).toMatch(/cannot be topped up/);
  });
  it('flag too little data per day', () => {
    expect(tripNotes(v({}), trip)[1]).toBe('5 GB over 7 days is about 0.7 GB a day; you planned 1 GB a day.');
  });
  it('remind about a phone number and a foreign currency', () => {
    const notes = tripNotes(v({ plan: { dataGb: 10, validityDays: 10, price: 1980, currency: 'JPY' } }), { ...trip, needsNumber: true });
    expect(notes).toContain('You need a phone number: most travel eSIMs are data only, so check that this plan includes one.');
    // ¥1,980 at the shipped table's 148.54 yen to the dollar.
    expect(notes).toContain('Priced in JPY: about $13.33 (approximate, exchange rates of 2024-02-02)');
    // A currency the table lacks is named, not converted.
    expect(tripNotes(v({ plan: { validityDays: 10, price: 20, currency: 'GBP' } }), trip)).toContain('Priced in GBP, not your USD: convert before you compare.');
  });

  it('use the fine print: a daily allowance below the trip, days that start at install, data only', () => {
    const facts = {
      fairUse: { value: { highSpeedGb: 1, per: 'day' as const, throttledKbps: 128 }, evidence: ['1GB a day, then 128kbps'] },
      validityStart: { value: 'install' as const, evidence: ['starts at installation'] },
      number: { value: 'data-only' as const, evidence: ['Data only'] },
    };
    const notes = tripNotes(v({ plan: { unlimited: true, validityDays: 10 }, facts }), { ...trip, dailyGb: 2, needsNumber: true });
    expect(notes).toContain('Unlimited, but only 1 GB a day at full speed: your 2 GB a day would be slowed');
    expect(notes).toContain('The days start at installation: install it when you arrive, not before you leave');
    expect(notes).toContain('Data only: you asked for a phone number');
    expect(notes.some((n) => n.startsWith('You need a phone number'))).toBe(false);
  });

  it('flag a contract that needs a Japanese bank account on a short trip', () => {
    const c = v({ term: { value: 'contract', source: 'page', evidence: [] }, requirements: ['jp-bank-account'] });
    expect(tripNotes(c, trip)).toEqual(['A contract that needs a Japanese bank account does not suit a short trip.']);
    expect(tripNotes(c, { ...trip, stay: 'long' })).toEqual([]);
  });
});

describe('export and import', async () => {
  const { exportData, importData } = await import('../../lib/settings/transfer');
  const { readChecklist, setTick } = await import('../../lib/checklist');

  it('exports settings and ticks, and imports them back', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'zh_TW' });
    await setTick('fees', true);
    const file = JSON.stringify(await exportData());
    fakeBrowser.reset();
    const r = await importData(file);
    expect(r.ok).toBe(true);
    expect((await loadSettings()).settings.language).toBe('zh_TW');
    expect((await readChecklist()).fees).toBe(true);
  });

  it('refuses a bad file with the reason and changes nothing', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'ja' });
    for (const [text, reason] of [
      ['not json', 'not a JSON file'],
      ['{"app":"other","version":1,"settings":{}}', 'app'],
      [JSON.stringify({ app: 'esim-lens', version: 1, settings: { ...DEFAULT_SETTINGS, trip: { ...DEFAULT_SETTINGS.trip, days: 'ten' } } }), 'settings.trip.days'],
      [JSON.stringify({ app: 'esim-lens', version: 99, settings: DEFAULT_SETTINGS }), 'version'],
    ]) {
      const r = await importData(text);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.reason).toContain(reason);
    }
    expect((await loadSettings()).settings.language).toBe('ja');
  });
});
