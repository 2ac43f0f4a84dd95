import { describe, expect, it } from 'vitest';
import { lexicon, scriptOf } from '../../lib/data/lexicon';
import { readQuantities, unlimitedSpans } from '../../lib/classify/quantities';
import { normalize } from '../../lib/text/normalize';
import { verdict } from './helpers';

/** The numbers of one statement, as the extractor reads them. */
function q(raw: string, lang = 'en', host = '', home?: string) {
  const lex = lexicon();
  const text = normalize(raw);
  const script = scriptOf(text, lang);
  return readQuantities(text, script, lex, { lang, host, home }, unlimitedSpans(text, script, lex));
}
/** Kana or a Japanese-only kanji is Japanese; other Han text Chinese. */
const langOf = (text: string) => (/[\u3041-\u3096\u30a1-\u30fa毎]|1日/.test(text) ? 'ja' : /[\u4e00-\u9fff]/.test(text) ? 'zh-TW' : 'en');
const validity = (raw: string, lang = 'en') => q(raw, lang).durations.filter((d) => !d.window && !d.range).map((d) => d.days);
const data = (raw: string, lang = 'en') =>
  q(raw, lang).data.filter((d) => !d.range).map((d) => (d.unlimited ? 'unlimited' : `${d.gb}${d.daily ? '/day' : ''}`));
const price = (raw: string, lang = 'en', host = '', home?: string) => {
  const p = q(raw, lang, host, home).prices.find((x) => !x.discount && !x.otherFee);
  return p && { price: p.amount, currency: p.currency, ...(p.billing ? { billing: p.billing } : {}) };
};

describe('durations', () => {
  it.each([
    ['Japan 5GB 7 Days', 7], ['7日間 3GB', 7], ['無制限 5天', 5], ['有効期間:1ヶ月', 30], ['168 hours', 7],
    ['５ＧＢ／７日間', 7], ['Valid for 30 days', 30], ['2 weeks', 14], ['使用天數:5天', 5], ['当前规格 : 5天 · 每天1GB', 5],
    ['中國內地及澳門 7日 每日2GB', 7], ['Expires 30 days after activation', 30], ['10GB 高速流量 · 365 天内用完即可', 365],
  ])('%s lasts %i days', (text, days) => expect(validity(text)).toEqual([days]));

  it.each([
    '30-day money-back guarantee', 'delivered in 7 days', 'Install within 90 days', '7天无理由退款', '3天内发货',
    'refund within 14 days', '3〜15日間', 'activate within 180 days of purchase', '购买后180天内激活', '購入から180日以内にインストール',
    '1GB単位(1ヶ月あたり最大20回)', '1日1GB',
  ])('%s is not a validity', (text) => expect(validity(text, langOf(text))).toEqual([]));

  it('reads a day count beside a data amount or after a validity word as the plan\'s duration', () => {
    expect(q('10GB / 15 days').durations[0]).toMatchObject({ days: 15 });
    expect(q('Validity: 30 days').durations[0]).toMatchObject({ days: 30, validity: true });
  });
});

describe('data amounts', () => {
  it.each([
    ['5GB', ['5']], ['500MB', ['0.5']], ['Unlimited data', ['unlimited']], ['吃到飽', ['unlimited']],
    ['4G/5G 高速', []], ['台湾 eSIM(CMLink)4G/5G データ通信', []], ['4G・5G 数据', []], ['5G流量', ['5']], ['KDDI 5G network', []], ['1GB of 5G/4G data each day', ['1/day']],
    ['每日2GB高速流量', ['2/day']], ['毎日1GB', ['1/day']], ['1GB/day', ['1/day']], ['2 GB per day then 128 kbps', ['2/day']],
    ['500MB/天', ['0.5/day']], ['日本 eSIM|每日 2GB 高速上網・docomo 網路', ['2/day']],
    // An option's size and price run together when the shop draws them as two inline elements.
    ['7 天｜每日 2GBNT$459', ['2/day']], ['10GBUSD', []],
  ])('%s', (text, want) => expect(data(text, langOf(text))).toEqual(want));

  it('marks both ends of a range and not a dash between unlike units', () => {
    expect(data('1GB 至 20GB', 'zh-CN')).toEqual([]);
    expect(data('1GB - 20GB')).toEqual([]);
    expect(data('タイ 5 GB - 30日間', 'ja')).toEqual(['5']);
    expect(validity('タイ 5 GB - 30日間', 'ja')).toEqual([30]);
  });
});

