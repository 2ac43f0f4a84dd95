import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../lib/i18n';

const dir = join(import.meta.dirname, '../../public/_locales');
const load = (loc: string) => JSON.parse(readFileSync(join(dir, loc, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('_locales', () => {
  const en = load('en');
  const locales = readdirSync(dir);

  it('has English, Japanese, Simplified and Traditional Chinese', () => {
    expect(locales.sort()).toEqual(['en', 'ja', 'zh_CN', 'zh_TW']);
  });

  it('writes a literal dollar sign as $$: Chrome reads "$1" in a message as a placeholder and drops it', () => {
    for (const loc of locales) {
      for (const [key, entry] of Object.entries(load(loc))) expect(entry.message.replace(/\$\$/g, ''), `${loc} ${key}`).not.toMatch(/\$\d/);
    }
    expect(format({ message: 'a day $$1.57' }, [])).toBe('a day $1.57');
  });

  for (const loc of ['ja', 'zh_CN', 'zh_TW']) {
    it(`${loc} has every key, with the same placeholders, translated`, () => {
      const m = load(loc);
      expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        expect(Object.keys(m[key].placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
        for (const name of Object.keys(entry.placeholders ?? {})) expect(m[key].message.toUpperCase(), key).toContain(`$${name.toUpperCase()}$`);
        expect(m[key].message.trim(), key).not.toBe('');
      }
      // Most messages really are translated (brand names and "eSIM" may stay as they are).
      const same = Object.keys(en).filter((k) => m[k].message === en[k].message);
      expect(same.length).toBeLessThanOrEqual(5);
    });
  }

  it('fills placeholders the way browser.i18n does', () => {
    expect(format(en.listingSummary, ['4', '3'])).toBe('4 plans: 3 can be topped up');
    expect(format(load('ja').days, ['7'])).toBe('7日間');
  });
});
