import { describe, expect, it } from 'vitest';
import { verdict } from './helpers';

/** What a contract asks of a buyer: alternatives, refusals and what the plan gives are not requirements. */
const page = (lang: string, lines: string[]) =>
  `<html lang="${lang}"><head><title>Voice eSIM 10GB monthly plan ¥1,650/month</title></head><body><main><h1>Voice eSIM 10GB</h1><p>¥1,650/month</p><h2>What you need</h2><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul></main></body></html>`;
const reqs = (lang: string, ...lines: string[]) => verdict(page(lang, lines)).requirements;

describe('requirements', () => {
  it('a bank transfer this plan cannot choose, or that is not accepted, is not asked for', () => {
    expect(reqs('zh-Hant', '申辦需要準備：在留卡、日本發行的信用卡。', '※「日本銀行帳戶轉帳」僅適用於數據專用 SIM 方案，語音通話 eSIM 不可選擇銀行轉帳。')).not.toContain('jp-bank-account');
    expect(reqs('zh-Hant', '月費需以日本發行的信用卡支付，不接受金融卡、預付卡及銀行帳戶扣款。')).not.toContain('jp-bank-account');
  });

  it('a number the plan gives, on a page "prepared for you", is not asked for', () => {
    const plain = (line: string) => verdict(`<html lang="zh-CN"><head><title>日本长期 eSIM 月付 ¥3,980/月</title></head><body><main><h1>日本长期 eSIM</h1><p>¥3,980/月</p><p>${line}</p></main></body></html>`).requirements;
    expect(plain('为在日本工作、留学、长期出差的您准备:一张 eSIM 同时提供无限流量和真正的日本手机号码。')).not.toContain('jp-phone-number');
    expect(plain('申请前请您准备日本手机号码,用于接收验证码。')).toContain('jp-phone-number');
  });

  it('a bank account refused, optional or offered as the other way to pay is not asked for', () => {
    expect(reqs('ja', '日本国内で発行されたクレジットカードが必要です。', '口座振替は本プランでは受け付けておりません。')).not.toContain('jp-bank-account');
    expect(reqs('en', 'A credit card in your name is needed to pay.', 'You can link a Japanese bank account instead, but it is optional.')).not.toContain('jp-bank-account');
    expect(reqs('zh-Hant', '付款需要信用卡。', '或選擇日本銀行帳戶轉帳（手續費 ¥110/月）。')).not.toContain('jp-bank-account');
    expect(reqs('zh-Hant', '使用台灣、香港發行的信用卡即可付款，銀行帳戶轉帳只是選項之一。')).not.toContain('jp-bank-account');
    // Asked for plainly, it stays.
    expect(reqs('ja', 'お支払いには日本の銀行口座(口座振替)が必要です。')).toContain('jp-bank-account');
  });

  it("another country's bank account, or opening one, is no Japanese bank account; a Japanese address asked politely is one", () => {
    expect(reqs('ja', 'アメリカの銀行口座は不要です。日本のクレジットカードで支払えます。')).not.toContain('jp-bank-account');
    expect(reqs('ja', '米国番号は銀行口座開設時のSMS認証にも使えます。')).not.toContain('jp-bank-account');
    expect(reqs('ja', 'お支払いは銀行口座からの引き落としが必要です。')).toContain('jp-bank-account');
    expect(reqs('ja', '日本国内のご住所が必要です。')).toContain('jp-address');
  });

  it("a passport registered by law (Korea's, Mexico's) is the identity check, details in brackets or not", () => {
    expect(reqs('ja', '韓国の法令により、ご利用前にパスポート情報(氏名・パスポート番号・生年月日)のご登録が必要です。')).toContain('identity-check');
    expect(reqs('ja', 'ご購入時にパスポート番号・氏名（ローマ字）のご登録が必要です。')).toContain('identity-check');
    expect(reqs('en', 'After checkout we will ask you to upload a photo of your passport.')).toContain('identity-check');
    expect(reqs('en', 'Every local number must be registered to its user.')).toContain('identity-check');
  });

  it('a residence card among the IDs an identity check accepts is the identity check', () => {
    expect(reqs('en', 'Identity verification: upload your passport or residence card')).toEqual(['identity-check']);
    expect(reqs('ja', '本人確認書類(運転免許証・マイナンバーカード・在留カードなど)')).toEqual(['identity-check']);
    expect(reqs('zh-Hant', '申請時請上傳在留卡或護照的照片,完成本人確認')).toEqual(['identity-check']);
    // Both at once are both asked for.
    expect(reqs('ja', '外国籍の方は在留カードに加えてパスポートが必要です')).toContain('residence-card');
  });

  it('a passport registered, entered or shown is the identity check; one not needed (in Cantonese too) is not', () => {
    expect(reqs('en', 'Every line must be registered: register your passport in the app before you pay.')).toEqual(['identity-check']);
    expect(reqs('en', 'The shop verifies your passport and takes a fingerprint before the QR code is issued.')).toEqual(['identity-check']);
    expect(reqs('ja', '韓国の法令により、ご利用前にパスポート情報のご登録が必要です。')).toEqual(['identity-check']);
    expect(reqs('zh-Hans', '下单时需通过 Singpass 完成实名核验,外籍人士可上传护照。')).toEqual(['identity-check']);
    expect(reqs('zh-Hant', '申辦時須出示護照,並依規定完成身分登記。')).toEqual(['identity-check']);
    expect(reqs('zh-Hant', '毋須香港銀行戶口,亦唔使提交身份證明文件。')).toEqual([]);
    expect(reqs('en', 'No passport details needed: just an email address.')).toEqual([]);
  });

  it('a card in the holder\'s name is no Japanese card where a card issued abroad is accepted; a refused one still asks', () => {
    expect(reqs('ja', 'お支払い方法:本人名義のクレジットカード。', '日本の銀行口座は不要で、海外で発行されたVISA/Mastercardもご利用いただけます。')).not.toContain('jp-credit-card');
    expect(reqs('zh-Hans', '付款方式:日本国内发行的信用卡', '海外发行的信用卡、借记卡不可使用')).toContain('jp-credit-card');
    // What phone contracts in Japan usually ask is not this plan's requirement.
    expect(reqs('zh-Hans', '日本的手机合约通常要求出示在留卡。')).toEqual([]);
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

  it("what other carriers ask is not this plan's requirement; 'unlike other carriers' still speaks of this one", () => {
    expect(reqs('en', 'Most Japanese carriers ask for a residence card and a Japanese bank account.', 'We only need your passport for identity verification.')).toEqual(['identity-check']);
    expect(reqs('ja', '一般的な携帯キャリアでは在留カードと日本の銀行口座が必要です。', '当社は本人確認書類だけでお申し込みいただけます。')).toEqual(['identity-check']);
    expect(reqs('zh-Hant', '一般日本電信商辦理月租時,多數要求在留卡、日本銀行帳戶。', '本方案只需完成本人確認。')).toEqual(['identity-check']);
    expect(reqs('zh-Hans', '与其他日本运营商不同,您无需日本银行账户。', '需完成实名认证。')).toEqual(['identity-check']);
  });

  it('a waiver covers every name the statement gives the requirement, and a method offered as well is an alternative', () => {
    expect(reqs('zh-Hans', '实名认证(eKYC) : ✓ 无需认证')).toEqual([]);
    expect(reqs('ja', 'お支払いはクレジットカード(本人名義)。ショップでは口座振替もお選びいただけます。')).not.toContain('jp-bank-account');
  });
  it('home Wi-Fi is another service, and an overseas Visa accepted beside Japanese cards asks for no Japanese card (dev batch 26)', () => {
    expect(reqs('en', 'A Japanese bank account is only needed if you choose account transfer for Home Wi-Fi.', 'You will need a valid residence card.')).toEqual(['residence-card']);
    expect(reqs('ja', 'ホームWi-Fiのお支払いには日本の銀行口座が必要です。', 'お申し込みには在留カードが必要です。')).toEqual(['residence-card']);
    expect(reqs('zh-Hans', '家用Wi-Fi需要日本银行账户。', '申请需要在留卡。')).toEqual(['residence-card']);
    expect(reqs('en', 'You will need a credit card in your name.', 'Cards issued in Japan and overseas Visa/Mastercard/Amex are both accepted.')).toEqual([]);
  });
  it('a residence card listed among the documents of which any one will do is one way through the identity check (dev batch 27)', () => {
    expect(reqs('ja', '音声eSIMでご利用いただける本人確認書類は、次のいずれか1点です。', '<ul><li>運転免許証</li><li>マイナンバーカード</li><li>在留カード</li></ul>')).not.toContain('residence-card');
    // …unless the item itself asks for it of the buyer.
    expect(reqs('en', 'You will need to upload one of the following originals:', '<ul><li>Driver\'s license</li><li>Residence card (customers without Japanese nationality must use their residence card)</li></ul>')).toContain('residence-card');
    // A payment method refused in a closing parenthesis is not asked for.
    expect(reqs('ja', 'お申し込みに必要なもの:月額料金のお支払いはクレジットカードのみです(口座振替・デビットカードは不可)。')).not.toContain('jp-bank-account');
  });
  it('the residence card\'s address that must match where the buyer lives asks for an address in Japan (dev batches 14-28)', () => {
    expect(reqs('en', 'The address you register must match the one printed on the back of your residence card.')).toContain('jp-address');
    expect(reqs('ja', '在留カードに記載の住所が、現在お住まいの日本の住所と一致していること')).toContain('jp-address');
    expect(reqs('zh-Hans', '在留卡上登记的地址须为现住址。')).toContain('jp-address');
    expect(reqs('zh-Hant', '請準備記載最新住址的在留卡。')).toContain('jp-address');
  });
});
