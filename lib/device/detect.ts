import { devices, type Device } from '../data/devices';

/**
 * What the browser says about the phone it runs on. A user agent can only
 * pre-fill a guess: desktop browsers describe the computer, Safari on iPhone
 * names no model, Chrome on Android hides it unless asked through client
 * hints. The popup always lets the user pick their phone instead.
 */

export type DeviceGuess =
  | { kind: 'desktop' }
  | { kind: 'iphone'; modernIos: boolean }
  | { kind: 'android'; model?: string; device?: Device }
  | { kind: 'ipad-or-mac' };

/** Samsung model codes ending in 0 are China / Hong Kong / Taiwan units, sold without eSIM. */
export function isChinaSamsung(code: string): boolean {
  return /^SM-[A-Z]\d{3,4}0$/i.test(code);
}

export function deviceForModel(model: string, list: Device[] = devices()): Device | undefined {
  const m = model.trim().toLowerCase();
  if (!m) return undefined;
  return (
    list.find((d) => d.codes.some((c) => c.toLowerCase() === m)) ??
    list.find((d) => d.model.toLowerCase() === m || `${d.brand} ${d.model}`.toLowerCase() === m)
  );
}

export function guessDevice(userAgent: string, maxTouchPoints = 0, chModel?: string): DeviceGuess {
  if (/iPhone/.test(userAgent)) {
    // iOS 17+ (or Safari 26's frozen "18_x" token) runs only on iPhone XS/XR and later: all have eSIM hardware.
    const ios = /OS (\d+)_/.exec(userAgent);
    const safari = /Version\/(\d+)/.exec(userAgent);
    return { kind: 'iphone', modernIos: (ios ? Number(ios[1]) >= 17 : false) || (safari ? Number(safari[1]) >= 17 : false) };
  }
  const android = /Android [\d.]+;(?: Mobile;)?\s*([^;)]+?)(?:\sBuild\/[^;)]*)?[;)]/.exec(userAgent);
  if (/Android/.test(userAgent)) {
    const model = chModel || (android && android[1] !== 'K' && !/^rv:/.test(android[1]) ? android[1].trim() : undefined);
    return { kind: 'android', model, device: model ? deviceForModel(model) : undefined };
  }
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return { kind: 'ipad-or-mac' };
  return { kind: 'desktop' };
}
