import { describe, expect, it } from 'vitest';
import { readMentions } from '../../lib/classify/context';
import { lexicon, scriptOf } from '../../lib/data/lexicon';
import { normalize } from '../../lib/text/normalize';

/**
 * The ConText reader on single clauses: what a statement says about top-up,
 * the term and requirements, with the cue that decided it. The sentences are
 * the kinds of miss the keyword engine made (negation far away, after a
 * list, in a cell, pseudo-negations, rules about other plans).
 */

const lex = lexicon();
function polarity(raw: string, family: 'topUp' | 'term', lang = 'en'): number {
  const text = normalize(raw);
  const ms = readMentions(text, scriptOf(text, lang), lex, { topUp: true, term: true, requirements: true })
    .filter((m) => m.family === family && !m.otherProduct && !m.binds.length && !m.hypothetical);
  const yes = ms.filter((m) => m.polarity > 0).reduce((s, m) => s + m.weight, 0);
  const no = ms.filter((m) => m.polarity < 0).reduce((s, m) => s + m.weight, 0);
  return yes > no ? 1 : no > yes ? -1 : 0;
}

describe('top-up polarity, clause by clause', () => {
  it('of the cues that agree, the strongest gives the weight, not the nearest', () => {
    const text = normalize('在方案有效期間,您可以直接在 Nomad App 內為這張 eSIM 加購數據');
    const m = readMentions(text, scriptOf(text, 'zh-Hant'), lex, { topUp: true, term: false, requirements: false }).find((x) => x.concept === 'zh-addon')!; // 加購數據: more data bought
    expect(m.polarity).toBe(1);
    expect(m.cue).toBe('zh-ke'); // 可以, farther than "App 內" but stronger
  });

  it('typographic apostrophes read as plain ones: "can’t" is "can\'t"', () => {
    expect(normalize('This eSIM can’t be topped up')).toBe("This eSIM can't be topped up");
    expect(polarity('This eSIM can’t be topped up or extended', 'topUp')).toBe(-1);
  });

  it('an imperative at the start of a statement states the top-up; a noun "Recharge" or "Top-up" there does not', () => {
    expect(polarity('Top up your current eSIM with this plan from the app', 'topUp')).toBe(1);
    expect(polarity('Recharge is not possible for this eSIM', 'topUp')).toBe(-1);
    expect(polarity('Top-up: not available', 'topUp')).toBe(-1);
  });

  it('an extra fee or extra setting that is waived says nothing about top-up', () => {
    expect(polarity('普段のアプリが追加設定なしで使えます', 'topUp', 'ja')).toBe(0);
    expect(polarity('追加料金なしでテザリングできます', 'topUp', 'ja')).toBe(0);
    expect(polarity('同じeSIMにデータを追加できます', 'topUp', 'ja')).toBe(1);
  });

  it('a negation before a list reaches each item of it', () => {
    const text = normalize('同一張 eSIM 無法再續約、延長天數或加購流量');
    const ms = readMentions(text, scriptOf(text, 'zh-Hant'), lex, { topUp: true, term: false, requirements: false }).filter((m) => m.start >= 8);
    expect(ms.map((m) => m.polarity)).toEqual([-1, -1, -1]);
  });

  it('a negation right before the "can" it negates decides, not the nearer "can"', () => {
    expect(polarity('这张 eSIM 没有可选的充值包，流量用完请重新购买', 'topUp', 'zh-Hans')).toBe(-1);
    expect(polarity('這張 eSIM 沒有可加購的流量包', 'topUp', 'zh-Hant')).toBe(-1);
    expect(polarity('可选的充值包随时购买', 'topUp', 'zh-Hans')).toBe(1);
  });

  it('"can no longer" and 「無法再」 bind the clause to a time: after expiry, not the plan\'s policy', () => {
    const read = (raw: string, lang: string) => {
      const text = normalize(raw);
      return readMentions(text, scriptOf(text, lang), lex, { topUp: true, term: false, requirements: false }).filter((m) => m.family === 'topUp');
    };
    expect(read('套餐到期或流量用尽后,将无法再为该 eSIM 加购', 'zh-Hans').every((m) => m.temporal && m.polarity < 0)).toBe(true);
    expect(read('Once the data runs out you can no longer top up this eSIM', 'en').every((m) => m.temporal)).toBe(true);
    // A plain negation stays the plan's policy.
    expect(read('此 eSIM 无法加购', 'zh-Hans').some((m) => m.temporal)).toBe(false);
  });

  it('a Chinese time clause binds what follows it, not the clause before: 「一次性使用:到期后续期…」', () => {
    const text = normalize('本套餐为一次性使用:到期后续期、中途加购流量,均不适用于本套餐。');
    const ms = readMentions(text, scriptOf(text, 'zh-Hans'), lex, { topUp: true });
    expect(ms.find((m) => m.concept === 'zh-one-time-use')?.temporal).toBe(false);
    expect(ms.find((m) => m.concept === 'zh-extend')?.temporal).toBe(true);
  });

  it.each([
    ['You can top up anytime in the app', 'en'],
    ['Extra data can be added to the same eSIM from your account', 'en'],
    ['Running low? Buy more data in a few taps', 'en'],
    ['No need to buy a new eSIM: add data to the one you have', 'en'],
    ['アプリからデータを追加購入できます', 'ja'],
    ['追加チャージ : ○', 'ja'],
    ['可随时在App加购流量包', 'zh-Hans'],
    ['流量用完可購買加油包,無需重新安裝', 'zh-Hant'],
  ])('"%s" says yes', (text, lang) => expect(polarity(text, 'topUp', lang)).toBe(1));

  it.each([
    ['This eSIM cannot be topped up', 'en'],
    ['Top-up option : Not available', 'en'],
    ['Extra data bundles, extensions and reactivation are not sold for this eSIM', 'en'],
    ['buying additional data packs, lengthening the 5-day period or moving the eSIM to another handset are all things it does not support', 'en'],
    ['packages on this page can be neither topped up nor used a second time', 'en'],
    ['One-time use, cannot be recharged', 'en'],
    ['データ追加や期間延長、再発行はできません', 'ja'],
    ['期間の延長やデータの追加購入(チャージ)についても、本商品では一切お受けしておりません', 'ja'],
    ['使い切りタイプのため、容量の追加や延長はできません', 'ja'],
    ['加購流量、延長天數及轉移裝置均不支援', 'zh-Hant'],
    ['亦不支持暂停计时、延长使用天数或另行加购流量', 'zh-Hans'],
    ['本商品不提供任何形式的充值', 'zh-Hans'],
    ['充值 : ×', 'zh-Hans'],
  ])('"%s" says no', (text, lang) => expect(polarity(text, 'topUp', lang)).toBe(-1));

  it.each([
    ['Unlimited data, no top-up needed', 'en'],
    ['No extra fees, ever', 'en'],
    ['チャージ不要でそのまま使えます', 'ja'],
    ['データ量を追加する手続きは必要ありません', 'ja'],
    ['无需充值即可使用', 'zh-Hans'],
  ])('"%s" says nothing (pseudo-negation)', (text, lang) => expect(polarity(text, 'topUp', lang)).toBe(0));

  it('binds rules to the plans they name, other products and the time after expiry', () => {
    const read = (raw: string, lang = 'en') => {
      const text = normalize(raw);
      return readMentions(text, scriptOf(text, lang), lex, { topUp: true }).filter((m) => m.family === 'topUp');
    };
    expect(read('Unlimited plans cannot be topped up')[0].binds).toContain('unlimited');
    expect(read('無制限プランはチャージできません', 'ja')[0].binds).toContain('unlimited');
    expect(read('Top-up is only available for our physical SIM cards')[0].otherProduct).toBe(true);
    expect(read('實體SIM卡才支持充值', 'zh-Hant')[0].otherProduct).toBe(true);
    expect(read('Expired eSIMs cannot be recharged')[0].temporal).toBe(true);
    expect(read('Check the tab for whether this eSIM can be recharged')[0].hypothetical).toBe(true);
    // A table cell answers the embedded question: "是否支持充值 : 否" is not hypothetical.
    expect(read('是否支持充值 : 否', 'zh-Hans')[0]).toMatchObject({ polarity: -1, hypothetical: false });
    // Daily-allowance plans named by their allowance's shape.
    expect(read('每日流量型方案恕不提供加購', 'zh-Hant')[0].binds).toContain('daily');
    expect(read('不限流量系列的套餐不支持续费', 'zh-Hans')[0].binds).toContain('unlimited');
    expect(read('1日ごとに容量が決まっているプランは、データチャージの対象外です', 'ja')[0].binds).toContain('daily');
  });

  it('a cross beside a negative concept marks a con, it does not deny it', () => {
    expect(polarity('✖ Single-use eSIM', 'topUp')).toBe(-1);
    expect(polarity('✖ Non-rechargeable', 'topUp')).toBe(-1);
    expect(polarity('✖ Top-ups', 'topUp')).toBe(-1);
  });

  it('a slowdown after the data is used up is fair use, not a plan used up and done', () => {
    expect(polarity('30GB(使い切り後は最大128kbps)', 'topUp', 'ja')).toBe(0);
    expect(polarity('使い切りタイプのeSIMです', 'topUp', 'ja')).toBe(-1);
    // 「不可加量」 refuses more data; 「加量不加价」 is a promotion's more for the same price.
    expect(polarity('本套餐为固定流量包，不可加量', 'topUp', 'zh-Hans')).toBe(-1);
    expect(polarity('限时加量不加价', 'topUp', 'zh-Hans')).toBe(0);
  });

  it('takes the nearest cue: "can" governs "top up" and the later "can\'t" governs what follows it', () => {
    expect(polarity('You can top up in the app, but the eSIM can\'t be transferred to another phone', 'topUp')).toBe(1);
    const text = normalize('チャージはアプリから可能ですが、期限後の延長はできません');
    const ms = readMentions(text, 'ja', lex, { topUp: true });
    expect(ms.map((m) => [m.concept, m.polarity])).toEqual([['ja-charge', 1], ['ja-extend', -1]]);
  });
});

