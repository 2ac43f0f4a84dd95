import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VerdictSchema } from '../../lib/classify';
import { verdict } from './helpers';

const TAGS = ['div', 'p', 'span', 'li', 'ul', 'table', 'tr', 'td', 'a', 'button', 'header', 'footer', 'nav', 'main', 'dt', 'dd', 'h1', 'script', 'template', 'details', 'summary'];
const WORDS = ['eSIM', 'top up', 'cannot', 'チャージ', 'できません', '不支持', '充值', '月額', '/month', '7 days', '5GB', '¥', '$', 'Buy now', '無制限', '30天', '加購', '?', ':', '\u0000', '\uFFFF', '\uD800', '🇯🇵', 'é', '\u200B', '<', '>', '&amp;', '"'];

const fragment = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' ')),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([t, kids, close]) => `<${t} class="${t}-x">${kids.join('')}${close ? `</${t}>` : ''}`,
    ),
  ),
})).node;

describe('the engine never throws', () => {
  it('on random, malformed HTML with odd Unicode', () => {
    fc.assert(
      fc.property(fragment, fc.string(), (html, junk) => {
        const v = verdict(`<html><body>${html}${junk}</body></html>`);
        expect(VerdictSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
      expect(() => verdict(s)).not.toThrow();
    }), { numRuns: 200 });
  });

  it('on a 1 MB string of near-matches (the regexes stay linear)', () => {
    const near = 'top up top-u cannot be top no top- チャージでき 不支持充 月額 /mont 7 day 5G '.repeat(14_000);
    const v = verdict(`<html><head><title>Japan eSIM</title></head><body><h1>Japan eSIM</h1><p>${near}</p><p>${near.replace(/ /g, '')}</p></body></html>`);
    expect(VerdictSchema.safeParse(v).success).toBe(true);
  });
});
