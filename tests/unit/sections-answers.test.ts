import { describe, expect, it } from 'vitest';
import { verdict } from './helpers';

/** Questions, cross-sell strips and bare pickers: what decides a page's answer and its plan. */
const page = (body: string, lang = 'ja') => `<html lang="${lang}"><head><title>eSIM</title></head><body>${body}</body></html>`;

describe('a question and its answer', () => {
  it('the answer decides; the question asks and weighs nothing once its answer is read', () => {
    const v = verdict(page(`<h1>韓国eSIM 毎日3GB 5日間 2,480円</h1><button>購入する</button>
      <div class="faq-q">データ容量や日数が足りなくなった場合、あとから追加できますか?</div>
      <div class="faq-a">本商品はご購入時に選んだプランのみのご提供となっており、ご利用途中での日数延長や容量の上乗せは承っておりません。</div>
      <div class="faq-q">WiFiルーターと比べてどちらが良いですか?</div>
      <div class="faq-a">グループなら海外WiFiレンタルがおすすめです。海外WiFiは容量の追加チャージにも対応しています。</div>`));
    expect(v.topUp.value).toBe('no');
  });

  it('the sentences before the question set its scene: "about to use up my data" asks, the answer says yes', () => {
    const ja = verdict(page(`<h1>香港eSIM 7日間 5GB ¥1,280</h1><button>購入する</button>
      <dl><dt>Q. 旅行中に5GBを使い切りそうです。どうすればいいですか?</dt>
      <dd>ご注文履歴の「追加データ」ボタンから、いまお使いの同じeSIMに1GB単位でデータを足せます。</dd></dl>`));
    expect(ja.topUp.value).toBe('yes');
    const en = verdict(page(`<h1>Japan eSIM 5GB 7 days US$9</h1><button>Buy now</button>
      <h3>I will run out of data and can't buy a new eSIM abroad. What then?</h3>
      <p>Open the app and add 1GB, 3GB or 5GB to the same eSIM in a tap.</p>`, 'en'));
    expect(en.topUp.value).toBe('yes');
  });

  it('a plain paragraph that ends with a question still states what comes before it', () => {
    const v = verdict(page(`<h1>Japan eSIM 5GB 7 days US$9</h1><button>Buy now</button>
      <p>This eSIM cannot be topped up or extended once it is installed. Need more data?</p><p>Buy a second plan.</p>`, 'en'));
    expect(v.topUp.value).toBe('no');
  });

  it('a Cantonese "no" answers it', () => {
    const v = verdict(page(`<h1>Japan eSIM 30GB／15日 HK$148</h1><button>立即購買</button>
      <h3>Q. 30GB 用完可以增值嗎？</h3><div>唔可以。呢款 eSIM 係一次性方案，請另外購買一張新嘅 eSIM。</div>`, 'zh-Hant'));
    expect(v.topUp.value).toBe('no');
  });
});

describe('a service the page calls unrelated, and shop points', () => {
  it('「手機儲值…與本商品無關」 and 「手機儲值點數折抵」 say nothing of topping up this eSIM', () => {
    const v = verdict(page(`<h1>泰國 eSIM 每日2GB 8天 $349</h1><button>立即購買</button>
      <p>結帳可用手機儲值點數折抵</p><p>頁首「手機儲值/繳電信費」為台灣門號預付卡服務，與本商品無關。</p>`, 'zh-Hant'));
    expect(v.topUp.value).toBe('unknown');
  });
});

describe('a strip of other products', () => {
  it('"you may also be interested" opens it, and fine print naming this product ends it', () => {
    const v = verdict(page(`<h1>日本雙網 eSIM 5 天・每日 1GB NT$320</h1><button>立即購買</button><p>NTT docomo／SoftBank 自動選擇。</p>
      <h2>你可能亦有興趣</h2><ul><li><a href="/a">Japan eSIM 10GB／8日 HK$88</a></li><li><a href="/b">日本 SIM 無限數據 31日（可增值） HK$298</a></li></ul>
      <p>※ 本商品為單次使用之預付方案，恕無法於原 eSIM 上延長或加值。</p>`, 'zh-Hant'));
    expect(v.topUp.value).toBe('no');
  });

  it('"other best-sellers" cards are not the page\'s own listing', () => {
    const v = verdict(page(`<h1>歐洲 eSIM 10GB／30 日</h1><p>HK$138</p><button>加入購物車</button>
      <h2>其他熱賣</h2><ul><li>英國 eSIM 無限數據 7 日 — HK$118</li><li>日本 eSIM 每日 2GB 5 日 — HK$78（可加購日數）</li><li>全球 eSIM 月費 — HK$188/月</li></ul>`, 'zh-Hant'));
    expect(v.listing).toBeUndefined();
    expect(v.plan.dataGb).toBe(10);
  });
});

describe('a picker of bare options beside a price table', () => {
  it('the pressed option chooses the table row with its data and days', () => {
    const v = verdict(page(`<h1>新加坡・馬來西亞 eSIM</h1>
      <div class="pkg-list"><button class="pkg" aria-pressed="false">3GB｜5日</button><button class="pkg" aria-pressed="true">10GB｜15日</button><button class="pkg" aria-pressed="false">20GB｜30日</button></div>
      <table><tr><td>3GB｜5日</td><td>HK$42</td></tr><tr><td>10GB｜15日</td><td>HK$95</td></tr><tr><td>20GB｜30日</td><td>HK$152</td></tr></table>
      <button>立即預訂</button>`, 'zh-Hant'));
    expect(v.listing).toBeUndefined();
    expect(v.plan).toMatchObject({ dataGb: 10, validityDays: 15, price: 95 });
  });

  it('tabs drawn as links are the picker, not a menu; a line of prices by duration gives the chosen one its price', () => {
    const v = verdict(page(`<h1>アメリカ eSIM 無制限</h1>
      <div role="tablist"><a href="?days=7" role="tab" aria-selected="false">7日間</a><a href="?days=15" role="tab" aria-selected="true">15日間</a><a href="?days=30" role="tab" aria-selected="false">30日間</a></div>
      <p>7日間 ¥2,980/15日間 ¥4,480/30日間 ¥6,980</p><button>カートに入れる</button>`));
    expect(v.plan).toMatchObject({ unlimited: true, validityDays: 15, price: 4480 });
  });

  it('three bare links in a row are still a menu', () => {
    const v = verdict(page(`<h1>Japan eSIM 10GB</h1><div><a href="/7">7 days</a><a href="/15">15 days</a><a href="/30">30 days</a></div>
      <p>Valid for 30 days from activation. US$19</p><button>Buy now</button>`, 'en'));
    expect(v.plan).toMatchObject({ dataGb: 10, validityDays: 30, price: 19 });
  });
});
