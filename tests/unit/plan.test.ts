import { describe, expect, it } from 'vitest';
import { findData, findPrice, findValidity } from '../../lib/classify/plan';
import { normalize } from '../../lib/text/normalize';

describe('plan facts', () => {
  it.each([
    ['Japan 5GB 7 Days', 7], ['7日間 3GB', 7], ['無制限 5天', 5], ['有効期間:1ヶ月', 30], ['168 hours', 7],
    [normalize('５ＧＢ／７日間'), 7], ['Valid for 30 days', 30],
  ])('validity of %s is %i days', (text, days) => expect(findValidity(text)).toBe(days));

  it.each([
    '30-day money-back guarantee', 'delivered in 7 days', 'Install within 90 days', '7天无理由退款', '3天内发货',
    '5月30日', 'refund within 14 days', '3〜15日間',
  ])('%s is not a validity', (text) => expect(findValidity(text)).toBeUndefined());

  it.each([
    ['5GB', { dataGb: 5 }], ['500MB', { dataGb: 0.5 }], ['Unlimited data', { unlimited: true }], ['吃到飽', { unlimited: true }],
    ['4G/5G 高速', {}], ['5G流量', { dataGb: 5 }], ['KDDI 5G network', {}],
    ['每日2GB高速流量', { dailyGb: 2 }], ['毎日1GB', { dailyGb: 1 }], ['1GB/day', { dailyGb: 1 }], ['2 GB per day then 128 kbps', { dailyGb: 2 }], ['500MB/天', { dailyGb: 0.5 }],
  ])('data of %s', (text, want) => expect(findData(text)).toEqual(want));

  it.each([
    ['US$19.00', 'en', '', { price: 19, currency: 'USD' }],
    ['¥2,970/月', 'ja', '', { price: 2970, currency: 'JPY', billing: 'monthly' }],
    ['月額990円', 'ja', '', { price: 990, currency: 'JPY', billing: 'monthly' }],
    ['¥45', 'zh-CN', '', { price: 45, currency: 'CNY' }],
    ['39.9元', 'zh-CN', '', { price: 39.9, currency: 'CNY' }],
    ['499元', 'zh-TW', '', { price: 499, currency: 'TWD' }],
    ['NT$199/天', 'zh-TW', '', { price: 199, currency: 'TWD', billing: 'daily' }],
    ['HK$98', 'zh-HK', '', { price: 98, currency: 'HKD' }],
    ['$1.99/day', 'en', '', { price: 1.99, currency: 'USD', billing: 'daily' }],
    ['€17.90', 'en', '', { price: 17.9, currency: 'EUR' }],
    ['£16', 'en', '', { price: 16, currency: 'GBP' }],
    ['$25', 'zh-HK', 'hk.trip.com', { price: 25, currency: 'HKD' }],
  ])('price of %s (%s)', (text, lang, host, want) => expect(findPrice(text, lang, host)).toEqual(want));
});
