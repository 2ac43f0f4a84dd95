import { describe, expect, it } from 'vitest';
import { bindFactor, type PlanKind } from '../../lib/classify/top-up';

/** Which plans a rule binds ("unlimited plans can't be topped up"), and how strongly it then counts. */
const travel: PlanKind = { unlimited: false, daily: false, contract: false, voice: false };

describe('rules bound to a kind of plan', () => {
  it('count more for the plans they name and not at all for others', () => {
    expect(bindFactor([], travel)).toBe(1);
    expect(bindFactor(['fixed'], travel)).toBe(1.5);
    expect(bindFactor(['unlimited'], travel)).toBe(0);
    expect(bindFactor(['contract'], { ...travel, contract: true })).toBe(1.5);
  });

  it('a rule naming two kinds that exclude each other says nothing of either', () => {
    // 「月額プランのデータ追加は…(トラベルeSIMの案内ではありません)」
    expect(bindFactor(['contract', 'prepaid'], travel)).toBe(0);
    expect(bindFactor(['unlimited', 'fixed'], { ...travel, unlimited: true })).toBe(0);
  });

  it('a legend for unmarked cards binds only the cards that say nothing themselves; one for marked cards binds none', () => {
    expect(bindFactor(['unmarked'], { ...travel, silent: true })).toBe(1.5);
    expect(bindFactor(['unmarked'], travel)).toBe(0);
    expect(bindFactor(['rechargeable'], { ...travel, silent: true })).toBe(0);
  });
});
