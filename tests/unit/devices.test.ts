import { describe, expect, it } from 'vitest';
import raw from '../../data/devices.json';
import { DevicesFileSchema, deviceById, deviceId, devices, searchDevices } from '../../lib/data/devices';
import { deviceForModel, guessDevice, isChinaSamsung } from '../../lib/device/detect';

describe('data/devices.json', () => {
  it('passes its schema with at least 150 models, each with a source', () => {
    const list = DevicesFileSchema.parse(raw).devices;
    expect(list.length).toBeGreaterThanOrEqual(150);
    expect(new Set(list.map((d) => d.brand)).size).toBeGreaterThanOrEqual(10);
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
