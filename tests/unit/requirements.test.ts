import { describe, expect, it } from 'vitest';
import { verdict } from './helpers';

/** What a contract asks of a buyer: alternatives, refusals and what the plan gives are not requirements. */
const page = (lang: string, lines: string[]) =>
  `<html lang="${lang}"><head><title>Voice eSIM 10GB monthly plan ¥1,650/month</title></head><body><main><h1>Voice eSIM 10GB</h1><p>¥1,650/month</p><h2>What you need</h2><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul></main></body></html>`;
const reqs = (lang: string, ...lines: string[]) => verdict(page(lang, lines)).requirements;

describe('requirements', () => {
  it('a residence card among the IDs an identity check accepts is the identity check', () => {
    expect(reqs('en', 'Identity verification: upload your passport or residence card')).toEqual(['identity-check']);
    expect(reqs('ja', '本人確認書類(運転免許証・マイナンバーカード・在留カードなど)')).toEqual(['identity-check']);
    expect(reqs('zh-Hant', '申請時請上傳在留卡或護照的照片,完成本人確認')).toEqual(['identity-check']);
    // Both at once are both asked for.
    expect(reqs('ja', '外国籍の方は在留カードに加えてパスポートが必要です')).toContain('residence-card');
  });

  it('a payment method the buyer may choose instead of another is not required; two Japanese ones are the choice asked for', () => {
    expect(reqs('en', 'Payment: credit card or Japanese bank account transfer')).toEqual([]);
    expect(reqs('ja', 'お支払い:クレジットカード、または銀行口座(口座振替)をお選びいただけます')).toEqual([]);
    expect(reqs('en', 'Payment: a Japanese bank account or a Japanese credit card')).toEqual(['jp-bank-account', 'jp-credit-card']);
  });

  it('a refused payment method and a number the plan gives are not asked of the buyer', () => {
    expect(reqs('ja', '口座振替・デビットカードはご利用いただけません')).toEqual([]);
    expect(reqs('zh-Hans', '本服务使用日本电话号码提供数据、语音及短信')).toEqual([]);
    expect(reqs('en', 'The plan comes with a Japanese phone number')).toEqual([]);
    expect(reqs('zh-Hans', '需提供日本手机号码')).toEqual(['jp-phone-number']);
  });
});
