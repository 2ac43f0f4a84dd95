import { describe, expect, it } from 'vitest';
import { findCards } from '../../lib/classify/cards';
import { planFrom } from '../../lib/classify/plan';
import { readPageStatements } from '../../lib/classify/read';
import { toStatements } from '../../lib/classify/statements';
import { lexicon } from '../../lib/data/lexicon';
import { sentencesOf } from '../../lib/text/segment';
import { snap, verdict } from './helpers';

/** The steps between the reader and the decisions, each on a small page. */

const lex = lexicon();

describe('statements', () => {
  it('splits blocks into sentences once, Japanese and Chinese included, keeping decimals', () => {
    const s = toStatements(snap('<p>Data: 5.5 GB. Top up anytime! No contract.</p><p>チャージできます。期限は30日です。</p><p>支持充值。有效期7天。</p>'), lex);
    expect(s.filter((x) => x.source === 'body').map((x) => x.text)).toEqual([
      'Data: 5.5 GB.', 'Top up anytime!', 'No contract.', 'チャージできます。', '期限は30日です。', '支持充值。', '有效期7天。',
    ]);
  });

  it('a heading naming reviews or other products opens that region, up to the next heading outside its cards', () => {
    const s = toStatements(snap(`<div><h2>Good to know</h2><p>No top-ups.</p><h2>Customer reviews</h2><p>Wish I could recharge.</p>
      <h2>Other Japan plans</h2><div class="c"><h3>Japan 20 GB</h3><p>Rechargeable.</p></div><div class="c"><h3>Japan 50 GB</h3><p>Top-ups too.</p></div>
      <h2>FAQ</h2><p>Scan the QR code.</p></div>`), lex);
    const at = (t: string) => s.find((x) => x.text === t);
    expect(at('No top-ups.')?.weight).toBe(1);
    expect(at('Wish I could recharge.')).toBeUndefined();
    for (const t of ['Rechargeable.', 'Top-ups too.']) expect(at(t)?.region, t).toBe('aside');
    expect(at('Scan the QR code.')?.weight).toBe(1);
    // A section heading inside the section's own element ends with it: the buy box after the strip is the product's.
    const t = toStatements(snap(`<section><h2>Good to know</h2><p>Scan once.</p></section><section><h2>Customers also bought</h2><p>Korea 5GB rechargeable</p></section>
      <div class="buy"><p>Japan 10GB: add data any time</p></div>`), lex);
    expect(t.find((x) => x.text === 'Korea 5GB rechargeable')?.region).toBe('aside');
    expect(t.find((x) => x.text === 'Japan 10GB: add data any time')?.weight).toBe(1);
  });

  it('a block led by a label naming other services ("其他服务的申请条件(与本套餐无关) · …") is that strip, all its lines (dev batch 27)', () => {
    const s = toStatements(snap(`<main><h1>语音 eSIM 20GB 月租</h1><div class="box"><strong>其他服务的申请条件(与本套餐无关)</strong><br>
      · 数据专用 eSIM:不需要上传证件。<br>· 访日旅客预付 eSIM:一次性付款,套餐不支持追加流量。</div></main>`), lex);
    expect(s.find((x) => x.text.includes('不支持追加流量'))?.region).toBe('aside');
  });

  it('an "also viewed" box ends where its own element does: a later heading outside it is the page again (dev batch 27)', () => {
    const s = toStatements(snap(`<main><h1>日本 eSIM 每日3GB 5天</h1><div class="boxes"><div class="b"><h3>搭配購買</h3><p>旅平險 $180 起</p></div>
      <div class="b"><h3>看了此商品的人也看了</h3><p>韓國 5日每日2GB eSIM $299</p></div></div>
      <h3>商品介紹</h3><p>每天 3GB 高速。</p><h3>購買須知</h3><p>本商品皆無法延長使用天數或另外加購高速流量。</p></main>`), lex);
    const at = (t: string) => s.find((x) => x.text.includes(t));
    expect(at('韓國 5日每日2GB')?.region).toBe('aside');
    expect(at('皆無法延長')?.weight).toBe(1);
  });

  it('an "also bought" strip whose intro line comes before its cards is still the strip (review of session 14)', () => {
    const s = toStatements(snap(`<main><h1>Japan eSIM 10GB</h1><p>US$18</p><h2>Customers also bought</h2><p>Handpicked for you.</p>
      <div class="c"><h3>Korea 5GB</h3><p>Rechargeable anytime.</p></div><div class="c"><h3>Taiwan 3GB</h3><p>Top-ups too.</p></div></main>`), lex);
    expect(s.find((x) => x.text === 'Rechargeable anytime.')?.region).toBe('aside');
  });

  it('a reviews section ends at a heading in the next column, though that column brings sets of its own (dev batch 27)', () => {
    const s = toStatements(snap(`<div class="cols"><div class="col"><div class="box"><h2>Details</h2><h3>Validity</h3><p>Valid 15 days.</p>
      <h3>口コミ</h3><div class="rv">更新したらすぐ追加されました。</div><div class="rv">概ね満足です。</div></div></div>
      <div class="col"><div class="box"><h2>プランを選択</h2><div class="btns"><button aria-pressed="false">6GB</button><button aria-pressed="true">10GB</button></div>
      <p>データパッケージ 10GB ・ 15日間 ¥2,690</p></div><div class="box"><b>こちらもおすすめ</b></div></div></div>`), lex);
    const at = (t: string) => s.find((x) => x.text === t);
    expect(at('更新したらすぐ追加されました。')).toBeUndefined();
    expect(at('データパッケージ 10GB ・ 15日間 ¥2,690')?.weight).toBe(1);
  });

  it('keeps brackets with their sentence: an opening bracket starts the next one, a question mark inside them ends none', () => {
    expect(sentencesOf('日本で接続した時刻からカウントされます。「180日以内」は有効化の期限です。', 'ja')).toEqual([
      '日本で接続した時刻からカウントされます。', '「180日以内」は有効化の期限です。',
    ]);
    expect(sentencesOf('可以加值嗎?(僅限支援加值的方案)請見下表。', 'zh-Hant')).toEqual(['可以加值嗎?', '(僅限支援加值的方案)請見下表。']);
    expect(sentencesOf('Top-ups (is your plan one of them? see the list) are sold in the app. Thanks!', 'en')).toEqual([
      'Top-ups (is your plan one of them? see the list) are sold in the app.', 'Thanks!',
    ]);
  });

  it('ends a sentence before one that starts with a lower-case "eSIM" or "iPhone", not after an abbreviation', () => {
    expect(sentencesOf('Reloads are for our physical SIM cards only. eSIM packs are single-use.', 'en')).toEqual([
      'Reloads are for our physical SIM cards only.', 'eSIM packs are single-use.',
    ]);
    expect(sentencesOf('Works on approx. iPhone XS and later. Buy now.', 'en')).toEqual(['Works on approx. iPhone XS and later.', 'Buy now.']);
    expect(sentencesOf('Can I top up? No. eSIMs are single-use.', 'en')).toEqual(['Can I top up?', 'No.', 'eSIMs are single-use.']);
    expect(sentencesOf('Popular with the U.S. iPhone crowd.', 'en')).toEqual(['Popular with the U.S. iPhone crowd.']);
  });

  it('a quote signed with a name is a review, not a statement of the plan', () => {
    const s = toStatements(snap('<p>「希望以后能出充值功能」—— 小林</p><p>“Would love to top up next time!” — Mina K.</p><p>“Top-up” means adding data.</p>'), lex);
    expect(s.filter((x) => x.source === 'body').map((x) => x.text)).toEqual(['“Top-up” means adding data.']);
  });

  it('carries the nearest heading and links a question to the answer in the next block', () => {
    const s = toStatements(snap('<h2>Top-up</h2><p>Not available.</p><details><summary>Can I add data?</summary><p>No.</p></details>'), lex);
    const reply = s.find((x) => x.text === 'Not available.')!;
    expect(reply.heading).toBe('Top-up');
    const q = s.find((x) => x.text === 'Can I add data?')!;
    expect(q.question).toBe(true);
    expect(s[q.answer!].text).toBe('No.');
  });

  it('reads an FAQ row as its question and its answer, without the Q./A. letters', () => {
    const s = toStatements(snap('<dl><dt>Q. 可以加購嗎？</dt><dd>A. 不可以，本方案為單次使用。</dd></dl><table><tr><td>Can I top up?</td><td>No, buy a new eSIM.</td></tr></table>'), lex);
    const body = s.filter((x) => x.source === 'body');
    const q = body.find((x) => x.text === '可以加購嗎?')!;
    expect(q.question).toBe(true);
    expect(s[q.answer!].text).toBe('不可以,本方案為單次使用。');
    const en = body.find((x) => x.text === 'Can I top up?')!;
    expect(en.question).toBe(true);
    expect(s[en.answer!].text).toBe('No, buy a new eSIM.');
  });

  it('weighs chrome and promotions down', () => {
    const s = toStatements(snap('<div class="promo-bar">20% off today</div><main><h1>Japan eSIM</h1><p>Top up anytime</p><p>20% off your next data pack</p></main><aside><p>Other plans</p></aside>'), lex);
    const w = (t: string) => s.find((x) => x.text === t)?.weight;
    expect(w('Top up anytime')).toBe(1);
    expect(w('20% off your next data pack')).toBeLessThan(0.5);
    expect(w('Other plans')).toBe(0);
    expect(w('20% off today')).toBeUndefined();
  });

  it('reads a paragraph of a sale plan\'s rules at full weight: only a short line is a promotion', () => {
    const rules =
      'To keep this sale price, the QR code installs on one phone only, and top-ups are not available for this discounted plan.';
    const s = toStatements(snap(`<main><h1>Vietnam eSIM 10GB</h1><p>Flash sale: 30% off</p><p>${rules}</p></main>`), lex);
    const w = (t: string) => s.find((x) => x.text === t)?.weight;
    expect(w('Flash sale: 30% off')).toBeLessThan(0.5);
    expect(w(rules)).toBe(1);
  });
});

