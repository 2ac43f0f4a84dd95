import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../lib/messaging/messages';
import { loadLabelSet, loadManifestSet } from '../fixtures/labels';
import { FIXTURES } from '../fixtures/manifest';
import { snap } from './helpers';

/**
 * The background classifies the snapshot it receives after parsing it with
 * the message schema: a field the schema does not know is dropped (the
 * classifier then sees less than the reader read), and a field over a limit
 * makes the whole snapshot refused. So every snapshot must come through the
 * schema unchanged.
 */
describe('every snapshot the reader produces passes the message schema unchanged', () => {
  it('on every main and dev fixture', () => {
    const pages = [...loadManifestSet('main', FIXTURES), ...loadLabelSet('dev', join(FIXTURES, 'dev'))];
    for (const e of pages) {
      const s = snap(readFileSync(e.path, 'utf8'), e.url);
      expect(SnapshotSchema.parse(s), e.file).toEqual(s);
    }
  });

  it('on huge titles, URLs, languages and definition lists', () => {
    const long = 'x'.repeat(9000);
    const s = snap(`<html lang="${'a'.repeat(200)}"><head><title>${long}</title></head><body><dl><dt>${long}</dt><dd>${long}</dd></dl></body></html>`, `https://shop.example/${long}`);
    expect(SnapshotSchema.parse(s)).toEqual(s);
  });

  it('on random markup', () => {
    const tags = ['div', 'p', 'span', 'li', 'ul', 'table', 'tr', 'td', 'th', 'a', 'button', 'dt', 'dd', 'h1', 'label', 'option', 'select', 's'];
    const attrs = ['', ' class="card"', ' class="opt is-active"', ' aria-selected="true"', ' class="reviews"', ' role="navigation"'];
    const fragment = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 30 }),
        fc.tuple(fc.constantFrom(...tags), fc.constantFrom(...attrs), fc.array(tie('node'), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fragment, (html) => {
        const s = snap(`<html><head><title>Japan eSIM</title></head><body>${html}</body></html>`);
        expect(SnapshotSchema.parse(s)).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });
});
