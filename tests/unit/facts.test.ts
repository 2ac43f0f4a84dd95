import { describe, expect, it } from 'vitest';
import lexiconData from '../../data/lexicon.json';
import { lexicon } from '../../lib/data/lexicon';
import { scriptOf } from '../../lib/data/union';
import { normalize } from '../../lib/text/normalize';
import type { Facts } from '../../lib/classify/verdict';
import { verdict } from './helpers';

/**
 * The traveller facts, each in the four languages, with the negatives the
 * issue names: "5G" is a network, not 5 GB; "hotspot" in a menu says nothing
 * of the plan; a 30-day refund window is not a validity or an activation
 * window; a shop's trust badge is not the plan's rating.
 */

const page = (lang: string, body: string, { nav = '', footer = '', title = 'Japan eSIM 10GB 30 days' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header><nav>${nav}</nav></header><main><h1>${title}</h1><p class="price">US$25.00</p><button>Buy now</button>${body}</main><footer>${footer}</footer></body></html>`;
const facts = (html: string, url = 'https://shop.example/esim/japan-10gb'): Facts => verdict(html, url).facts ?? {};
/** One fact's value on a page of one language made of `html`. */
const factOn =
  (kind: keyof Facts) =>
  (lang: 'en' | 'ja' | 'zh-Hans' | 'zh-Hant', html: string) =>
    facts(page(lang, html))[kind]?.value;
const values = (f: Facts) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, (v as { value: unknown }).value]));

describe('traveller facts: English', () => {
  it('reads each fact with its quote', () => {
    const f = facts(page('en', `
      <p>2 GB of high-speed data per day, then 128kbps until the daily reset.</p>
      <p>The 30 days start when your eSIM first connects to a network in Japan, not when you buy it.</p>
      <p>Install and activate the eSIM within 180 days of purchase.</p>
      <p>Data only — no phone number, calls or SMS.</p>
      <p>Hotspot sharing: supported</p>
      <p>Network: SoftBank and KDDI 5G / 4G</p>
      <p>Full refund if the eSIM has not been installed.</p>
      <div>4.7 ★ (5,904 reviews)</div>`));
    expect(values(f)).toEqual({
      fairUse: { highSpeedGb: 2, per: 'day', throttledKbps: 128 },
      validityStart: 'first-connection',
      activationWindowDays: 180,
      number: 'data-only',
      jpNumber: false,
      hotspot: 'yes',
      networks: ['au', 'softbank'],
      refund: 'before-install',
      rating: { stars: 4.7, count: 5904 },
    });
    expect(f.hotspot!.evidence[0]).toContain('Hotspot sharing');
    expect(f.fairUse!.evidence[0]).toContain('128kbps');
  });

  it('says nothing the page does not say', () => {
    const f = facts(page('en', '<p>5G coverage across Japan. 10GB for 30 days.</p><p>Refunds are processed within 30 days of approval.</p>', {
      nav: '<a href="/blog/hotspot">How to use a hotspot abroad</a>',
      footer: '<div>Trustpilot 4.6 ★ based on 39,000 reviews</div>',
    }));
    expect(f.fairUse).toBeUndefined(); // "5G" is a network
    expect(f.hotspot).toBeUndefined(); // a menu link says nothing of the plan
    expect(f.activationWindowDays).toBeUndefined(); // a refund window is not an activation window
    expect(f.rating).toBeUndefined(); // the shop's trust badge is in the footer
    expect(f.refund).toBeUndefined();
    // Two starts offered as alternatives, in the clause after the cue, say neither.
    expect(facts(page('en', '<p>The days begin once the eSIM is activated — usually when it is installed or first joins a network.</p>')).validityStart).toBeUndefined();
  });

  it('reads when the days start from the clause that says it, past a clause on what does not start them', () => {
    expect(facts(page('zh-Hans', '<p>有效期在 eSIM 首次连接日本网络时开始，出发前安装不会消耗天数。</p>')).validityStart?.value).toBe('first-connection');
    // A clause that only says what does not count says nothing.
    expect(facts(page('zh-Hans', '<p>出发前安装不会消耗天数。</p>')).validityStart).toBeUndefined();
    // The length set at purchase is not the start.
    expect(facts(page('zh-Hans', '<p>每张 eSIM 的天数在购买时就已固定。</p>')).validityStart).toBeUndefined();
  });

  it('takes the first start when the second is only its fallback, and reads spec-row and "counted from" cues', () => {
    const start = factOn('validityStart');
    expect(start('en', '<p>Period starts : When you first use data in Japan (or automatically 30 days after purchase)</p>')).toBe('first-connection');
    expect(start('zh-Hans', '<p>方案在首次产生数据流量时生效；如果购买后60天内一直未使用，则自动开始计算。</p>')).toBe('first-connection');
    // Offered as equals, two starts still say neither.
    expect(start('en', '<p>The days start at installation or at first connection.</p>')).toBeUndefined();
    expect(start('en', '<p>Validity : 30 days, starting the day you install the eSIM</p>')).toBe('install');
    expect(start('ja', '<dl><dt>利用開始</dt><dd>ベトナム国内で初めて現地ネットワークに接続した時点</dd></dl>')).toBe('first-connection');
    expect(start('ja', '<p>通信開始日は、タイ国内で対応ネットワークに接続した日となります。</p>')).toBe('first-connection');
    // An activation deadline is not a start.
    expect(start('ja', '<p>利用開始は購入日から180日以内にお願いします。</p>')).toBeUndefined();
    expect(start('zh-Hans', '<p>有效期计算：以首次连上 KT 网络的时间为起点，按 24 小时滚动计算。</p>')).toBe('first-connection');
    expect(start('zh-Hant', '<p>天數計算：抵達日本、開啟數據漫遊並連上當地網路後開始。</p>')).toBe('first-connection');
    expect(start('zh-Hant', '<p>掃描 QR Code 當天即算使用天數的第一天。</p>')).toBe('install');
    expect(start('zh-Hans', '<p>以上价格以人民币为准。</p>')).toBeUndefined();
    // The date chosen at the order, not the order, starts the days.
    expect(start('zh-Hans', '<dl><dt>开始日期</dt><dd>下单时选择，当天日本时间 0 点起计算</dd></dl>')).toBe('fixed-date');
    // A step before the start is not the start; what installing does not do is not said of the install.
    expect(start('zh-Hans', '<dl><dt>生效方式</dt><dd>安装后首次连接泰国网络时开始计算天数</dd></dl>')).toBe('first-connection');
    expect(start('en', "<p>Tip: installing early doesn't waste days – they only start counting once you're connected in the US.</p>")).toBe('first-connection');
    // A "usage date" counted from the first connection starts there.
    expect(start('zh-Hans', '<p>使用日期从首次连接日本网络开始计算。</p>')).toBe('first-connection');
  });

  it("reads a daily plan's slowdown as the day's, though the clause that slows it does not name the day", () => {
    const f = facts(page('en', '<p>Data: 2GB per day at full speed, unlimited</p><p>To keep the network fast for everybody, after 2GB at full speed the connection is slowed to 384 kbps.</p>', { title: 'Greece eSIM unlimited 7 days' }));
    expect(f.fairUse?.value).toEqual({ highSpeedGb: 2, per: 'day', throttledKbps: 384 });
  });

  // [page language, the plan's words, what the page says]
  type Case = ['en' | 'ja' | 'zh-Hans' | 'zh-Hant', string, string | undefined];
  const hears = (kind: keyof Facts, cases: Case[]) => {
    for (const [lang, html, want] of cases) expect(factOn(kind)(lang, html), html).toBe(want);
  };

  it('hears hotspot said with a scope, an aside in brackets, or a hedge in brackets after a plain yes', () => {
    hears('hotspot', [
      ['ja', '<dl><dt>テザリング</dt><dd>すべてのプランで利用可能</dd></dl>', 'yes'],
      ['zh-Hans', '<table><tr><th>个人热点</th><td>全部支持</td></tr></table>', 'yes'],
      ['en', '<table><tr><th>Hotspot</th><td>Supported (subject to local carrier policy)</td></tr></table>', 'yes'],
      ['en', '<p>Data tethering (using your phone as a Wi-Fi hotspot) is allowed on all packages.</p>', 'yes'],
      ['ja', '<p>テザリング(インターネット共有)は全プランでご利用いただけます。</p>', 'yes'],
      ['zh-Hant', '<p>各方案均可開啟手機熱點分享給同行的平板或筆電。</p>', 'yes'],
      // A hedge said outright still says neither.
      ['en', '<p>Hotspot works on most plans, subject to local carrier policy.</p>', undefined],
      ['ja', '<p>テザリングはご利用いただけません。</p>', 'no'],
    ]);
  });

  it('hears the start in the ways shops say it: days that advance, a start labelled as such, a clock that starts', () => {
    hears('validityStart', [
      ['en', '<p>Your plan starts when you connect in Europe.</p>', 'first-connection'],
      // Connecting to Wi-Fi to install is no first connection.
      ['en', '<p>Your plan starts when you connect to Wi-Fi and install it.</p>', 'install'],
      ['ja', '<p>中国本土で対応ネットワークに接続した瞬間から日数が進みます。</p>', 'first-connection'],
      ['ja', '<dl><dt>有効期間のスタート</dt><dd>アメリカで対応回線に接続したとき</dd></dl>', 'first-connection'],
      ['ja', '<p>有効期間は、対象国で最初にデータ通信を開始した日時から24時間単位で計算します。</p>', 'first-connection'],
      ['zh-Hans', '<p>套餐在 eSIM 抵达日本并首次连接当地网络后开始计时。</p>', 'first-connection'],
      ['zh-Hant', '<p>組合喺漫遊目的地啟用後先開始扣減。</p>', 'first-connection'],
    ]);
  });

  it('hears a "no", a fixed start date and a voice line with a Japanese number', () => {
    const f = facts(page('en', `<p>Tethering is not allowed on this plan.</p><p>Your plan runs from the start date you choose at checkout.</p>
      <p>Comes with a Japanese phone number for calls and SMS.</p><p>This plan is non-refundable.</p>`));
    expect(values(f)).toMatchObject({ hotspot: 'no', validityStart: 'fixed-date', number: 'voice', jpNumber: true, refund: 'never' });
  });

  it('a bare count in brackets is the rating under the reviews heading, not beside a store name', () => {
    expect(values(facts(page('ja', '<h2>カスタマーレビュー</h2><p><span>★★★★☆</span> 4.3(212件)</p>'))).rating).toEqual({ stars: 4.3, count: 212 });
    expect(values(facts(page('zh-Hans', '<h2>用户评价 <small>4.2 分 · 862 条评价</small></h2>'))).rating).toEqual({ stars: 4.2, count: 862 });
    expect(values(facts(page('ja', '<div><a href="/s">モバイルパーク</a> ★4.31(388件)</div>'))).rating).toBeUndefined();
    // Right under the product's title, where a shop shows the plan's own stars.
    const titled = `<html lang="ja"><head><title>インド eSIM</title></head><body><main><h1>インド eSIM データプラン</h1><p class="rv">★★★★☆ 4.1(57件)</p><p>¥1,580</p><button>購入</button></main></body></html>`;
    expect(values(facts(titled)).rating).toEqual({ stars: 4.1, count: 57 });
  });

  it('answers a question from the sentence after it, and reads the rating in JSON-LD', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Japan eSIM', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.8', reviewCount: '1,530' }, offers: { '@type': 'Offer', price: '25', priceCurrency: 'USD' } });
    const f = facts(page('en', `<h3>Can I use tethering?</h3><p>Yes, you can share data with your laptop.</p><script type="application/ld+json">${ld}</script>`));
    expect(values(f)).toMatchObject({ hotspot: 'yes', rating: { stars: 4.8, count: 1530 } });
  });
});

describe('traveller facts: 日本語', () => {
  it('reads each fact', () => {
    const f = facts(page('ja', `
      <p>データ：毎日2GBまで高速通信。2GBを超えた後は、その日の終わりまで最大384kbpsでご利用いただけます。</p>
      <p>韓国到着後、現地のネットワークに接続した時点から起算します。</p>
      <p>購入後90日以内に開通してください。</p>
      <p>データ通信専用です。音声通話・SMSはご利用いただけません。</p>
      <p>テザリング：対応</p>
      <p>ドコモ回線を利用します。</p>
      <p>開通前であればキャンセル・返金を承ります。</p>
      <div>★ 4.7</div><div>（2,145件のレビュー）</div>`, { title: '日本 eSIM 10GB 30日間' }), 'https://shop.example/jp/esim/japan');
    expect(values(f)).toEqual({
      fairUse: { highSpeedGb: 2, per: 'day', throttledKbps: 384 },
      validityStart: 'first-connection',
      activationWindowDays: 90,
      number: 'data-only',
      jpNumber: false,
      hotspot: 'yes',
      networks: ['docomo'],
      refund: 'before-install',
      rating: { stars: 4.7, count: 2145 },
    });
  });

  it('hears テザリング不可, インストール起算 and 返金不可, and a voice line with a Japanese number', () => {
    const f = facts(page('ja', '<p>テザリングはご利用いただけません。</p><p>インストールした時点から利用期間がカウントされます。</p><p>ご購入後のキャンセル・返品・返金はお受けできません。</p><p>音声通話付き、日本の電話番号（070/080/090）が付与されます。</p>', { title: '日本 eSIM 10GB 30日間' }));
    expect(values(f)).toMatchObject({ hotspot: 'no', validityStart: 'install', refund: 'never', number: 'voice', jpNumber: true });
  });

  it('does not take 5G for data, a menu for the plan, or a refund period for activation', () => {
    const f = facts(page('ja', '<p>5G対応エリアで高速通信。</p><p>返金は承認から30日以内に処理されます。</p>', { nav: '<a href="/guide">テザリングの使い方</a>', title: '日本 eSIM 10GB 30日間' }));
    expect(f.fairUse).toBeUndefined();
    expect(f.hotspot).toBeUndefined();
    expect(f.activationWindowDays).toBeUndefined();
  });
});

describe('traveller facts: 简体中文', () => {
  it('reads each fact', () => {
    const f = facts(page('zh-Hans', `
      <p>每日2GB高速流量，用完后降速至128kbps，次日恢复。</p>
      <p>有效期在 eSIM 首次连接日本网络时开始计算。</p>
      <p>请于购买后30天内激活。</p>
      <p>仅数据，不含电话号码。</p>
      <p>支持热点分享。</p>
      <p>由 SoftBank 提供 5G/4G 网络。</p>
      <p>本商品不退不换。</p>
      <div>★ 4.8 · 1,530 条评价</div>`, { title: '日本eSIM 10GB 30天' }), 'https://shop.example/cn/esim/japan');
    expect(values(f)).toEqual({
      fairUse: { highSpeedGb: 2, per: 'day', throttledKbps: 128 },
      validityStart: 'first-connection',
      activationWindowDays: 30,
      number: 'data-only',
      jpNumber: false,
      hotspot: 'yes',
      networks: ['softbank'],
      refund: 'never',
      rating: { stars: 4.8, count: 1530 },
    });
  });

  it('hears 不支持热点, 购买即开始计算 and 未安装可退款; 热点 in a menu is nothing', () => {
    const f = facts(page('zh-Hans', '<p>很抱歉，此套餐不支持个人热点共享。</p><p>本套餐的有效期从购买成功时开始计算。</p><p>尚未安装激活的 eSIM 均可申请全额退款。</p>', { title: '日本eSIM 10GB 30天' }));
    expect(values(f)).toMatchObject({ hotspot: 'no', validityStart: 'purchase', refund: 'before-install' });
    const g = facts(page('zh-Hans', '<p>覆盖日本全境，支持5G。</p>', { nav: '<a href="/help">热点怎么开</a>', title: '日本eSIM 10GB 30天' }));
    expect(g.hotspot).toBeUndefined();
    expect(g.fairUse).toBeUndefined();
  });
});

describe('traveller facts: 繁體中文', () => {
  it('reads each fact', () => {
    const f = facts(page('zh-Hant', `
      <p>每日 2GB 高速數據，用完後降速至 128kbps，隔天恢復。</p>
      <p>抵達日本後開啟數據漫遊、成功連上網路時開始計算天數。</p>
      <p>請於下單日起 30 天內開始使用。</p>
      <p>純上網方案，無電話號碼、無簡訊。</p>
      <p>可開熱點分享。</p>
      <p>使用 docomo 網路。</p>
      <p>QR 碼寄出後恕不退貨退款。</p>
      <div>4.7 ★（2,031則評價）</div>`, { title: '日本eSIM 10GB 30天' }), 'https://shop.example/tw/esim/japan');
    expect(values(f)).toEqual({
      fairUse: { highSpeedGb: 2, per: 'day', throttledKbps: 128 },
      validityStart: 'first-connection',
      activationWindowDays: 30,
      number: 'data-only',
      jpNumber: false,
      hotspot: 'yes',
      networks: ['docomo'],
      refund: 'never',
      rating: { stars: 4.7, count: 2031 },
    });
  });

  it('hears 不支援熱點 and 選擇使用日期; a 7-day refund period is not an activation window', () => {
    const f = facts(page('zh-Hant', '<p>本方案不支援熱點分享。</p><p>下單時請選擇使用日期。</p><p>購買後7天內可申請退款。</p>', { title: '日本eSIM 10GB 30天' }));
    expect(values(f)).toMatchObject({ hotspot: 'no', validityStart: 'fixed-date' });
    expect(f.activationWindowDays).toBeUndefined();
  });
});

describe('the window to activate in, in the words shops use (dev batch 24)', () => {
  const windowOn = factOn('activationWindowDays');
  it('has to be activated within, stays valid for, you have N days from the date of purchase to start', () => {
    expect(windowOn('en', '<p>The plan has to be activated within 30 days of purchase.</p>')).toBe(30);
    expect(windowOn('en', '<p>The QR code stays valid for 180 days after purchase.</p>')).toBe(180);
    expect(windowOn('en', '<p>You have 90 days from the date of purchase to start using the package.</p>')).toBe(90);
  });
  it('a few words between 「以内に」 and the step, and a refund in another item of a slash list', () => {
    expect(windowOn('ja', '<p>発行メールが届いてから30日以内に端末へダウンロードしてください。</p>')).toBe(30);
    expect(windowOn('ja', '<p>全プラン共通：テザリング可/ご購入日から180日以内に開通してください/QRコードを読み込む前であれば全額返金が可能です(購入後30日以内)。</p>')).toBe(180);
    // In one clause with the refund, the window stays the refund's.
    expect(windowOn('ja', '<p>購入から30日以内、インストール前であれば返金可。</p>')).toBeUndefined();
  });
});

describe('a number that is not Japanese, and another product named to switch to (dev batch 24)', () => {
  it('「日本の番号は含まれません」 beside a UK number with calls: voice, no Japanese number', () => {
    const f = facts(page('ja', '<p>電話番号：英国の携帯番号付き。英国内への通話100分・SMS100通を含みます。</p><p>日本の番号：このeSIMには日本の番号は含まれません。</p>'));
    expect(values(f)).toMatchObject({ number: 'voice', jpNumber: false });
  });
  it('"switch to our data-only eSIM" names another product', () => {
    expect(factOn('number')('zh-Hant', '<p>為什麼不能分享熱點？需要分享請改選我們的「美國純上網 eSIM」。</p>')).toBeUndefined();
  });
});

describe('networks the plan does not use (dev batch 24)', () => {
  const networksOn = factOn('networks');
  it('a carrier named as not used is left out, in three languages; EE before a Japanese particle is EE', () => {
    expect(networksOn('ja', '<p>回線 : T-Mobile / AT&amp;T</p><p>A. 当社eSIMはT-MobileとAT&amp;Tのネットワークを利用します。Verizon回線には接続しません。</p>')).toEqual(['t-mobile', 'at&t']);
    expect(networksOn('en', '<p>Network : T-Mobile / AT&amp;T. This plan does not use Verizon.</p>')).toEqual(['t-mobile', 'at&t']);
    expect(networksOn('ja', '<p>EEのネットワークで、イングランド全域をカバー。</p>')).toEqual(['ee']);
  });
});

describe('fair use of a month (dev batch 24)', () => {
  it('「翌月1日に回復」 is the first of next month, not a daily allowance', () => {
    expect(factOn('fairUse')('ja', '<p>速度制限 : その月の10GBを使い切ると、月末まで最大300kbpsになります(翌月1日に回復)</p>')).toEqual({ highSpeedGb: 10, per: 'total', throttledKbps: 300 });
  });
});

describe('a rating line in its other shapes (dev batch 24)', () => {
  const ratingOn = factOn('rating');
  it('the word before the count, the count before the stars, and a reviews heading that shows its summary', () => {
    expect(ratingOn('ja', '<p>★★★★☆ 4.3 レビュー540件</p>')).toEqual({ stars: 4.3, count: 540 });
    expect(ratingOn('zh-Hans', '<p>月销 3200+ · 累计评价 876 · ★★★★★ 4.9</p>')).toEqual({ stars: 4.9, count: 876 });
    expect(ratingOn('zh-Hans', '<h3>买家评价 <span>★★★★★</span> 4.9 分（876 条）</h3>')).toEqual({ stars: 4.9, count: 876 });
  });
});

describe('refunds, in the words shops use (dev batch 24)', () => {
  const refundOn = factOn('refund');
  it('before install, said as "not yet downloaded", "haven\'t installed", 「読み込む前であれば」', () => {
    expect(refundOn('en', '<p>Refunds : Full refund while the eSIM profile has not yet been downloaded to a device.</p>')).toBe('before-install');
    expect(refundOn('en', '<p>Refund : Full refund if you haven\'t installed the eSIM</p>')).toBe('before-install');
    expect(refundOn('ja', '<p>QRコードを読み込む前であればキャンセル・全額返金が可能です。</p>')).toBe('before-install');
  });
  it('never, said as "unable to cancel or refund … installed or not", 「返品・返金をお受けしておりません」, 「恕不接受取消或退款」, 「概不退款」', () => {
    expect(refundOn('en', '<p>Orders are final once payment succeeds. We are unable to cancel or refund any eSIM, installed or not.</p>')).toBe('never');
    expect(refundOn('ja', '<p>ご購入後はいかなる理由でも返品・返金をお受けしておりません。</p>')).toBe('never');
    expect(refundOn('zh-Hant', '<p>eSIM 一經下單即配發門號，恕不接受取消或退款。</p>')).toBe('never');
    // Unused days that cannot be cashed are leftovers, not the eSIM's refund.
    expect(refundOn('zh-Hans', '<p>数码商品，售出后概不退款。</p><p>未使用的天数也不能折现或退款。</p>')).toBe('never');
  });

  it('carriers whose names need a context (Dialog, Nova) are known beside Chinese words for "and" and "network"', () => {
    expect(factOn('networks')('zh-Hans', '<p>网络：Dialog 与 Mobitel 双网络</p>')).toEqual(['mobitel', 'dialog']);
    expect(factOn('networks')('zh-Hans', '<p>使用冰岛本地 Síminn 与 Nova 网络。</p>')).toEqual(['nova', 'siminn']);
    expect(factOn('networks')('zh-Hans', '<p>我们的客服对话（dialog）窗口 24 小时在线。</p>')).toBeUndefined();
  });

  it('a refusal for one cause (a phone that cannot use it, an expired or deleted eSIM, the billed month) is no rule on refunds', () => {
    expect(refundOn('zh-Hans', '<p>因设备不兼容导致无法使用的，恕不退款。</p>')).toBeUndefined();
    expect(refundOn('zh-Hans', '<p>须在购买后 30 天内安装，逾期 eSIM 作废且不予退款。</p>')).toBeUndefined();
    expect(refundOn('zh-Hant', '<p>因客戶疏失刪除的 eSIM 亦不予退款。</p>')).toBeUndefined();
    expect(refundOn('en', '<p>No refund is given if you deleted the eSIM.</p>')).toBeUndefined();
    expect(refundOn('zh-Hant', '<p>因客戶疏失刪除的 eSIM 亦不予退款。</p><p>本商品一經售出，恕不退款。</p>')).toBe('never');
  });
});

describe('when the days start, in the words shops use', () => {
  const startOn = factOn('validityStart');
  it('the first time the eSIM attaches or connects, past what does not start them ("not when you pay")', () => {
    expect(startOn('en', '<p>Your countdown begins the first time the eSIM attaches to a Japanese mobile network after you land, not when you pay and not when you scan the QR code at home.</p>')).toBe('first-connection');
    expect(startOn('en', '<p>Your days start counting the first time the eSIM connects to a New Zealand network, so installing early costs you nothing.</p>')).toBe('first-connection');
    expect(startOn('en', '<p>30 days, starting when the eSIM first connects to a partner network inside a covered country.</p>')).toBe('first-connection');
    expect(startOn('en', '<table><tr><th>When it starts</th><td>On first connection to T-Mobile in the USA</td></tr></table>')).toBe('first-connection');
    // A dash sets off the clause that says what does not start them.
    expect(startOn('en', '<p>When does the plan start? When your phone first connects to a supported network in Japan — not when you buy it.</p>')).toBe('first-connection');
  });

  it('not from the day you buy, and not the next cell of a spec row', () => {
    // What the days are not counted from is blanked, in the three languages; a colon ends that clause.
    expect(startOn('en', '<p>The days of your plan are counted from that moment, not from the day you buy.</p>')).toBeUndefined();
    expect(startOn('ja', '<p>日数は購入日ではなく、現地で初めて通信した日から数えます。</p>')).toBe('first-connection');
    expect(startOn('zh-Hans', '<p>套餐天数不是从付款那一刻开始算:手机到达日本、第一次连上当地网络的时候,7天倒计时才开始。</p>')).toBe('first-connection');
    // The buy button's 「購入」 three cells after 「有効期間」 is another column; the label cell's own value still counts.
    expect(startOn('ja', '<table><tr><th>プラン</th><th>有効期間</th><th>料金</th><th></th></tr><tr><td>1GB</td><td>7日</td><td>$4.90</td><td>購入</td></tr></table>')).toBeUndefined();
    expect(startOn('zh-Hans', '<table><tr><th>生效方式</th><td>安装后首次连接泰国网络时开始计算天数</td></tr></table>')).toBe('first-connection');
  });

  it('the profile landing on the phone, the first time the phone uses data, Cantonese 「開始計」 and a chosen arrival date', () => {
    expect(startOn('en', '<p>Start of validity : The countdown runs from the moment the profile is added to your phone.</p>')).toBe('install');
    expect(startOn('en', '<p>The 15 days are counted from the moment the eSIM profile lands on your phone.</p>')).toBe('install');
    expect(startOn('en', '<p>The package starts the first time your phone uses mobile data abroad, and the 30 days run from that moment.</p>')).toBe('first-connection');
    expect(startOn('zh-Hant', '<p>日數由 eSIM 喺泰國首次連接 AIS 網絡嗰刻開始計，唔係由購買或安裝開始。</p>')).toBe('first-connection');
    expect(startOn('zh-Hant', '<p>請選擇抵達美國的日期，系統會在該日 00:00 自動開通，天數即從這天開始計算，與安裝或第一次連線時間無關。</p>')).toBe('fixed-date');
    // 「由…引起」 is a cause, not a start.
    expect(startOn('zh-Hans', '<p>eSIM 一经成功安装，或问题由用户操作不当引起，恕不退款。</p>')).toBeUndefined();
  });

  it('a start date the buyer picks, in Cantonese, whatever the time of install', () => {
    expect(startOn('zh-Hant', '<p>※ 計劃會喺你揀嘅啟用日期 00:00（泰國時間）自動開始，連續 8 日，同你幾時安裝無關。</p>')).toBe('fixed-date');
  });
});

describe('a number for texts only, and hotspot, in the words shops use', () => {
  const numberOn = factOn('number');
  const hotspotOn = factOn('hotspot');
  it('data only, said beside a clause about the home SIM, as "internet-only", 「数据专用」 or 「電話番号 : 付きません」', () => {
    expect(numberOn('en', '<p>Every pack is data-only — there is no phone number, so keep your home SIM for calls.</p>')).toBe('data-only');
    expect(numberOn('en', '<p>All tariffs are internet-only: calls and SMS are not part of the package.</p>')).toBe('data-only');
    expect(numberOn('zh-Hans', '<table><tr><th>类型</th><td>数据专用（不支持语音通话、短信）</td></tr></table>')).toBe('data-only');
    expect(numberOn('ja', '<dl><dt>電話番号</dt><dd>付きません。</dd></dl>')).toBe('data-only');
    expect(numberOn('zh-Hans', '<p>本 eSIM 不能接听电话、收发短信。</p>')).toBe('data-only');
    // Minutes of calls, a number with calls, a number kept for calls and texts: voice.
    expect(numberOn('en', '<p>300 minutes of calls to other operators and 300 SMS.</p>')).toBe('voice');
    expect(numberOn('en', '<p>A UK mobile number, calls, texts and data on a rolling monthly plan.</p>')).toBe('voice');
    expect(numberOn('zh-Hans', '<p>保留新加坡 +65 号码，照常接听电话、收发短信。</p>')).toBe('voice');
    expect(numberOn('zh-Hant', '<p>原本的門號可保留通話與簡訊，但請關閉原卡的數據漫遊。</p>')).toBeUndefined();
    expect(factOn('jpNumber')('ja', '<p>アメリカの電話番号(+1)が付きます。米国内通話・SMS無制限。日本の番号ではありません。</p>')).toBe(false);
    // The home SIM's calls alone say nothing of this plan's number.
    expect(numberOn('en', '<p>Keep your home SIM for calls and texts while abroad.</p>')).toBeUndefined();
  });

  it('a local number for texts is SMS, though outgoing calls are not possible', () => {
    expect(numberOn('en', '<p>Local data with a Mexican +52 number that receives and sends text messages.</p>')).toBe('sms');
    expect(numberOn('ja', '<p>タイ eSIM｜＋66番号付き（SMS受信可）</p><p>音声通話の発信はできません。</p>')).toBe('sms');
    expect(numberOn('zh-Hans', '<p>泰国 +66 号码，可接收短信；不支持拨打/接听电话。</p><p>拨打电话请使用 LINE、微信等网络通话。</p>')).toBe('sms');
    // SMS only, said with the refused calls in the same sentence: the SMS phrase speaks first.
    expect(numberOn('ja', '<p>米国の電話番号が付きます。SMSの送受信のみ可能で、音声通話はできません。</p>')).toBe('sms');
    expect(numberOn('zh-Hant', '<p>附泰國當地門號，可收發簡訊（例如 Grab 驗證碼）</p>')).toBe('sms');
    expect(numberOn('zh-Hant', '<p>附香港流動號碼，可接收短訊</p>')).toBe('sms');
    // Cantonese: 淨數據, 冇…號碼; a number one can call from.
    expect(numberOn('zh-Hant', '<p>淨數據，冇韓國電話號碼，唔可以打電話或者收 SMS</p>')).toBe('data-only');
    expect(numberOn('zh-Hant', '<p>附 09 開頭台灣號碼，可以打本地電話同收 SMS 驗證碼。</p>')).toBe('voice');
    expect(numberOn('en', '<p>Calls &amp; text : Unlimited standard national calls and SMS to Australian numbers</p>')).toBe('voice');
    // Keeping the same number after a top-up names no voice line.
    expect(numberOn('zh-Hans', '<p>加购流量包后原有号码保持不变。</p>')).toBeUndefined();
  });

  it('hotspot permitted in a cell, shared through a personal hotspot, 「利用OK」, 「すべてのプランで利用できます」', () => {
    expect(hotspotOn('en', '<table><tr><td>Hotspot / tethering</td><td>Permitted</td></tr></table>')).toBe('yes');
    expect(hotspotOn('en', '<ul><li>Share data with a laptop or tablet through personal hotspot</li></ul>')).toBe('yes');
    expect(hotspotOn('ja', '<ul><li>テザリング（ホットスポット）利用OK。</li></ul>')).toBe('yes');
    expect(hotspotOn('ja', '<div><b>テザリング</b>すべてのプランで利用できます</div>')).toBe('yes');
    expect(hotspotOn('en', '<p>Tethering is fine on every plan. Share with your laptop on the train.</p>')).toBe('yes');
  });

  it('hotspot answered by the yes-or-no word beside it, unless it names which plans or says both', () => {
    expect(hotspotOn('ja', '<p>中国向けプランはテザリング（インターネット共有）に対応しておりません。</p>')).toBe('no');
    expect(hotspotOn('ja', '<dl><dt>テザリング</dt><dd>無料でご利用いただけます</dd></dl>')).toBe('yes');
    expect(hotspotOn('zh-Hant', '<p>本方案不支援熱點分享。</p>')).toBe('no');
    // Kept for one kind of plan; a dash in the cell; hedged.
    expect(hotspotOn('zh-Hant', '<p>熱點分享僅限「高速吃到飽」方案，其他方案不開放熱點。</p>')).toBeUndefined();
    expect(hotspotOn('zh-Hans', '<table><tr><td>热点共享</td><td>—</td></tr></table>')).toBeUndefined();
    expect(hotspotOn('zh-Hans', '<p>视机型与当地网络而定，本商品不保证热点分享功能。</p>')).toBeUndefined();
    // 「热点可能…」 is "may", not "can"; a cell after "热点 / 共享网络".
    expect(hotspotOn('zh-Hans', '<table><tr><td>热点 / 共享网络</td><td>不支持，开启个人热点可能会被运营商断网</td></tr></table>')).toBe('no');
  });
});

describe('fair use in more words', () => {
  it('"managed to", "capped at", "in a single day"', () => {
    const fair = (title: string, body: string) => facts(page('en', body, { title })).fairUse?.value;
    expect(fair('New Zealand eSIM unlimited 14 days', "<p>Fair Use Policy applies: once you've used 5GB in a single day your speed is managed to 2 Mbps until midnight.</p>")).toEqual({ highSpeedGb: 5, per: 'day', throttledKbps: 2000 });
    expect(fair('Japan data eSIM 20GB monthly', '<p>20GB of high-speed data each month.</p><p>After 20GB, speed is capped at 200 kbps until the next month starts.</p>')).toEqual({ highSpeedGb: 20, per: 'total', throttledKbps: 200 });
  });
});

describe('fair use: the plan\'s own allowance', () => {
  it('takes the plan\'s size where the clause lists every size, and hears 「速度会被压到」', () => {
    const fair = (lang: 'zh-Hant' | 'zh-Hans', title: string, body: string) => facts(page(lang, body, { title })).fairUse?.value;
    expect(fair('zh-Hant', '越南 eSIM 15GB 8天', '<p>・高速流量：依規格 5GB／10GB／15GB／30GB，高速流量用罄後降速至 128kbps，仍可傳訊息</p>')).toEqual({ highSpeedGb: 15, per: 'total', throttledKbps: 128 });
    expect(fair('zh-Hans', '韩国 eSIM 每日2GB 10天', '<p>当天的2GB用完后不会断网，速度会被压到1Mbps左右。</p>')).toEqual({ highSpeedGb: 2, per: 'day', throttledKbps: 1000 });
  });
});

describe('a refund rule said in parts', () => {
  const refundOn = factOn('refund');
  it('a refund on the uninstalled eSIM is before install; refused whatever its state is never', () => {
    expect(refundOn('en', "<p>Changed your mind? Bundles that haven't been installed can be refunded within 14 days.</p>")).toBe('before-install');
    expect(refundOn('ja', '<p>QRコードを読み込んでいない（インストール前の）場合に限り、返金を承ります。</p>')).toBe('before-install');
    expect(refundOn('ja', '<p>返金 : ご購入後の返金は、未使用・未インストールの場合を含め、いかなる場合もお受けしておりません。</p>')).toBe('never');
    expect(refundOn('en', "<p>eSIM packs are delivered instantly, so all sales are final and we're unable to refund a pack once it has been purchased.</p>")).toBe('never');
  });
  it('a refusal about something else says nothing of the plan', () => {
    expect(refundOn('en', "<p>If you delete the eSIM, we can't promise a refund of the data that is left.</p>")).toBeUndefined();
    expect(refundOn('ja', '<p>端末の仕様が原因で通信ができない場合、返金は行っておりません。</p>')).toBeUndefined();
    expect(refundOn('ja', '<p>未使用のデータ分の返金はできません。</p>')).toBeUndefined();
  });
});

describe('refunds in more of shops\' words', () => {
  const refundOn = factOn('refund');
  it('before install 「前に限り」, 「还没扫…可以退款」, 「未安装可退；安装后不退不换」; never 「一切応じられません」', () => {
    expect(refundOn('ja', '<p>eSIMのインストール前に限り、全額返金いたします</p>')).toBe('before-install');
    expect(refundOn('ja', '<p>QRコードの発行後は、未使用であってもキャンセル・返金には一切応じられません。</p>')).toBe('never');
    expect(refundOn('zh-Hans', '<p>二维码还没扫、没装进手机的，随时可以在订单里点退款；已经装上的就没法退了。</p>')).toBe('before-install');
    expect(refundOn('zh-Hans', '<table><tr><th>退款</th><td>二维码未安装可退；安装后不退不换</td></tr></table>')).toBe('before-install');
  });
});

describe('the page\'s rating', () => {
  const ratingOn = factOn('rating');
  it('reads schema.org microdata, and review words led by who wrote them (「用家評價」, 「点评」)', () => {
    expect(ratingOn('ja', '<div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">★★★★☆ <span itemprop="ratingValue">4.2</span> / 5 （<span itemprop="reviewCount">93</span>件）</div>')).toEqual({ stars: 4.2, count: 93 });
    // A review's own rating is not the product's; two different ratings (a grid's cards) say nothing of the page.
    const md = (v: string, n: string) => `<div itemprop="aggregateRating"><span itemprop="ratingValue">${v}</span> (<span itemprop="reviewCount">${n}</span>)</div>`;
    expect(ratingOn('en', `<div itemprop="review">${md('5', '1')}</div>`)).toBeUndefined();
    expect(ratingOn('en', `<div class="c">${md('4.5', '20')}</div><div class="c">${md('4.8', '31')}</div>`)).toBeUndefined();
    expect(ratingOn('zh-Hant', '<p class="rating">★★★★½ 4.6 分 · 532 個用家評價</p>')).toEqual({ stars: 4.6, count: 532 });
    expect(ratingOn('zh-Hans', '<div>★ 4.6分 · <a href="#rev">418条点评</a> · 已售 6800+</div>')).toEqual({ stars: 4.6, count: 418 });
  });

  it('different ratings on the cards of one grid are the cards\', and digits of a count are no stars', () => {
    const grid = '<div class="grid"><div class="c"><h3>Japan 5GB</h3><p>4.7 ★ · 8,905 reviews</p></div><div class="c"><h3>Japan 10GB</h3><p>4.5 ★ · 1,204 reviews</p></div></div>';
    expect(ratingOn('en', grid)).toBeUndefined();
    expect(ratingOn('en', '<div class="a"><p>4.3 out of 5 stars</p><p>812 ratings</p></div><div class="a"><p>$17.99</p></div><div class="a"><p>4.3 out of 5 · 812 global ratings</p></div>')).toEqual({ stars: 4.3, count: 812 });
  });
});

describe('the activation window in the words shops use', () => {
  const windowOn = factOn('activationWindowDays');
  it('a QR code scanned, used or downloaded within so many days, or days "to get it activated"', () => {
    expect(windowOn('en', '<p>The QR code must be scanned within 30 days of purchase.</p>')).toBe(30);
    expect(windowOn('en', '<p>The QR code itself can be used any time within 60 days of purchase.</p>')).toBe(60);
    expect(windowOn('en', '<p>Download the eSIM profile within 7 days of approval, or the QR code must be reissued.</p>')).toBe(7);
    expect(windowOn('en', '<p>You have 180 days from purchase to get it activated.</p>')).toBe(180);
    expect(windowOn('ja', '<p>eSIMプロファイルはご案内から7日以内にダウンロードしてください。</p>')).toBe(7);
    expect(windowOn('zh-Hans', '<table><tr><th>最晚启用</th><td>下单之日起 60 天内</td></tr></table>')).toBe(60);
    // A refund window beside the install condition is the refund's; twelve months are a year; more verbs and forms.
    expect(windowOn('ja', '<p>インストール・アクティベーション前であれば、購入から7日以内に返金または交換をご依頼いただけます。</p>')).toBeUndefined();
    expect(windowOn('en', '<p>Activation deadline : Install and activate within 12 months of purchase</p>')).toBe(365);
    expect(windowOn('en', '<p>Activation : Connect within 90 days of purchase or the validity starts automatically</p>')).toBe(90);
    expect(windowOn('en', '<dl><dt>Install before</dt><dd>30 days after purchase</dd></dl>')).toBe(30);
    expect(windowOn('zh-Hans', '<p>有效期从 eSIM 首次连接日本网络时开始计算；购买后 180 天内未连接的，订单自动失效。</p>')).toBe(180);
    // Using the data within the days is the validity, not a window to activate in.
    expect(windowOn('en', '<p>Use your 10GB within 30 days.</p>')).toBeUndefined();
  });
});

describe('data/lexicon.json › facts', () => {
  it('every phrase matches each of its examples', () => {
    const lex = lexicon();
    for (const [kind, list] of Object.entries(lex.facts.phrases)) {
      for (const p of list) {
        for (const ex of p.examples) {
          p.re.lastIndex = 0;
          expect(p.re.test(normalize(ex)), `${kind} ${p.id}: ${ex}`).toBe(true);
        }
      }
    }
    for (const c of lexiconData.facts.carriers) {
      for (const ex of c.examples) expect(new RegExp(c.pattern, 'i').test(normalize(ex)), `carrier ${c.id}: ${ex}`).toBe(true);
    }
  });

  it('has phrases in English, Japanese and Chinese for every fact', () => {
    const lex = lexicon();
    for (const [kind, list] of Object.entries(lex.facts.phrases)) {
      const langs = new Set(list.filter((p) => !['other', 'topic', 'not', 'fallback', 'regardless', 'precedes'].includes(p.value)).map((p) => p.lang));
      if (langs.has('any')) continue;
      expect([...langs].sort(), kind).toEqual(['en', 'ja', 'zh']);
    }
    expect(scriptOf('熱點')).toBe('zh');
  });
});

describe('networks a plan could have had (session 14, dev batches 14-31)', () => {
  const networksOn = factOn('networks');
  it('a brand written beside its group is the group: "Telefónica/O2", 「Telefónica（O2）」; alone it is itself', () => {
    expect(networksOn('en', '<table><tr><td>Networks</td><td>Orange, Vodafone, Telefónica/O2 (varies by country)</td></tr></table>')).toEqual(['orange', 'vodafone', 'telefonica']);
    expect(networksOn('ja', '<p>接続先：各国のOrange、Telefónica（O2）のネットワーク</p>')).toEqual(['orange', 'telefonica']);
    expect(networksOn('en', '<p>Network: O2 UK 5G</p>')).toEqual(['o2']);
  });
  it('in a picker of networks the chosen one is the plan\'s; the others, and a line that offers them, are not', () => {
    const picker = (checked: 'docomo' | 'au') => `
      <p>ドコモ回線とau回線から選べる月額制eSIMです。</p>
      <fieldset><legend>回線を選ぶ</legend>
        <label><input type="radio" name="line" ${checked === 'docomo' ? 'checked' : ''}> ドコモ回線(タイプD)</label>
        <label><input type="radio" name="line" ${checked === 'au' ? 'checked' : ''}> au回線(タイプA)</label>
      </fieldset>`;
    expect(networksOn('ja', picker('au'))).toEqual(['au']);
    expect(networksOn('ja', picker('docomo'))).toEqual(['docomo']);
    // Without a choice made, every network the page names for the plan stays.
    expect(networksOn('ja', '<p>ドコモ回線とau回線から選べる月額制eSIMです。</p>')).toEqual(['docomo', 'au']);
  });
});

describe('a carriers row in Japanese (dev batches 26-27)', () => {
  it('「通信事業者」 and 「接続先」 head a row of the plan\'s networks, however long', () => {
    const row = '<dl><dt>通信事業者</dt><dd>シンガポール:SIMBA、StarHub/マレーシア:DiGi、Celcom、Maxis、U Mobile/インドネシア:Telkomsel、XL</dd></dl>';
    expect(factOn('networks')('ja', row)).toEqual(['starhub', 'simba', 'maxis', 'celcom', 'digi', 'u mobile', 'telkomsel', 'xl']);
  });
});

describe("the buyer's own carrier is not the plan's network (dev batches 26-27)", () => {
  it('"keep your Singtel/StarHub/M1 line", 「原电信公司(如 Singtel、StarHub、M1)」 name the home line', () => {
    expect(factOn('networks')('en', '<table><tr><td>Networks in Japan</td><td>KDDI (au), SoftBank</td></tr></table><p>Data only: keep your Singtel/StarHub/M1 line for calls.</p>')).toEqual(['au', 'softbank']);
    expect(factOn('networks')('zh-Hans', '<p>网络 docomo 4G/5G</p><p>若手机为电信公司合约锁机,请先向原电信公司(如 Singtel、StarHub、M1)确认已解锁。</p>')).toEqual(['docomo']);
    // "Your Vodacom eSIM" is this plan's own carrier.
    expect(factOn('networks')('en', '<p>Your Vodacom eSIM, your bundle: runs on the Vodacom network.</p>')).toEqual(['vodacom']);
  });
});