describe('the reader marks repeated items and the chosen option', () => {
  it('gives each card of a grid its own item of one set', () => {
    const s = snap('<div class="grid"><div class="card"><h3>1GB 7 days</h3><p>$5</p></div><div class="card"><h3>3GB 15 days</h3><p>$9</p></div></div>');
    const [a, b] = ['1GB 7 days', '3GB 15 days'].map((t) => s.blocks.find((x) => x.text === t)!.groups![0]);
    expect(a[0]).toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
  });

  it('does not count a lone element of the grid\'s kind that names no plan (an "About" column) as a card', () => {
    const s = snap(
      '<div class="row"><div class="col"><h3>1GB</h3><p>$5</p></div><div class="col"><h3>3GB</h3><p>$9</p></div><div class="col"><h3>5GB</h3><p>$12</p></div></div>' +
        '<div class="row2"><div class="col"><h2>About</h2><p>We sell eSIMs.</p></div></div>',
    );
    expect(s.blocks.find((x) => x.text === 'About')?.groups).toBeUndefined();
  });

  it('counts a lone card of the same kind in a later section as one more item of that set, but not a lone row', () => {
    const s = snap(
      '<h2>Day plans</h2><div class="grid"><div class="card"><h3>1GB 7 days</h3><p>$5</p></div><div class="card"><h3>3GB 15 days</h3><p>$9</p></div></div>' +
        '<h2>Monthly</h2><div class="row"><div class="card"><h3>10GB monthly</h3><p>$19/month</p></div></div>' +
        '<table><tr><td>Plan A</td></tr><tr><td>Plan B</td></tr></table><div><table><tr><td>Layout row</td></tr></table></div>',
    );
    const g = (t: string) => s.blocks.find((x) => x.text === t)!.groups;
    const [a, c] = [g('1GB 7 days')![0], g('10GB monthly')![0]];
    expect(c[0]).toBe(a[0]);
    expect(c[1]).toBe(2);
    expect(g('Layout row')).toBeUndefined();
  });

  it.each([
    ['aria-checked', '<div role="radiogroup"><button role="radio" aria-checked="false">3 days</button><button role="radio" aria-checked="true">7 days</button></div>'],
    ['a class with a state', '<ul><li class="opt">3 days</li><li class="opt is-active">7 days</li></ul>'],
    ['a checked radio in its label', '<div><label><input type="radio" name="d"> 3 days</label><label><input type="radio" name="d" checked> 7 days</label></div>'],
    ['a selected option', '<select><option>3 days</option><option selected>7 days</option></select>'],
    ['an inline option', '<p><span class="o">3 days</span><span class="o on">7 days</span></p>'],
  ])('by %s', (_, html) => {
    const chosen = snap(html).blocks.filter((b) => b.selected).map((b) => b.text);
    expect(chosen).toEqual(['7 days']);
  });

  it('does not mark a whole active tab panel as the chosen option', () => {
    const s = snap('<div class="tab-panel active"><ul><li>1GB $5</li><li>3GB $9</li></ul></div>');
    expect(s.blocks.filter((b) => b.selected)).toEqual([]);
  });

  it('reads a table value cell with its column header and skips struck-through prices', () => {
    const s = snap('<table><tr><th>Plan</th><th>Price</th><th>Top-up</th></tr><tr><td>Japan 5GB 7 days</td><td><s>$12</s> $9</td><td>×</td></tr></table>');
    expect(s.blocks.map((b) => b.text)).toContain('Japan 5GB 7 days : Price : $9 : Top-up : ×');
  });
});

