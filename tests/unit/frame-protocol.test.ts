import { describe, expect, it } from 'vitest';
import { parseFromFrame, parseVerdictUpdate } from '../../lib/badge/frame-protocol';

/** What the page-side host accepts from the background and from its frame: shapes checked by hand, nothing else. */

const verdict = { topUp: { value: 'no' }, term: { value: 'short-term' } };
const pill = { lang: 'ja', icon: '✕', parts: ['eSIM', 'チャージ不可', '短期'], label: 'eSIM Lens: eSIM · チャージ不可 · 短期', title: '詳細を表示', open: false };

describe('the pill\'s words from the background', () => {
  it('are kept as sent, in the user\'s language', () => {
    const got = parseVerdictUpdate({ type: 'verdict-updated', verdict, pill });
    expect(got?.verdict?.pill).toEqual(pill);
  });

  it('asks for the open badge only when the setting says so, and only with a real true', () => {
    expect(parseVerdictUpdate({ type: 'verdict-updated', verdict, pill: { ...pill, open: true } })?.verdict?.pill.open).toBe(true);
    expect(parseVerdictUpdate({ type: 'verdict-updated', verdict, pill: { ...pill, open: 'yes' } })?.verdict?.pill.open).toBe(false);
  });

  it('missing or odd words give a bare pill with the verdict\'s own icon, never an error or a lost badge', () => {
    for (const bad of [undefined, null, 'text', { parts: 'x' }, { parts: [1, 2], label: 5, icon: 'way too long' }]) {
      const got = parseVerdictUpdate({ type: 'verdict-updated', verdict, pill: bad })?.verdict;
      expect(got?.topUp).toBe('no');
      expect(got?.pill).toMatchObject({ icon: '✕', parts: ['eSIM'], open: false });
    }
  });

  it('drops over-long parts one by one and keeps the rest', () => {
    const got = parseVerdictUpdate({ type: 'verdict-updated', verdict, pill: { ...pill, parts: ['eSIM', 'x'.repeat(201), '短期'] } });
    expect(got?.verdict?.pill.parts).toEqual(['eSIM', '短期']);
  });
});

describe('messages from the frame', () => {
  it('a collapse and a remove are told apart; anything else is ignored', () => {
    expect(parseFromFrame({ type: 'esim-lens:collapse' })).toEqual({ type: 'esim-lens:collapse' });
    expect(parseFromFrame({ type: 'esim-lens:remove' })).toEqual({ type: 'esim-lens:remove' });
    expect(parseFromFrame({ type: 'esim-lens:explode' })).toBeNull();
    expect(parseFromFrame('esim-lens:collapse')).toBeNull();
  });
});