describe('term polarity', () => {
  it.each([
    ['¥2,970/月、毎月自動更新', 'ja'],
    ['It auto-renews every month until you cancel', 'en'],
    ['24個月合約,月租$298', 'zh-Hant'],
  ])('"%s" is a contract', (text, lang) => expect(polarity(text, 'term', lang)).toBe(1));

  it.each([
    ['No contract, no monthly fee', 'en'],
    ['It does not auto-renew', 'en'],
    ['契約不要・月額料金なし', 'ja'],
    ['无需合约,一次性付款', 'zh-Hans'],
  ])('"%s" is short-term', (text, lang) => expect(polarity(text, 'term', lang)).toBe(-1));

  it('a plan one cannot contract online is still a contract: ability is not absence', () => {
    expect(polarity('審査の結果ご契約いただけないことがあります', 'term', 'ja')).toBe(1);
  });
});

describe('requirements', () => {
  const req = (raw: string, lang = 'en') => {
    const text = normalize(raw);
    return readMentions(text, scriptOf(text, lang), lex, { requirements: true }).map((m) => `${m.family}${m.polarity < 0 ? ' not' : ''}`);
  };
  it('reads what is asked for and what is not needed', () => {
    expect(req('You need a residence card and a Japanese bank account').sort()).toEqual(['jp-bank-account', 'residence-card']);
    expect(req("you don't need a Japanese bank account, a Japanese credit card or a Japanese phone number").sort()).toEqual(
      ['jp-bank-account not', 'jp-credit-card not', 'jp-phone-number not'],
    );
    expect(req('ご契約に在留カード、日本の銀行口座、日本の電話番号は必要ありません', 'ja').sort()).toEqual(
      ['jp-bank-account not', 'jp-phone-number not', 'residence-card not'],
    );
    expect([...new Set(req('实名认证(eKYC) : 无需认证', 'zh-Hans'))]).toEqual(['identity-check not']);
  });
});
