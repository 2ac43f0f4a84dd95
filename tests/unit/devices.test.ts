import { describe, expect, it } from 'vitest';
import raw from '../../data/devices.json';
import { DevicesFileSchema, deviceById, deviceId, deviceNotes, devices, searchDevices } from '../../lib/data/devices';
import { deviceForModel, guessDevice, isChinaSamsung } from '../../lib/device/detect';

describe('data/devices.json', () => {
  it('passes its schema with at least 150 models, each with a source', () => {
    const list = DevicesFileSchema.parse(raw).devices;
    expect(list.length).toBeGreaterThanOrEqual(150);
    expect(new Set(list.map((d) => d.brand)).size).toBeGreaterThanOrEqual(10);
  });
  it('holds each model code once, a checked date on every entry, and notes in four languages', () => {
    const codes = devices().flatMap((d) => d.codes);
    expect(codes.length - new Set(codes).size).toBe(0);
    for (const d of devices()) {
      expect(d.checked, d.model).toMatch(/^20\d\d-\d\d-\d\d$/);
      if (d.notes) expect(Object.keys(d.notesI18n ?? {}).sort(), d.model).toEqual(['ja', 'zh_CN', 'zh_TW']);
    }
  });

  it('splits phones whose eSIM differs by carrier or market', () => {
    // docomo's Xperia 10 IV and Ace III have no eSIM; the au / SoftBank / SIM-free ones do.
    expect(deviceForModel('SO-52C')?.esim).toBe('no');
    expect(deviceForModel('SO-53C')?.esim).toBe('no');
    expect(deviceForModel('SOG07')?.esim).toBe('yes');
    expect(deviceForModel('A202SO')?.esim).toBe('yes');
    // Mainland-China Galaxys (codes ending in 0) have no eSIM.
    expect(deviceForModel('SM-S9180')?.esim).toBe('no');
    expect(deviceById('sony-xperia-10-iv')?.esim).toBe('yes'); // a phone chosen in Options keeps its id
  });

  it('gives notes in the reader\'s language, English where none', () => {
    const d = deviceById('apple-iphone-15')!;
    expect(deviceNotes(d, 'ja')).toBe(d.notesI18n!.ja);
    expect(deviceNotes(d, 'zh-TW')).toBe(d.notesI18n!.zh_TW);
    expect(deviceNotes(d, 'zh-CN')).toBe(d.notesI18n!.zh_CN);
    expect(deviceNotes(d, 'en-GB')).toBe(d.notes);
    expect(deviceNotes({ ...d, notesI18n: undefined }, 'ja')).toBe(d.notes);
  });

  it('gives every device a unique id', () => {
    const ids = devices().map(deviceId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(deviceById('apple-iphone-15')?.model).toBe('iPhone 15');
  });
  it('finds phones by name or model code', () => {
    expect(searchDevices('pixel 8').map((d) => d.model)).toContain('Pixel 8');
    expect(searchDevices('SCG20').map((d) => d.model)).toContain('Galaxy S23 Ultra');
  });
});

describe('guessing the phone from the browser', () => {
  it('cannot name an iPhone, but knows iOS 17+ means eSIM hardware', () => {
    expect(guessDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 Version/26.0 Mobile/15E148 Safari/604.1')).toEqual({ kind: 'iphone', modernIos: true });
    expect(guessDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 Version/15.6 Mobile/15E148 Safari/604.1')).toEqual({ kind: 'iphone', modernIos: false });
  });
  it('maps an Android model code to its row, and treats the reduced "K" as unknown', () => {
    const g = guessDevice('Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36');
    expect(g.kind === 'android' && g.device?.model).toBe('Galaxy S23 Ultra');
    expect(guessDevice('Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36')).toEqual({ kind: 'android', model: undefined, device: undefined });
    const hinted = guessDevice('Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36', 5, 'Pixel 8');
    expect(hinted.kind === 'android' && hinted.device?.model).toBe('Pixel 8');
  });
  it('tells desktop and iPad apart only by touch points', () => {
    const mac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15';
    expect(guessDevice(mac, 0)).toEqual({ kind: 'desktop' });
    expect(guessDevice(mac, 5)).toEqual({ kind: 'ipad-or-mac' });
    expect(guessDevice('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36')).toEqual({ kind: 'desktop' });
  });
  it('knows China/HK/Taiwan Samsung codes', () => {
    expect(isChinaSamsung('SM-S9180')).toBe(true);
    expect(isChinaSamsung('SM-S918B')).toBe(false);
    expect(deviceForModel('sm-s918b')?.model).toBe('Galaxy S23 Ultra');
  });
});