describe('plan cards', () => {
  const cardsOf = (html: string) => findCards(readPageStatements(snap(html), lex))?.cards.map((c) => c.heading.st.text);
  it('finds the cards that each name a plan, in every set that has them', () => {
    expect(
      cardsOf(`<main><h1>Japan eSIM plans</h1>
        <section><div class="c"><h3>1GB · 7 days</h3><p>$5</p></div><div class="c"><h3>3GB · 15 days</h3><p>$9</p></div></section>
        <section><div class="m"><h3>20GB monthly</h3><p>$25/month</p></div><div class="m"><h3>50GB monthly</h3><p>$35/month</p></div></section></main>`),
    ).toEqual(['1GB · 7 days', '3GB · 15 days', '20GB monthly', '50GB monthly']);
  });

  it('the sizes of a card\'s top-ups do not make it look like a whole picker', () => {
    expect(
      cardsOf(`<main><h1>Japan eSIM plans</h1><div class="grid">
        <div class="c"><h3>10GB · 8 days</h3><p>¥55</p></div>
        <div class="c"><h3>20GB · 15 days</h3><p>¥88</p><p>Add a 1GB or 3GB pack to this eSIM any time.</p></div>
        <div class="c"><h3>Unlimited · 30 days</h3><p>¥159</p><p>Extend by 7 or 15 days before it expires.</p></div></div></main>`),
    ).toEqual(['10GB · 8 days', '20GB · 15 days', 'Unlimited · 30 days']);
    // A priced top-up line still counts: the page's sections (the plan, its FAQ with "buy a 1-day pass for $15 or
    // another 10-day pass") are not two cards.
    expect(
      cardsOf(`<main><section><h1>Travel eSIM 10-day pass</h1><p>HK$98 / 10 days</p></section>
        <section><h2>FAQ</h2><p>After the 10 days, top up in the app: a 1-day pass for $15 or another 10-day pass.</p><p>The number stays valid for 180 days.</p></section></main>`),
    ).toBeUndefined();
  });

  it('a lone plan in a section of its own beside the grid is one more card; a section without a plan is not', () => {
    expect(
      cardsOf(`<main><h1>Japan eSIM plans</h1>
        <section><div class="c"><h3>1GB · 7 days</h3><p>$5</p></div><div class="c"><h3>3GB · 15 days</h3><p>$9</p></div></section>
        <section class="flex"><h2>Japan Monthly 20GB</h2><p>Renews every month until you cancel.</p><p>$25/month</p></section>
        <section><h2>How much is an extension?</h2><p>7 more days for $5.</p></section></main>`),
    ).toEqual(['1GB · 7 days', '3GB · 15 days', 'Japan Monthly 20GB']);
  });

  it('the page\'s own title is never one more lone card: a plan that compares itself with other offers is no listing', () => {
    expect(
      cardsOf(`<main><h1>Europe eSIM 10GB · 365 days</h1><p>10GB of data, valid 365 days. US$15</p><button>Buy now</button>
        <table><tr><td>Usual 30-day Europe plan</td><td>10GB about $16, data lost after 30 days</td></tr>
        <tr><td>Our plan</td><td>10GB $15, use it all year</td></tr></table></main>`),
    ).toEqual(['Usual 30-day Europe plan : 10GB about $16, data lost after 30 days', 'Our plan : 10GB $15, use it all year']);
  });

  it('a title that names only what every card shares ("5 days") names the family: the page is a listing', () => {
    const v = verdict(`<html><head><title>Japan eSIM 5-day plans</title></head><body><main><h1>Japan plans (5 days)</h1>
      <div class="c"><h3>Unlimited · 5 days</h3><p>NT$850</p></div><div class="c"><h3>1GB a day · 5 days</h3><p>NT$390</p></div>
      <div class="c"><h3>500MB a day · 5 days</h3><p>NT$290</p></div></main></body></html>`);
    expect(v.listing?.plans).toBe(3);
    expect(v.plan.validityDays).toBe(5);
    expect(v.plan.price).toBeUndefined();
  });

  it('a title that sums up the range ("2GB a day · unlimited") names facts of different cards: the page is a listing', () => {
    const page = (title: string) => verdict(`<html><head><title>${title}</title></head><body><main><h1>${title}</h1>
      <div class="c"><h3>日本 毎日2GB × 5日間</h3><p>¥1,900</p></div><div class="c"><h3>日本 合計15GB × 15日間</h3><p>¥3,900</p></div>
      <div class="c"><h3>日本 データ無制限 × 7日間</h3><p>¥4,500</p></div></main></body></html>`);
    expect(page('日本eSIM 料金プラン|毎日2GB・合計容量・無制限').listing?.plans).toBe(3);
    // A title naming one card's plan whole is that plan's page, the grid beside it other offers; so is a title of
    // data and days over a cross-sell grid whose cards each share one of them.
    expect(page('日本eSIM 毎日2GB 5日間').listing).toBeUndefined();
    const single = verdict(`<html><head><title>Japan eSIM 10GB 30 days</title></head><body><main><h1>Japan eSIM 10GB 30 days</h1><p>US$25</p>
      <button>Buy now</button><div class="c"><h3>Japan 10GB 7 days</h3><p>US$12</p></div><div class="c"><h3>Japan 5GB 30 days</h3><p>US$15</p></div></main></body></html>`);
    expect(single.listing).toBeUndefined();
    expect(single.plan.price).toBe(25);
  });

  it('a title that lists lengths ("1天/10天/30天") names the choice offered: the page is a listing', () => {
    const page = (title: string) => verdict(`<html><head><title>${title}</title></head><body><main><h1>${title}</h1>
      <div class="c"><h3>美国 1天通行证 · 2GB</h3><p>¥15</p></div><div class="c"><h3>美国 10天通行证 · 5GB</h3><p>¥69</p></div>
      <div class="c"><h3>美国 30天通行证 · 15GB</h3><p>¥139</p></div></main></body></html>`);
    expect(page('美国 eSIM 通行证 T-Mobile 网络 1天/10天/30天').listing?.plans).toBe(3);
    expect(page('美国 eSIM 通行证 10天 5GB').listing).toBeUndefined();
  });

  it('a fact every card states alike is the listing\'s; one the cards differ on is not', () => {
    const v = verdict(`<html><head><title>Japan eSIM plans</title></head><body><main><h1>Japan eSIM plans</h1>
      <div class="c"><h3>3GB · 7 days</h3><p>Hotspot allowed</p><p>Data only</p><p>$6</p></div>
      <div class="c"><h3>10GB · 30 days</h3><p>Hotspot allowed</p><p>$15</p></div></main></body></html>`);
    expect(v.listing?.plans).toBe(2);
    expect(v.facts?.hotspot?.value).toBe('yes');
    expect(v.facts?.number).toBeUndefined();
    // The title names every card's network, each card its own: the page has none of its own, the cards keep theirs.
    const nets = verdict(`<html><head><title>Thailand eSIM plans · AIS, TrueMove H and dtac networks</title></head><body><main><h1>Thailand eSIM plans</h1>
      <div class="c"><h3>8 days unlimited (AIS)</h3><p>Network: AIS</p><p>$12</p></div>
      <div class="c"><h3>30 days 50GB (dtac)</h3><p>Network: dtac</p><p>$25</p></div></main></body></html>`);
    expect(nets.facts?.networks).toBeUndefined();
    expect(nets.listing?.cards?.map((c) => c.facts?.networks?.value)).toEqual([['ais'], ['dtac']]);
    // Every card names the same networks: they are the page's, though a sentence beside them names others.
    const same = verdict(`<html><head><title>Turkey eSIM plans</title></head><body><main><h1>Turkey eSIM plans</h1>
      <div class="c"><h3>5GB · 7 days</h3><p>Network: Turkcell / Vodafone TR</p><p>S$9</p></div>
      <div class="c"><h3>20GB · 30 days</h3><p>Network: Turkcell / Vodafone TR</p><p>S$25</p></div>
      <p>Our top-up page is for Singtel and StarHub prepaid networks only.</p></main></body></html>`);
    expect([...(same.facts?.networks?.value ?? [])].sort()).toEqual(['turkcell', 'vodafone']);
  });

  it('does not take the rows of a spec table or a section holding a whole picker for cards', () => {
    expect(
      cardsOf(`<dl><dt>Monthly fee</dt><dd>¥4,730/month</dd><dt>Data</dt><dd>25GB</dd><dt>Extra data</dt><dd>1GB for ¥1,100</dd>
        <dt>Minimum term</dt><dd>12 months</dd><dt>Payment</dt><dd>Card</dd></dl>`),
    ).toBeUndefined();
  });
});

