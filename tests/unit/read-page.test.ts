import { describe, expect, it } from 'vitest';
import { readPage, readPageInSlices } from '../../lib/page/read-page';
import { doc, snap } from './helpers';

const regionOf = (html: string, text: string) => snap(html).blocks.find((b) => b.text.includes(text))?.region;

describe('readPage', () => {
  it('skips chrome built from semantic tags, ARIA roles and class names, and tags the rest', () => {
    const html = `<html><body>
      <header><a href="/t">Top up A</a></header>
      <div role="navigation"><a href="/m">Monthly B</a></div>
      <div class="site-header"><span>Promo C</span></div>
      <div class="footer-links"><a>Top up D</a></div>
      <div role="contentinfo">Footer E</div>
      <div class="sidebar related-plans"><p>Related F</p></div>
      <div class="aside"><h4>店铺热销</h4><p>Shop's best sellers J</p></div>
      <main><h1>Plan</h1><div class="card-header">Card header G</div><p>Body H</p></main>
      <div class="cookie-banner">Cookies I</div>
    </body></html>`;
    // Header, menus and footer say nothing about the plan: they are not read at all.
    for (const chrome of ['Top up A', 'Monthly B', 'Promo C', 'Top up D', 'Footer E']) expect(regionOf(html, chrome), chrome).toBeUndefined();
    expect(regionOf(html, 'Related F')).toBe('aside');
    // A marketplace's left column named "aside" (the shop's card, its best sellers) is a sidebar.
    expect(regionOf(html, "Shop's best sellers J")).toBe('aside');
    expect(regionOf(html, 'Card header G')).toBe('main');
    expect(regionOf(html, 'Body H')).toBe('main');
    expect(regionOf(html, 'Cookies I')).toBe('dialog');
  });

  it("reads a card's own footer as the card's fine print, and a site footer inside a repeated wrapper as chrome", () => {
    const card = (n: number, foot: string) => `<article class="tier"><h2>Classic ${n} GB</h2><p>€${n}</p><div class="foot">${foot}</div></article>`;
    const html = `<body><section>${card(1, 'Need more? Top up another pack in the app.')}${card(5, 'Top-ups land on the same eSIM.')}</section>
      <div class="wrap"><div class="site-footer">Top up help X</div></div><div class="wrap"><p>Body</p></div></body>`;
    expect(regionOf(html, 'Need more? Top up')).toBe('body');
    expect(regionOf(html, 'Top-ups land')).toBe('body');
    expect(regionOf(html, 'Top up help X')).toBeUndefined();
  });

  it('keeps a sentence whole around its inline links, but a link beside a price stays a link', () => {
    const s = snap(`<body><div class="limited">Prefer a fixed amount? Our <a href="/a">Japan 3 GB</a>, <a href="/b">10 GB</a> and other limited plans can be refilled.</div>
      <div class="also"><a href="/c">Japan 10GB 30 days (rechargeable)</a> HK$118</div></body>`);
    const texts = s.blocks.map((b) => `${b.kind}:${b.text}`);
    expect(texts[0]).toBe('text:Prefer a fixed amount? Our Japan 3 GB , 10 GB and other limited plans can be refilled.');
    expect(texts).toContain('link:Japan 10GB 30 days (rechargeable)');
  });

  it('reads an <aside> that holds the plan picker or the checkout form as the product, another <aside> as a sidebar', () => {
    const html = `<body><main><h1>Japan eSIM</h1></main>
      <aside class="price-box"><select><option>5GB</option><option selected>10GB · 30 days — S$26.90</option></select></aside>
      <aside><form action="/newsletter"><input type="email"><button>Subscribe</button></form><p>Sidebar tip</p></aside></body>`;
    expect(regionOf(html, '10GB · 30 days')).toBe('body');
    expect(regionOf(html, 'Sidebar tip')).toBe('aside');
    // A "sidebar" class with the picker is the buy box too; a filter panel of check boxes stays a sidebar.
    const more = `<body><main><h1>Japan eSIM</h1></main><div class="sidebar"><label><input type="radio" checked> 10GB Buy box</label></div>
      <div role="complementary"><label><input type="checkbox"> Hotspot filter</label><label><input type="radio"> 4-7 days</label></div></body>`;
    expect(regionOf(more, 'Buy box')).toBe('body');
    expect(regionOf(more, 'Hotspot filter')).toBe('aside');
    // A sidebar with the one buy button of the page is the buy box; a strip with a button on each plan is not.
    const buttons = `<body><main><h1>Japan eSIM</h1></main><aside class="side"><div>US$44.00</div><button>Buy with balance</button><p>Days start on arrival</p></aside>
      <aside class="side"><p>Korea 5GB $9 Related tip</p><button>Buy now</button><p>Taiwan 3GB $6</p><button>Buy now</button></aside></body>`;
    expect(regionOf(buttons, 'Days start on arrival')).toBe('body');
    expect(regionOf(buttons, 'Korea 5GB $9 Related tip')).toBe('aside');
  });

  it("a button's parts in elements of their own read as words: '10GB 15 days HK$88', while '¥1,980' stays whole (dev batch 28)", () => {
    const s = snap(`<main><h1>Japan eSIM</h1><button><span>10GB</span><span>15 days</span><span>HK$88</span></button><button>¥<b>1,980</b></button></main>`);
    expect(s.blocks.filter((b) => b.kind === 'button').map((b) => b.text)).toEqual(['10GB 15 days HK$88', '¥1,980']);
    // A child laid out apart is a word of its own; inline emphasis inside a word is not (review of session 14).
    const t = snap(`<main><h1>Japan eSIM</h1><button>Daily 2GB high-speed<small>from US$2.58 / day</small></button><button>Buy e<b>SIM</b></button></main>`);
    expect(t.blocks.filter((b) => b.kind === 'button').map((b) => b.text)).toEqual(['Daily 2GB high-speed from US$2.58 / day', 'Buy eSIM']);
  });

  it('a row of labelled radios is the picker, not one chosen option: only the checked label is selected (dev batch 28)', () => {
    const s = snap(`<main><h1>日本 eSIM</h1><div class="sheet"><div class="opts"><label><input type="radio" name="gb"><span>1GB</span></label>
      <label><input type="radio" name="gb" checked><span>5GB</span></label></div>
      <div class="opts"><label><input type="radio" name="d"><span>7日間</span></label><label><input type="radio" name="d" checked><span>15日間</span></label></div></div></main>`);
    const selected = s.blocks.filter((b) => b.selected).map((b) => b.text);
    expect(selected).toEqual(['5GB', '15日間']);
  });

  it("reads a list-item card's own heading and paragraphs as blocks of their own, not glued into one", () => {
    const s = snap(`<body><main><h1>Asia eSIM</h1><ul>
      <li class="pcard"><div class="dest">🇯🇵 日本</div><h3>日本 5日 每日2GB</h3><p>每日 2GB 高速</p><p>✘ 唔支援增值</p><div>HK$78</div></li>
      <li class="pcard"><div class="dest">🇰🇷 韓國</div><h3>韓國 7日 10GB</h3><p>總共 10GB</p><p>✔ 可以增值</p><div>HK$88</div></li></ul></main></body>`);
    const card = s.blocks.filter((b) => b.groups?.[0]?.[1] === 0).map((b) => `${b.kind}:${b.text}`);
    expect(card).toEqual(['text:🇯🇵 日本', 'heading:日本 5日 每日2GB', 'text:每日 2GB 高速', 'text:✘ 唔支援增值', 'text:HK$78']);
  });

  it("reads an <aside> in the main content that links nowhere and prices nothing as the plan's own callout", () => {
    const html = `<body><main><h1>Japan eSIM</h1>
      <aside class="card"><h2>What you get</h2><p>Top up the same eSIM callout</p></aside>
      <aside><p>Korea 5GB from $9 priced strip</p></aside>
      <aside><p>Staying longer? <a href="/monthly">Monthly plans linked strip</a></p></aside>
      <aside class="cross-sell"><p>Long stays named strip</p></aside></main>
      <aside><p>Outside main strip</p></aside></body>`;
    expect(regionOf(html, 'callout')).toBe('main');
    for (const strip of ['priced strip', 'linked strip', 'named strip', 'Outside main strip']) expect(regionOf(html, strip), strip).toBe('aside');
  });

  it("reads a comparison table by this plan's column: the one whose header names the page's title", () => {
    const s = snap(`<body><h1>旅行 eSIM 30GB/10天</h1><section class="compare"><table>
      <thead><tr><th>项目</th><th>旅行 eSIM 30GB/10天（本页）</th><th>长期 SIM 卡（月付）</th><th>随身 WiFi</th></tr></thead>
      <tbody><tr><th>流量追加</th><td>✕</td><td>○ 会员页面可购买</td><td>✕</td></tr></tbody></table></section></body>`);
    expect(s.blocks.map((b) => b.text)).toContain('流量追加 : ✕');
    // A price list whose headers are column names keeps every cell.
    const list = snap(`<body><h1>Japan eSIM price list</h1><table><tr><th>Plan</th><th>Data</th><th>Price</th></tr><tr><td>Japan 5GB</td><td>5GB</td><td>$9</td></tr></table></body>`);
    expect(list.blocks.map((b) => b.text)).toContain('Plan : Japan 5GB : Data : 5GB : Price : $9');
  });

  it('finds this plan\'s column by a shortened name: every character of the header in the title, in order', () => {
    const s = snap(`<body><h1>亞洲 12 地 月費 eSIM</h1><table>
      <tr><th></th><th>亞洲月費 eSIM</th><th>7 日 3GB 旅遊包</th></tr>
      <tr><th>加購數據</th><td>可以</td><td>不設加購</td></tr></table></body>`);
    expect(s.blocks.map((b) => b.text)).toContain('加購數據 : 可以');
    // Characters out of order are no shortened name: the row stays whole.
    const other = snap(`<body><h1>亞洲 12 地 月費 eSIM</h1><table>
      <tr><th></th><th>月費亞洲 eSIM</th><th>7 日 3GB 旅遊包</th></tr>
      <tr><th>加購數據</th><td>可以</td><td>不設加購</td></tr></table></body>`);
    expect(other.blocks.map((b) => b.text)).not.toContain('加購數據 : 可以');
  });

  it('a highlighted card (a BEM modifier such as plan--popular) is a card, not a sidebar of popular items', () => {
    const html = `<body><main><h1>Japan plans</h1><div class="plan plan--popular"><h3>Japan 10GB</h3><p>US$17</p></div></main>
      <div class="popular-products"><p>Other popular items</p></div></body>`;
    expect(regionOf(html, 'Japan 10GB')).toBe('main');
    expect(regionOf(html, 'Other popular items')).toBe('aside');
  });

  it('keeps a header that wraps the page title as content', () => {
    const html = `<body><div class="page-header"><h1>Japan eSIM 5GB</h1><p>Top-up available</p></div></body>`;
    expect(regionOf(html, 'Top-up available')).toBe('body');
  });

  it('reads hidden FAQ and tab text but not script, style, template or noscript', () => {
    const s = snap(`<body><details><summary>Top up?</summary><p>No, it cannot be topped up.</p></details>
      <div style="display:none" hidden>Hidden tab text</div>
      <script>var x = "script text"</script><style>.a{}</style><template><p>template text</p></template><noscript>noscript text</noscript></body>`);
    const all = s.blocks.map((b) => b.text).join(' | ');
    expect(all).toContain('cannot be topped up');
    expect(all).toContain('Hidden tab text');
    for (const gone of ['script text', 'template text', 'noscript text', '.a{}']) expect(all).not.toContain(gone);
  });

  it('reads a spec table built from divs as rows, but never a grid of card titles beside their prices', () => {
    const row = (k: string, v: string) => `<div class="c-row"><div class="c-row__k">${k}</div><div class="c-row__v">${v}</div></div>`;
    const s = snap(`<body><div class="spec">${row('電話番号', 'なし')}${row('eKYC（本人確認）', '不要')}${row('テザリング', '可')}</div></body>`);
    expect(s.blocks.map((b) => [b.text, b.kind])).toEqual([['電話番号 : なし', 'row'], ['eKYC（本人確認） : 不要', 'row'], ['テザリング : 可', 'row']]);
    const card = (t: string, p: string) => `<div class="card"><h3>${t}</h3><p>${p}</p></div>`;
    const grid = snap(`<body><div class="grid">${card('Japan 5GB', '$10')}${card('Japan 10GB', '$16')}${card('Japan 20GB', '$25')}</div></body>`);
    expect(grid.blocks.map((b) => b.text)).toEqual(['Japan 5GB', '$10', 'Japan 10GB', '$16', 'Japan 20GB', '$25']);
  });

  it('reads a flat grid of bare label and value cells as rows, but not a row of short feature names', () => {
    const kv = snap(`<body><div class="kv"><div>データ容量</div><div>4GB(高速)。その後は128kbps。</div><div>テザリング</div><div>ご利用いただけません。</div><div>電話番号</div><div>付与されません。</div></div></body>`);
    expect(kv.blocks.map((b) => b.text)).toEqual(['データ容量 : 4GB(高速)。その後は128kbps。', 'テザリング : ご利用いただけません。', '電話番号 : 付与されません。']);
    const features = snap(`<body><div class="f"><div>Fast setup</div><div>Hotspot</div><div>No contract</div><div>Top-up</div><div>Support</div><div>Refunds</div></div></body>`);
    expect(features.blocks).toHaveLength(6);
  });

  it('keeps a spec row or a dt/dd pair together as one statement', () => {
    const s = snap(`<body><table><tr><th>Top-up</th><td>Not available</td></tr></table><dl><dt>チャージ</dt><dd>不可</dd></dl></body>`);
    expect(s.blocks.map((b) => b.text)).toEqual(['Top-up : Not available', 'チャージ : 不可']);
  });

  it('marks the chosen option of a plan picker', () => {
    const s = snap(`<body><button aria-pressed="false">5 days ¥3,900</button><button aria-pressed="true">10 days ¥5,900</button></body>`);
    expect(s.blocks.filter((b) => b.selected).map((b) => b.text)).toEqual(['10 days ¥5,900']);
  });

  it('marks text before the h1 outside main as preamble', () => {
    const s = snap(`<body><div>Top up and save</div><h1>Japan eSIM</h1><p>After</p></body>`);
    expect(s.blocks.find((b) => b.text === 'Top up and save')?.preamble).toBe(true);
    expect(s.blocks.find((b) => b.text === 'After')?.preamble).toBe(false);
  });

  it('reads title, meta, language and JSON-LD, skipping malformed JSON-LD', () => {
    const s = snap(`<html lang="ja"><head><title>T</title><meta property="og:title" content="OG">
      <script type="application/ld+json">{"@type":"Product","name":"Japan eSIM 5GB","offers":{"@type":"Offer","price":"1,980","priceCurrency":"jpy"}}</script>
      <script type="application/ld+json">{"@type": "Product", broken</script></head><body><h1>H</h1></body></html>`);
    expect(s.lang).toBe('ja');
    expect(s.title).toBe('T');
    expect(s.meta['og:title']).toBe('OG');
    expect(s.h1).toBe('H');
    expect(s.products).toEqual([{ name: 'Japan eSIM 5GB', description: '', price: 1980, currency: 'JPY', offerCount: 1 }]);
  });

  it('guesses the language when <html lang> is missing', () => {
    expect(snap('<body><p>このeSIMはチャージできません。日本国内で使えます。</p></body>').lang).toBe('ja');
    expect(snap('<body><p>本產品無法加購流量，請於購買前確認天數與費用。</p></body>').lang).toBe('zh-Hant');
    expect(snap('<body><p>本产品不支持充值，请在购买前确认天数与费用。</p></body>').lang).toBe('zh-Hans');
  });

  it('reads a template\'s lang="en" over a page written in Chinese or Japanese as the language of its text', () => {
    expect(snap('<html lang="en"><body><p>本产品不支持充值，请在购买前确认天数与费用。价格 ¥45</p></body></html>').lang).toBe('zh-Hans');
    expect(snap('<html lang="en-US"><body><p>このeSIMはチャージできません。日本国内で使えます。</p></body></html>').lang).toBe('ja');
    // English with a few Chinese words stays English; a declared Chinese page stays as declared.
    expect(snap('<html lang="en"><body><p>Our Taipei shop (台北店) sells eSIMs for Japan, Korea and Thailand.</p></body></html>').lang).toBe('en');
    expect(snap('<html lang="zh-TW"><body><p>Japan eSIM 10GB for 7 days.</p></body></html>').lang).toBe('zh-TW');
    expect(snap('<html lang="en"><head><title>Japan eSIM 10GB</title></head><body><nav>English 日本語 简体中文 繁體中文</nav><p>Tokyo (東京) and Osaka (大阪): 10GB for 7 days, $12.</p></body></html>').lang).toBe('en');
  });

  it('reads a tooltip attribute\'s text with the element that carries it, once', () => {
    const s = snap('<body><dl><dt>Top-up</dt><dd><span class="tip" data-tooltip="Add data to this same eSIM in the app">Refillable <b>ⓘ</b></span></dd></dl></body>');
    const text = s.blocks.map((b) => b.text).join(' | ');
    expect(text).toContain('Add data to this same eSIM in the app');
    expect(text.split('Add data to this same eSIM').length).toBe(2);
  });

  it('survives a DOM 20 000 levels deep without recursion', () => {
    const html = '<body>' + '<div>'.repeat(20_000) + 'deep text' + '</div>'.repeat(20_000) + '</body>';
    expect(snap(html).blocks.map((b) => b.text)).toContain('deep text');
  });

  it('reads a mark the page\'s style draws before an element as part of its text', () => {
    const s = snap(`<html><head><style>.req .no::before{content:"✕ 不要 "} .req .yes::before{content:"✓"} li::before{content:counter(x)}</style></head>
      <body><h1>Plan</h1><ul class="req"><li class="yes">Identity check</li><li class="no">Japanese bank account</li><li>Plain</li></ul></body></html>`);
    expect(s.blocks.map((b) => b.text)).toEqual(['Plan', '✓ Identity check', '✕ 不要 Japanese bank account', 'Plain']);
  });

  it('reads every selector of a marked rule and escaped marks, and a long sheet in one pass', () => {
    const big = `.bg{background:url(data:image/png;base64,${'A'.repeat(49_000)})}`;
    const sheets = Array.from({ length: 5 }, () => `<style>${big} .yes::before, .ok::before{content:"\\2714 "} .no::before{content:"\\2715"}</style>`).join('');
    const s = snap(`<html><head>${sheets}</head><body><h1>Plan</h1><ul><li class="yes">A</li><li class="ok">B</li><li class="no">C</li></ul></body></html>`);
    expect(s.blocks.map((b) => b.text)).toEqual(['Plan', '✔ A', '✔ B', '✕ C']);
  });

  it("reads an icon's tooltip once, however many pieces of text the icon holds", () => {
    const s = snap(`<body><h1>Plan</h1><p><span title="Top-up possible">⚡<b>x</b>!</span></p></body>`);
    expect(s.blocks.map((b) => b.text)).toEqual(['Plan', '⚡ (Top-up possible) x!']);
  });

  it("reads an icon's tooltip as its meaning, and a carousel of plans as content", () => {
    const s = snap(`<body><h1>Europe eSIM</h1><div class="carousel"><div class="slide"><h3>Europe 5 GB · 30 days</h3><span class="bolt" title="Add-on data can be bought for this pack">⚡</span><p>€12.99</p></div></div></body>`);
    const b = s.blocks.find((x) => x.text.includes('⚡'));
    expect(b?.text).toBe('⚡ (Add-on data can be bought for this pack)');
    expect(b?.region).toBe('body');
  });

  it("reads the top of a reviews section (its summary) but not the customers' reviews below it", () => {
    const reviews = Array.from({ length: 300 }, (_, i) => `<div class="review-card"><span>Guest ${i}</span><p>Review number ${i}: fast and easy, worked on the train from the airport.</p></div>`).join('');
    const s = snap(`<body><h1>Japan eSIM</h1><p>Top-up available</p><section class="reviews"><h2>Reviews</h2><p>4.7 ★ from 5,904 reviews</p>${reviews}</section><p>After the reviews</p></body>`);
    const texts = s.blocks.map((b) => b.text);
    expect(texts).toContain('4.7 ★ from 5,904 reviews');
    expect(texts).toContain('After the reviews');
    expect(texts.some((t) => t.startsWith('Review number 1:'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Review number 299'))).toBe(false);
    expect(s.truncated).toBe(false);
  });

  it('stops at its budget on huge pages and says so', () => {
    const html = '<body>' + '<p>word word word word word word word word</p>'.repeat(30_000) + '</body>';
    const s = snap(html);
    expect(s.truncated).toBe(true);
    expect(s.blocks.length).toBeLessThan(30_000);
  });

  it('read in slices, gives the thread back between them and reads the same snapshot', async () => {
    const cards = Array.from({ length: 400 }, (_, i) => `<div class="plan"><h3>Japan ${i + 1} GB</h3><p>Valid ${i % 30 + 1} days</p><p>US$${i + 4}</p><p>Top-up available</p></div>`).join('');
    const page = doc(`<html lang="en"><head><title>Japan eSIM plans</title></head><body><h1>Japan eSIM plans</h1><main>${cards}</main></body></html>`);
    const url = 'https://shop.example/esim/japan';
    let pauses = 0;
    const sliced = await readPageInSlices(page, { url }, async () => void pauses++, 0);
    expect(pauses).toBeGreaterThan(3); // 1 600 text nodes: at a budget of 0 ms, a pause at every step
    expect(sliced).toEqual(readPage(page, { url }));
  });

  it('a read in slices whose part of the page is replaced meanwhile stops there and says so', async () => {
    const cards = Array.from({ length: 200 }, (_, i) => `<div class="plan"><h3>Japan ${i + 1} GB</h3><p>US$${i + 4}</p></div>`).join('');
    const page = doc(`<html lang="en"><body><h1>Japan eSIM plans</h1><main id="grid">${cards}</main></body></html>`);
    let pauses = 0;
    const sliced = await readPageInSlices(page, { url: 'https://shop.example/esim/japan' }, async () => {
      if (++pauses === 2) page.getElementById('grid')!.replaceChildren(page.createTextNode('Loading…'));
    }, 0);
    expect(sliced.truncated).toBe(true);
    expect(sliced.blocks.length).toBeLessThan(400);
  });
});