describe('daily allowances', () => {
  it('a header that says "per day" reaches the value cell after it; デイリー and 每個使用日 are per day', () => {
    expect(data('1日あたりのデータ : 高速データ1GB。', 'ja')).toEqual(['1/day']);
    expect(data('Daily data : 2GB : Validity : 7 days')).toEqual(['2/day']);
    expect(data('日本 デイリー1GB eSIM', 'ja')).toEqual(['1/day']);
    expect(data('每個使用日不限數據,首 1GB 高速', 'zh-TW')).toEqual(['unlimited', '1/day']);
    // Not across two cells, nor past a number in the header.
    expect(data('Daily data : Unlimited : Total : 10GB')).toEqual(['unlimited', '10']);
  });
});

describe('prices', () => {
  it('reads a bare amount under a column header that names the currency (a table row as the reader writes it)', () => {
    expect(price('Japan 1GB 7Days : Data : 1GB : Price (USD) : 2.90 : Reloadable : Yes')).toEqual({ price: 2.9, currency: 'USD' });
    expect(price('日本 3GB : 料金（円） : 1,980', 'ja')).toEqual({ price: 1980, currency: 'JPY' });
    expect(price('日本 5GB : 售價 (NT$) : 350', 'zh-TW')).toEqual({ price: 350, currency: 'TWD' });
    // A euro or pound sign after the amount, as European shops write it.
    expect(price('5 €', 'ja')).toEqual({ price: 5, currency: 'EUR' });
    expect(price('Plan: 12 £')).toEqual({ price: 12, currency: 'GBP' });
    // Not a header: a currency in parentheses inside a sentence, or a percentage.
    expect(price('Pay in your currency (USD) or ours')).toBeUndefined();
    expect(price('Tax (USD) : 10%')).toBeUndefined();
  });

  it('an end of a price range is no more the plan\'s price than a "from" price', () => {
    const ps = q('$8.50 – $19.90').prices;
    expect(ps.map((p) => p.amount)).toEqual([8.5, 19.9]);
    expect(ps.every((p) => p.from)).toBe(true);
  });

  it('a top-up fee cue negated in its own cell names no fee: the price is the plan\'s', () => {
    expect(price('✗ 不支持充值 : S$8.50', 'zh-CN')).toEqual({ price: 8.5, currency: 'SGD' });
    expect(price('Top-up: not available : US$9.00')).toEqual({ price: 9, currency: 'USD' });
    // A cell that says the plan can be topped up, beside a price cell: the price is the plan's.
    expect(price('✓ 可加购天数 : S$24.00', 'zh-CN')).toEqual({ price: 24, currency: 'SGD' });
    // A fee that is offered with its amount stays a fee; the negation of another cell does not reach it.
    expect(price('加購1GB NT$100', 'zh-TW')).toBeUndefined();
    expect(price('可加購 1GB NT$100', 'zh-TW')).toBeUndefined();
    expect(price('Roaming: not included : Add-on 1GB: $4')).toBeUndefined();
  });

  it.each([
    ['US$19.00', 'en', '', undefined, { price: 19, currency: 'USD' }],
    ['¥2,970/月', 'ja', '', undefined, { price: 2970, currency: 'JPY', billing: 'monthly' }],
    ['月額990円', 'ja', '', undefined, { price: 990, currency: 'JPY', billing: 'monthly' }],
    ['¥45', 'zh-CN', '', undefined, { price: 45, currency: 'CNY' }],
    ['¥3,980 / 月', 'zh-CN', 'mobal.com', 'JPY', { price: 3980, currency: 'JPY', billing: 'monthly' }],
    ['39.9元', 'zh-CN', '', undefined, { price: 39.9, currency: 'CNY' }],
    ['499元', 'zh-TW', '', undefined, { price: 499, currency: 'TWD' }],
    ['NT$199/天', 'zh-TW', '', undefined, { price: 199, currency: 'TWD', billing: 'daily' }],
    ['HK$98', 'zh-HK', '', undefined, { price: 98, currency: 'HKD' }],
    ['$1.99/day', 'en', '', undefined, { price: 1.99, currency: 'USD', billing: 'daily' }],
    ['€17.90', 'en', '', undefined, { price: 17.9, currency: 'EUR' }],
    ['£16', 'en', '', undefined, { price: 16, currency: 'GBP' }],
    ['$25', 'zh-HK', 'hk.trip.com', undefined, { price: 25, currency: 'HKD' }],
    ['3 Days$11.99', 'en', '', undefined, { price: 11.99, currency: 'USD' }],
    ['₪35', 'en', 'air.globos.co.il', undefined, { price: 35, currency: 'ILS' }],
    ['GEL 15 · 7 days', 'en', '', undefined, { price: 15, currency: 'GEL' }],
    ['LKR 3,999', 'en', '', undefined, { price: 3999, currency: 'LKR' }],
    ['MOP 68', 'zh-HK', '', undefined, { price: 68, currency: 'MOP' }],
    ['R299 /month', 'en', 'www.melonmobile.co.za', undefined, { price: 299, currency: 'ZAR', billing: 'monthly' }],
  ])('%s (%s)', (text, lang, host, home, want) => expect(price(text, lang, host, home)).toEqual(want));

  it('a letter code is no currency inside a word, nor a bare R off a South African page', () => {
    expect(price('Data in 35 European countries')).toBeUndefined();
    expect(price('R299 /month', 'en', 'example.com')).toBeUndefined();
    expect(price('30 TL', 'tr')).toEqual({ price: 30, currency: 'TRY' });
    expect(price('30 tlines')).toBeUndefined();
  });

  it('tells discounts, other fees and "from" prices apart from the price', () => {
    const cases: Array<[string, string, 'discount' | 'otherFee' | 'from']> = [
      ['Save $5 today', 'en', 'discount'], ['首单立减20元', 'zh-CN', 'discount'], ['¥300 OFF クーポン', 'ja', 'discount'],
      ['Activation fee: $5', 'en', 'otherFee'], ['事務手数料 3,300円', 'ja', 'otherFee'], ['行政費 HK$18', 'zh-HK', 'otherFee'],
      ['Plans from $4.50', 'en', 'from'], ['NT$99起', 'zh-TW', 'from'], ['¥890から', 'ja', 'from'],
    ];
    for (const [text, lang, kind] of cases) expect(q(text, lang).prices[0]?.[kind], text).toBe(true);
    // A top-up header answered by the next cell names no fee: the price further on is the plan's (dev batch 27).
    expect(q('台湾eSIM 3日間 : 追加チャージ : 不可 : 料金(税込) : 2,380円', 'ja').prices[0]?.otherFee).toBe(false);
    expect(q('Top-up : not available : Price : $9', 'en').prices[0]?.otherFee).toBe(false);
    expect(q('追加チャージ : 1GB 480円', 'ja').prices[0]?.otherFee).toBe(true);
    // A bare number under a days header is the days ("Days : 7" in a comparison table's row, dev batch 28).
    expect(validity('Plan : 3GB : Data : 3GB : Days : 7 : Top-up : Yes : Price : A$8.90')).toEqual([7]);
    expect(validity('利用日数 : 15 : 料金 : 2,480円', 'ja')).toEqual([15]);
    expect(validity('Data : 3GB : Price : 7', 'en')).toEqual([]);
    // A wallet's balance is no price of the plan (dev batch 27: "Remittance wallet: ¥0" on a ¥2,980 a month page).
    for (const [t, l] of [['Remittance wallet: ¥0', 'en'], ['ウォレット残高 0円', 'ja'], ['钱包余额 ¥0', 'zh-CN']]) expect(q(t, l).prices[0]?.otherFee, t).toBe(true);
    // A one-off payment is the price (dev batch 26: every card of a grid priced "A$9 one-off" lost its price).
    expect(q('A$9 one-off', 'en').prices[0]?.discount).toBe(false);
    expect(q('$5 off your first order', 'en').prices[0]?.discount).toBe(true);
  });

  it('takes every price listed after a fee cue as that fee, not only the nearest', () => {
    for (const [text, lang] of [['喺 App 入面揀「加購數據」,1GB HK$12、3GB HK$30,即時加入', 'zh-HK'], ['Add-on packs: 1GB $5, 3GB $12', 'en']]) {
      expect(q(text, lang).prices.map((p) => p.otherFee), text).toEqual([true, true]);
    }
    // A price after a sentence of its own is not on the list.
    expect(q('Add-on packs: 1GB $5. This plan: 10GB $25', 'en').prices.map((p) => p.otherFee)).toEqual([true, false]);
  });
});

describe('the page decides what ¥ is', () => {
  const page = (price: string) =>
    `<html lang="zh-CN"><head><title>日本语音 eSIM 月租套餐</title></head><body><main><h1>日本语音 eSIM 10GB 月租</h1><p>月费 ${price}/月</p><button>立即购买</button></main></body></html>`;
  it('reads a four-figure ¥ amount on a Simplified Chinese page as yen: no yuan plan costs that much', () => {
    expect(verdict(page('¥2,480')).plan).toMatchObject({ price: 2480, currency: 'JPY' });
    expect(verdict(page('¥99')).plan).toMatchObject({ price: 99, currency: 'CNY' });
    // Yuan shown with fen stays yuan.
    expect(verdict(page('¥1,299.00')).plan.currency).toBe('CNY');
  });
});