describe('plan facts', () => {
  it('reads a shared symbol as the currency the page prices in: its microdata, the one dollar it names, its own ¥ prices', () => {
    const plan = (lang: string, body: string) =>
      verdict(`<html lang="${lang}"><head><title>Europe eSIM 20GB 30 days</title></head><body><h1>Europe eSIM 20GB 30 days</h1>${body}<button>Buy now</button></body></html>`).plan;
    expect(plan('zh-Hant', '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">$<span itemprop="price">890</span><meta itemprop="priceCurrency" content="TWD"></div>')).toMatchObject({ price: 890, currency: 'TWD' });
    // NZ$ named once, the picker's options in bare $; an approximate US$ conversion does not count.
    expect(plan('en', '<ul><li class="o">5GB $19</li><li class="o selected">15GB $35</li></ul><p>NZ$35.00 · Includes GST · ≈ US$21</p>')).toMatchObject({ price: 35, currency: 'NZD' });
    // A four-figure ¥ in a cross-sell strip is not this page's yen.
    expect(plan('zh-Hans', '<p>¥109</p><h2>猜你喜欢</h2><div><p>瑞士通票 Swiss Travel Pass ¥1,980</p></div>')).toMatchObject({ price: 109, currency: 'CNY' });
  });

  it('prefers the selected option to the first and to the JSON-LD low price', () => {
    const v = verdict(`<html><head><title>Japan eSIM | Shop</title>
      <script type="application/ld+json">{"@type":"Product","name":"Japan eSIM","offers":{"@type":"AggregateOffer","lowPrice":5,"highPrice":29,"priceCurrency":"USD"}}</script></head>
      <body><h1>Japan eSIM</h1><ul><li class="opt">1GB / 3 days $5</li><li class="opt selected">10GB / 15 days $19</li><li class="opt">20GB / 30 days $29</li></ul><button>Buy now</button></body></html>`);
    expect(v.plan).toMatchObject({ dataGb: 10, validityDays: 15, price: 19, currency: 'USD' });
  });

  it('takes no validity from an activation, refund or delivery window', () => {
    const v = verdict('<h1>Japan eSIM 5GB</h1><p>US$9.00</p><p>Activate within 180 days of purchase. 30-day money-back guarantee. Delivered in 2 days.</p><button>Buy now</button>');
    expect(v.plan.validityDays).toBeUndefined();
  });

  it('reads the plan from readings in order of trust', () => {
    const rs = readPageStatements(snap('<h1>Korea eSIM</h1><p>Valid for 10 days</p><p>5GB of data</p><p>$12</p>'), lex);
    const body = rs.filter((r) => r.st.source === 'body');
    expect(planFrom({ ordered: body, trusted: new Set() }).plan).toEqual({ dataGb: 5, validityDays: 10, price: 12, currency: 'USD' });
  });
});

describe('a lone card in the verdict', () => {
  it('has no place for a chip and the verdict still parses', async () => {
    const { VerdictSchema } = await import('../../lib/classify/verdict');
    const v = verdict(`<html><head><title>Japan eSIM plans</title></head><body><main><h1>Japan eSIM plans</h1>
      <section><div class="c"><h3>1GB · 7 days</h3><p>$5</p></div><div class="c"><h3>3GB · 15 days</h3><p>$9</p></div></section>
      <section class="flex"><h2>Japan Monthly 20GB</h2><p>Renews every month until you cancel.</p><p>$25/month</p></section></main></body></html>`);
    const lone = v.listing?.cards?.find((c) => c.heading === 'Japan Monthly 20GB');
    expect(lone?.at).toBeUndefined();
    expect(lone?.term.value).toBe('contract');
    expect(VerdictSchema.safeParse(v).success).toBe(true);
  });
});

describe('an article is no product', () => {
  const guide = `<html><head><title>How an eSIM works and how to choose one for Japan</title></head><body><main><h1>How to choose a Japan eSIM</h1>
    <p>We compared plans: 10GB for 30 days costs about $20.</p><a class="btn" href="https://shop.example/japan">Buy now</a></main></body></html>`;
  it('whose last path segment is a guide\'s slug ("…-guide", "…-comparison")', () => {
    expect(verdict(guide, 'https://travel.example/travel-tech/esim-japan-guide').isEsimProduct).toBe(false);
  });
  it('but a shop whose path only passes through such a word still sells its plan', () => {
    const plan = guide.replace('How an eSIM works and how to choose one for Japan', 'Japan eSIM 10GB 30 days').replace('How to choose a Japan eSIM', 'Japan eSIM 10GB / 30 days');
    expect(verdict(plan, 'https://sites.example/view/simpoint-english-guide/plans/data-esim-10gb').isEsimProduct).toBe(true);
  });
});

describe('not an eSIM plan for sale', () => {
  const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}<button>Book now</button></main></body></html>`;
  it('a rented hotspot device, though the page mentions eSIMs and prices', () => {
    expect(verdict(page('Rent a 4G/5G Mobile Hotspot for Your USA Trip', '<p>No eSIM needed: unlimited data for $9.95 a day.</p>')).isEsimProduct).toBe(false);
  });
  it('a title asking which of several options to choose is an article', () => {
    const body = '<table><tr><td>Europe IR pack</td><td>10 days</td><td>₹2,997</td></tr><tr><td>Global IR pack</td><td>30 days</td><td>₹4,499</td></tr></table><p>A travel eSIM costs less.</p>';
    expect(verdict(page('International roaming from India in 2026: IR pack, travel eSIM or local SIM?', body)).isEsimProduct).toBe(false);
    const zh = '<html><head><title>出国上网用漫游还是 eSIM?</title></head><body><main><h1>出国上网用漫游还是 eSIM?</h1><p>日本 eSIM 10GB 只要 ¥59，漫游一天 ¥25。</p></main></body></html>';
    expect(verdict(zh).isEsimProduct).toBe(false);
  });
  it('a shop comparing its own plans in a table sells them; "6 plans compared" from several shops is an article', () => {
    const table = (title: string) => verdict(`<html><head><title>${title}</title></head><body><main><h1>${title}</h1><table>
      <tr><th>Plan</th><th>Data</th><th>Price</th></tr>
      <tr><th scope="row">Japan 3GB · 7 days</th><td>3 GB</td><td>S$7.90</td></tr>
      <tr><th scope="row">Japan 10GB · 15 days</th><td>10 GB</td><td>S$17.90</td></tr>
      <tr><th scope="row">Japan Unlimited · 5 days</th><td>Unlimited</td><td>S$19.90</td></tr></table></main></body></html>`);
    expect(table('Japan eSIM plans compared side by side').isEsimProduct).toBe(true);
    expect(table('外遊數據 eSIM 計劃比較').isEsimProduct).toBe(true);
    expect(table('Best Japan eSIMs in 2026: 6 Plans Compared').isEsimProduct).toBe(false);
  });
  it("a carrier's roaming rates for the buyer's own number, though they name eSIM phones; an eSIM title free of roaming fees still sells", () => {
    const body = '<p>无需换卡，也无需另装 eSIM。</p><table><tr><td>日本 5 天包</td><td>3GB，60 元</td></tr></table><p>支持 eSIM 的手机同样适用。</p>';
    expect(verdict(page('日本 国际漫游资费 - 和风移动', body)).isEsimProduct).toBe(false);
    expect(verdict(page('Japan roaming rates', '<p>Use your own number in Japan. Works on eSIM phones. Day pass 3GB $10.</p>')).isEsimProduct).toBe(false);
    expect(verdict(page('日本 eSIM 3GB 5天 免国际漫游费', '<p>¥39</p>')).isEsimProduct).toBe(true);
  });
});

describe('an answer is about what its question asks of', () => {
  it('the answer to a question about another product speaks of that product, unless one of them names an eSIM', () => {
    const page = (faq: string) => `<h1>Japan eSIM 10GB 15 days</h1><p>US$18</p><button>Buy now</button><h2>FAQ</h2>${faq}`;
    expect(verdict(page('<h3>Renting a pocket Wi-Fi instead?</h3><p>Routers can be recharged at the airport desk.</p>')).topUp.value).toBe('unknown');
    expect(verdict(page('<h3>Renting a pocket Wi-Fi instead?</h3><p>Our eSIM can be recharged too, in the app.</p>')).topUp.value).toBe('yes');
  });
});

describe('a statement about the list next to it', () => {
  const page = (body: string) => `<h1>Japan eSIM 10GB 15 days</h1><p>US$18</p><button>Buy now</button>${body}`;
  it('gives the items above it its polarity ("none of the above", 「以上均無法辦理」, 「上記はいずれも…できません」)', () => {
    const en = verdict(page('<ul><li>Extending the validity</li><li>Adding more data</li></ul><p>None of the above is possible once the QR code is issued.</p>'));
    expect(en.topUp.value).toBe('no');
    // The quote carries the item and the statement that says no to it.
    expect(en.topUp.evidence[0]).toContain('None of the above');
    expect(verdict(page('<p>下列事項：</p><ul><li>延長使用天數</li><li>追加高速流量</li></ul><p>以上均無法辦理。</p>')).topUp.value).toBe('no');
    expect(verdict(page('<ul><li>利用日数の延長</li><li>データ容量の追加チャージ</li></ul><p>上記はいずれもお受けできません。</p>')).topUp.value).toBe('no');
  });

  it('gives the items below a lead-in ending in a colon its polarity, yes as well as no', () => {
    expect(verdict(page('<p>The following cannot be changed after purchase:</p><ul><li>Top-ups of data</li><li>Extensions of the days</li></ul>')).topUp.value).toBe('no');
    expect(verdict(page('<p>以下服务均可在订单页办理：</p><ul><li>加购流量包</li><li>延长使用天数</li></ul>')).topUp.value).toBe('yes');
  });

  it('leaves a list alone when the statement is not next to it, or an item says its own yes or no', () => {
    // A paragraph between the list and "none of the above": it refers to that paragraph, not the list.
    expect(verdict(page('<ul><li>Adding more data</li><li>Extending the days</li></ul><p>Scan the QR code on arrival.</p><p>None of the above is possible.</p>')).topUp.value).not.toBe('no');
    expect(verdict(page('<ul><li>Adding more data: available in the app</li><li>Changing the country</li></ul><p>None of the above is possible after installation.</p>')).topUp.value).toBe('yes');
  });
});

describe('top-up said in roundabout words (dev batch 23)', () => {
  const page = (body: string, lang = 'en') => `<html lang="${lang}"><body><h1>Japan eSIM 10GB 15 days</h1><p>US$18</p><button>Buy now</button>${body}</body></html>`;
  it('a refusal at the end of a long clause: "…isn\'t something we\'re able to do", "none of the packs above can be…"', () => {
    expect(verdict(page('<p>You can check your remaining days in the app, but adding days, topping up data or switching packs once it has started isn\'t something we\'re able to do.</p>')).topUp.value).toBe('no');
    expect(verdict(page('<p>eSIM packs are single-use: none of the Thailand eSIM packs above can be reloaded or have days added.</p>')).topUp.value).toBe('no');
  });
  it('a reload on the line the traveller already has is a top-up of this eSIM', () => {
    expect(verdict(page('<p>Open this order and tap Reload this eSIM. Pick an amount and it\'s added to the line you already have.</p>')).topUp.value).toBe('yes');
    expect(verdict(page('<p>在这张 eSIM 下点「续充」，选好流量包付款即可，原来的 eSIM 继续用。</p>', 'zh-Hans')).topUp.value).toBe('yes');
  });
  it('a recharge kept for the physical stored-value card, a new eSIM to buy, and a store wallet are not top-ups of this plan', () => {
    expect(verdict(page('<p>增值服務只適用於我哋嘅「台灣實體儲值卡」，可以喺「儲值卡增值」頁面加值延長。</p><p>eSIM 版本一到期就會自動停止，需要繼續用就要另外買一張新嘅台灣 eSIM。</p>', 'zh-HK')).topUp.value).toBe('no');
    // 「繼續用」 is going on using it, not a renewal (續用).
    expect(verdict(page('<p>降速後仍可繼續用 LINE 文字訊息。</p>', 'zh-Hant')).topUp.value).toBe('unknown');
    // The shop's wallet credit is a way to pay; that it never becomes data says nothing of the plan.
    expect(verdict(page('<p>會員「儲值金」僅作為本站購物付款使用，儲值金不能轉換成流量，也不會加到 eSIM 上。</p>', 'zh-Hant')).topUp.value).toBe('unknown');
  });
});

describe('money kept for paying is no data (dev batch 24)', () => {
  const page = (body: string, lang = 'en') => `<html lang="${lang}"><body><h1>Japan eSIM 10GB 15 days</h1><p>US$18</p><button>Buy now</button>${body}</body></html>`;
  it('a wallet, points, a gift card or a transport card topped up is not this plan topped up', () => {
    expect(verdict(page('<p>T-money 交通卡可在便利商店儲值，與 eSIM 無關。</p>', 'zh-Hant')).topUp.value).toBe('unknown');
    expect(verdict(page('<p>用于星洲钱包余额及新加坡预付卡话费充值。</p><p>钱包 Top-up 任意金额送 5% 回赠。</p>', 'zh-Hans')).topUp.value).toBe('unknown');
    expect(verdict(page('<p>ギフトカード残高チャージ</p><p>ポイントチャージはマイアカウントから。</p>', 'ja')).topUp.value).toBe('unknown');
    // A balance topped up first, then a data pack bought for this eSIM: the second clause is the plan's top-up.
    expect(verdict(page('<p>登录 App,先为账户余额充值,再为这张 eSIM 续购流量包即可。</p>', 'zh-Hans')).topUp.value).toBe('yes');
  });
  it('a button named in brackets is no promotion, "this same eSIM" is the plan, and buying data is no top-up', () => {
    // 「クーポン」 inside the name of a member-page button does not make the answer a promotion line.
    expect(verdict(page('<details><summary>月の途中でデータが足りなくなったら?</summary><p>会員ページの「データ追加(クーポンチャージ)」から、同じeSIMにすぐ追加できます。</p></details>', 'ja')).topUp.value).toBe('yes');
    expect(verdict(page('<p>Open the app and tap "Reset allowance" to load a fresh 1GB onto this same eSIM right away.</p>')).topUp.value).toBe('yes');
    expect(verdict(page('<p>Roaming is dear once you cross the border: buy data at a fixed price instead, and keep your number.</p>')).topUp.value).toBe('unknown');
  });
  it('a sentence that asks rather than states ("whether … depends on each plan") weighs next to nothing', () => {
    expect(verdict(page('<h3>General note on top-ups</h3><p>Whether extra data can be added depends on each plan and its network.</p>')).topUp.value).toBe('unknown');
  });
  it('every sentence of an answer to a question about the wallet is about the wallet', () => {
    const faq = '<dl><dt>What is the Pueblo Wallet?</dt><dd>A prepaid balance in your account. You can recharge it with a card and spend it on any future plan.</dd></dl>';
    expect(verdict(page(faq)).topUp.value).toBe('unknown');
  });
  it('a refusal set off by an aside, a fresh eSIM to grab, and extra gigabytes', () => {
    expect(verdict(page("<p>Once an order is placed, extending the validity or adding more data are, we're sorry to say, not things we are able to offer.</p>")).topUp.value).toBe('no');
    expect(verdict(page("<p>Extra gigabytes can't be loaded onto an eSIM that's already in use.</p>")).topUp.value).toBe('no');
    expect(verdict(page('<p>如果 10GB 未夠用點算？請另購一張新的加拿大 eSIM。</p>', 'zh-HK')).topUp.value).toBe('no');
  });
});

describe('listing cards of dev batch 24', () => {
  const card = (title: string, spec: string[], price: string, note = '', cls = 'plan-card') =>
    `<article class="${cls}"><h3>${title}</h3><ul>${spec.map((x) => `<li>${x}</li>`).join('')}</ul><p>${price}</p>${note ? `<p>${note}</p>` : ''}<a href="#">立即购买</a></article>`;
  const grid = (cards: string[], after = '', lang = 'zh-Hans') =>
    `<html lang="${lang}"><body><h1>日本 eSIM 套餐</h1><div class="grid">${cards.join('')}</div>${after}</body></html>`;
  const topUps = (html: string) => Object.fromEntries(verdict(html).listing?.cards?.map((c) => [c.heading, c.topUp.value]) ?? []);
  it('an unlimited card whose slowdown names an allowance is still one plan, and a page rule for the series governs it', () => {
    const html = grid([
      card('日本 3GB 5天', ['流量：共 3GB 高速', '天数：5 天'], '¥29', '支持在同一张 eSIM 上加购 1GB 加油包'),
      card('日本 不限量 10天', ['流量：不限量（公平使用：每日前 5GB 高速）', '天数：10 天', '当日超过 5GB 后降至 1Mbps'], '¥99'),
      card('日本 不限量 15天 Plus', ['流量：不限量', '天数：15 天'], '¥139', '本款例外：到期前可在原 eSIM 上续天，每次 +5 天'),
    ], '<p>不限量套餐：不限量系列一律不支持加购或续费。</p>');
    expect(topUps(html)).toEqual({ '日本 3GB 5天': 'yes', '日本 不限量 10天': 'no', '日本 不限量 15天 Plus': 'yes' });
  });
  it('"total-data plans" and "daily and unlimited plans" bind the cards of their shape', () => {
    const html = grid([
      card('泰國 5日 5GB', ['數據：5GB（總量）', '有效期：5 日'], 'HK$48'),
      card('泰國 8日 每日2GB', ['數據：每日 2GB 高速，之後降至 384kbps', '有效期：8 日'], 'HK$78'),
      card('泰國 10日 無限數據', ['數據：無限量', '有效期：10 日'], 'HK$118'),
    ], '<p>總量數據計劃用完後，可以喺 App 加購流量，加購嘅數據會直接加落同一張 eSIM。</p><p>每日高速及無限數據計劃一律唔設加購或充值。</p>', 'zh-HK');
    expect(topUps(html)).toEqual({ '泰國 5日 5GB': 'yes', '泰國 8日 每日2GB': 'no', '泰國 10日 無限數據': 'no' });
  });
  it('a footnote dagger on some cards: the note is their word only', () => {
    const html = grid([
      card('Sri Lanka Lite 2GB · 7 Days †', ['Data 2 GB total', 'Valid for 7 days'], '₹349'),
      card('Sri Lanka Classic 6GB · 15 Days †', ['Data 6 GB total', 'Valid for 15 days'], '₹699'),
      card('Sri Lanka Voice 10GB · 30 Days', ['Data 10 GB total', 'Valid for 30 days'], '₹1,299'),
    ], '<p>† Rechargeable in the app while the plan is active: add 1 GB or 3 GB to the same eSIM.</p>', 'en');
    expect(Object.values(topUps(html))).toEqual(['yes', 'yes', 'unknown']);
  });
  it('a card marked as the recommended one ("is-recommend") is a card, not a cross-sell', () => {
    const html = grid([
      card('台湾 4日間 無制限', ['データ：無制限', '日数：4日間'], '1,280円', '', 'c-plan'),
      card('台湾 7日間 1日3GB', ['データ：毎日3GB', '日数：7日間'], '1,580円', '', 'c-plan is-recommend'),
      card('台湾 15日間 10GB', ['データ：合計10GB', '日数：15日間'], '1,980円', '', 'c-plan'),
    ], '', 'ja');
    expect(Object.keys(topUps(html))).toEqual(['台湾 4日間 無制限', '台湾 7日間 1日3GB', '台湾 15日間 10GB']);
  });
});

describe('a marketplace item page', () => {
  const item = (options: string, price = '<div class="price"><del>NT$520</del>NT$399<span class="off">23% 折扣</span></div>') =>
    `<html lang="zh-TW"><head><title>泰國 eSIM AIS 5/8/15/30天 大流量</title></head><body><h1>泰國 eSIM AIS 5/8/15/30天 大流量</h1>${price}
    <div role="listbox">${options}</div><button>直接購買</button><p>使用期間內可加購流量包（10GB／NT$99），會直接加到同一張 eSIM。</p></body></html>`;
  const opts = (labels: string[], at: number) => labels.map((l, i) => `<button role="option" aria-selected="${i === at}">${l}</button>`).join('');
  it('reads the selected option button, though no <main> holds it, and the price shown beside its discount badge', () => {
    const v = verdict(item(opts(['5天 15GB', '8天 30GB', '15天 50GB', '30天 250GB'], 2)));
    expect(v.plan).toMatchObject({ dataGb: 50, validityDays: 15, price: 399, currency: 'TWD' });
    // A price with money off or a coupon beside it is still a promotion's.
    const promo = verdict(item(opts(['5天 15GB', '8天 30GB', '15天 50GB', '30天 250GB'], 2), '<div class="price">NT$399</div><p>NT$50 折價券</p>'));
    expect(promo.plan.price).toBe(399);
  });
  it('a selected chip naming one fact is a filter, not the plan', () => {
    const v = verdict(item(opts(['全部', '5天', '15天', '30天'], 2)));
    expect(v.plan.validityDays).not.toBe(15);
  });
});

describe('top-up rules that name this plan or only a need', () => {
  const page = (body: string) => `<html lang="en"><body><h1>China eSIM 10GB 15 days</h1><p>US$16.50</p><button>Buy now</button>${body}</body></html>`;
  it('a rule on a kind of plan binds this one when it names it ("day passes such as this 15-day plan")', () => {
    expect(verdict(page('<p>Day passes such as this 15-day plan are sold as fixed bundles and cannot be recharged.</p>')).topUp.value).toBe('no');
  });
  it('a heading naming the topic and "when you need more data" say no yes', () => {
    const v = verdict(page('<h2>Adding data</h2><p>eSIM plans are issued once; when you need more data, purchase a new eSIM.</p>'));
    expect(v.topUp.value).toBe('no');
  });
});
