import { describe, expect, it } from 'vitest';
import { readMentions } from '../../lib/classify/context';
import { bindFactor, type PlanKind } from '../../lib/classify/top-up';
import { lexicon, scriptOf } from '../../lib/data/lexicon';
import { normalize } from '../../lib/text/normalize';
import { verdict } from './helpers';

/** Which plans a rule binds ("unlimited plans can't be topped up"), and how strongly it then counts. */
const travel: PlanKind = { unlimited: false, daily: false, contract: false, voice: false };

describe('rules bound to a kind of plan', () => {
  it('count more for the plans they name and not at all for others', () => {
    expect(bindFactor([], travel)).toBe(1);
    expect(bindFactor(['fixed'], travel)).toBe(1.5);
    expect(bindFactor(['unlimited'], travel)).toBe(0);
    expect(bindFactor(['contract'], { ...travel, contract: true })).toBe(1.5);
  });

  it('a rule on plans of a length is about the plans of that many days', () => {
    // "Plans of 30 days or more can be extended"; 「29日以下のプラン」; "shorter than 30 days" is at most 29.
    expect(bindFactor(['longer'], { ...travel, days: 30 }, { min: 30 })).toBe(1.5);
    expect(bindFactor(['longer'], { ...travel, days: 15 }, { min: 30 })).toBe(0);
    expect(bindFactor(['shorter'], { ...travel, days: 29 }, { max: 29 })).toBe(1.5);
    expect(bindFactor(['shorter'], { ...travel, days: 30 }, { max: 29 })).toBe(0);
    // A plan whose days are unknown is not bound by a length.
    expect(bindFactor(['longer'], travel, { min: 30 })).toBe(0);
  });

  it('a rule listing kinds is about a plan of any of them', () => {
    // "Unlimited and fixed-data plans can both be extended"; 「每日型與計量型方案」 but not the unlimited ones
    expect(bindFactor(['unlimited', 'fixed'], { ...travel, unlimited: true })).toBe(1.5);
    expect(bindFactor(['unlimited', 'fixed'], travel)).toBe(1.5);
    expect(bindFactor(['daily', 'fixed'], { ...travel, unlimited: true })).toBe(0);
  });

  it('a plan with a daily allowance is a daily plan, not one of a total amount', () => {
    const daily = { ...travel, dailyData: true };
    expect(bindFactor(['daily'], daily)).toBe(1.5);
    expect(bindFactor(['fixed'], daily)).toBe(0);
    expect(bindFactor(['fixed'], travel)).toBe(1.5);
  });

  it('a legend for unmarked cards binds only the cards that say nothing themselves; one for marked cards binds none', () => {
    expect(bindFactor(['unmarked'], { ...travel, silent: true })).toBe(1.5);
    expect(bindFactor(['unmarked'], travel)).toBe(0);
    expect(bindFactor(['rechargeable'], { ...travel, silent: true })).toBe(0);
  });
});

const lex = lexicon();
const bindsOf = (raw: string, lang: string) => {
  const text = normalize(raw);
  return readMentions(text, scriptOf(text, lang), lex, { topUp: true, term: false, requirements: false })
    .filter((m) => m.family === 'topUp')
    .map((m) => `${m.polarity > 0 ? '+' : '-'}${[...m.binds].sort().join('+') || 'all'}`);
};

describe('each concept takes the kind of plan its clause names', () => {
  it('the nearest kind, not every kind in the sentence', () => {
    // Data plans add data, unlimited plans extend their days: two rules in one sentence.
    expect(bindsOf('流量型套餐可随时追加数据，无限流量套餐可以延长天数', 'zh-Hans')).toEqual(['+fixed', '+unlimited']);
    expect(bindsOf('Top-ups are available for fixed-data plans only, not for unlimited plans', 'en')).toEqual(['+fixed']);
    // The monthly plan's add-ons, in a note that says it is not about the travel eSIM.
    expect(bindsOf('月額プランのデータ追加はマイページから行えます(トラベルeSIMの案内ではありません)', 'ja')).toEqual(['+contract']);
  });

  it('kinds listed together bind together', () => {
    expect(bindsOf('吃到飽與每日型方案無法加值或續期', 'zh-Hant')).toEqual(['-daily+unlimited', '-daily+unlimited']);
    expect(bindsOf('Unlimited and day pass plans cannot be extended', 'en')).toEqual(['-daily+unlimited']);
    // A bracketed aside inside the list, and the daily kind by another name.
    expect(bindsOf('每日型(天包)和无限流量套餐不支持充值', 'zh-Hans')).toEqual(['-daily+unlimited']);
    expect(bindsOf('每日重置型與吃到飽型方案不支援加值', 'zh-Hant')).toEqual(['-daily+unlimited']);
  });

  it('a legend for cards without the mark, with a demonstrative or as 者', () => {
    expect(bindsOf('没有该标记的套餐不支持加购', 'zh-Hans')).toEqual(['-unmarked']);
    expect(bindsOf('未標示者為一次性方案，用完後需另購新的 eSIM', 'zh-Hant').every((b) => b === '-unmarked')).toBe(true);
  });
});

describe('renewal words', () => {
  it('on a contract, 續約 renews the contract and says nothing of top-up; on a travel eSIM it extends the plan', () => {
    const contract = verdict(`<html lang="zh-Hant"><head><title>5G 月租 599 eSIM 方案</title></head><body><h1>5G 月租 599 eSIM 方案</h1>
      <p>月租費 NT$599/月，每月 20GB。</p><p>合約期滿後可線上續約。</p><button>立即申辦</button></body></html>`);
    expect(contract.isEsimProduct && contract.term.value).toBe('contract');
    expect(contract.isEsimProduct && contract.topUp.value).toBe('unknown');
    const travel = verdict(`<html lang="zh-Hant"><head><title>日本 eSIM 5GB 7 天</title></head><body><h1>日本 eSIM 5GB 7 天</h1>
      <p>NT$299，7 天內共用 5GB。</p><p>到期前可在訂單頁續約延長天數。</p><button>立即購買</button></body></html>`);
    expect(travel.isEsimProduct && travel.topUp.value).toBe('yes');
  });
});

describe('questions and their replies', () => {
  it('a reply answers the concept a question asks about, not one that only qualifies a noun', () => {
    const page = (faq: string) => `<html lang="zh-Hans"><head><title>日本 eSIM 5GB 7 天</title></head><body><h1>日本 eSIM 5GB 7 天</h1><p>¥49，7 天内共用 5GB。</p>${faq}<button>立即购买</button></body></html>`;
    // "Can refilled plans' unused data carry over? No." says nothing against refilling.
    const carry = verdict(page('<p>可以在 App 里续充，叠加到同一张 eSIM 上。</p><h3>续充的套餐用不完能留到下次旅行吗?</h3><p>不可以。</p>'));
    expect(carry.isEsimProduct && carry.topUp.value).toBe('yes');
    const asked = verdict(page('<h3>可以续充吗?</h3><p>不可以。</p>'));
    expect(asked.isEsimProduct && asked.topUp.value).toBe('no');
  });
});

describe("a legend's marks", () => {
  const grid = (cards: string, legend: string) =>
    `<html lang="zh-Hant"><head><title>台灣 eSIM 方案</title></head><body><h1>台灣 eSIM 方案</h1><div class="grid">${cards}</div><p>${legend}</p></body></html>`;
  const card = (title: string, price: number, mark = '') => `<div class="plan"><h3>${title}</h3>${mark}<p>NT$${price}</p><button>購買</button></div>`;
  const tops = (html: string) => {
    const v = verdict(html);
    return v.isEsimProduct ? (v.listing?.cards ?? []).map((c) => `${c.heading.split(' ')[1]}:${c.topUp.value}`) : [];
  };

  it('the rule for marked plans is the word of each card that shows the mark, the rule for the others of the rest', () => {
    const html = grid(
      card('台灣 5GB / 7日', 199, '<span class="bolt">⚡</span>') + card('台灣 10GB / 15日', 299, '<span class="bolt">⚡</span>') + card('台灣 無限數據 5日', 399),
      '圖示說明：標有 ⚡ 的方案，可以在同一張 eSIM 上再加購。</p><p>沒有 ⚡ 的方案屬一次性商品，用完請另外購買新的 eSIM。',
    );
    expect(tops(html)).toEqual(['5GB:yes', '10GB:yes', '無限數據:no']);
  });

  it('rating stars are no mark', () => {
    const html = grid(card('台灣 5GB / 7日', 199, '<span>★★★★★ 4.9</span>') + card('台灣 10GB / 15日', 299) + card('台灣 20GB / 30日', 399), '★ 部分方案可加購');
    expect(tops(html)).toEqual(['5GB:unknown', '10GB:unknown', '20GB:unknown']);
  });

  it('a bare legend ("⚡ = add-on data") says nothing of the cards without the mark', () => {
    const html = grid(card('台灣 5GB / 7日', 199, '<span>⚡</span>') + card('台灣 10GB / 15日', 299) + card('台灣 20GB / 30日', 399), '⚡ = 可加購數據');
    expect(tops(html)).toEqual(['5GB:yes', '10GB:unknown', '20GB:unknown']);
  });
});

describe('a rule kept for a product the page names but does not sell here', () => {
  const page = (title: string, rule: string) =>
    `<html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>20GB · 30 days · €24.90</p><button>Buy now</button><p>${rule}</p></main></body></html>`;
  it('"only on our Global Flex eSIM" is that eSIM\'s rule: kept for it alone, top-ups are not for this plan', () => {
    expect(verdict(page('Europe Essentials 20GB eSIM', 'Top-ups are offered only on our Global Flex eSIM, which you can recharge from the app.')).topUp.value).toBe('no');
  });
  it('"can only be added to our Greater China Monthly eSIM" keeps the packs for that eSIM too', () => {
    expect(verdict(page('China eSIM 10GB 15 days', 'Recharge packs can only be added to our Greater China Monthly eSIM.')).topUp.value).toBe('no');
  });
  it('"does renewal mean I buy more data? No." defines a word: it says nothing of top-ups', () => {
    const v = verdict(page('Japan Monthly eSIM 20GB', 'Add 1GB for ¥330 from My Page. Does the monthly renewal mean I buy more data? No. It is the same plan carrying on.'));
    expect(v.topUp.value).toBe('yes');
  });
  it('the same words on the page of that product are its own', () => {
    expect(verdict(page('Global Flex eSIM 20GB', 'Top-ups are offered only on our Global Flex eSIM, which you can recharge from the app.')).topUp.value).toBe('yes');
  });
});

describe('a top-up kept for another product alone', () => {
  const page = (lang: string, title: string, rule: string) =>
    `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>5GB · 7 days · US$9</p><button>Buy now</button><p>${rule}</p></main></body></html>`;
  it('says this plan cannot be topped up, in four languages', () => {
    expect(verdict(page('en', 'Japan eSIM 5GB', 'Recharge vouchers are available only for our physical SIM card.')).topUp.value).toBe('no');
    expect(verdict(page('ja', '香港 eSIM 5GB', '当店でチャージに対応しているのはプリペイド物理SIMカードのみです。')).topUp.value).toBe('no');
    expect(verdict(page('zh-Hans', '马来西亚 eSIM 每日1GB', '在线充值仅限本店实体SIM卡。')).topUp.value).toBe('no');
    expect(verdict(page('zh-Hant', '台灣 eSIM 10GB', '網上增值只適用於實體預付卡。')).topUp.value).toBe('no');
  });
  it('another product that can also be topped up says nothing of this plan', () => {
    expect(verdict(page('en', 'Japan eSIM 5GB', 'Our physical SIM cards can be topped up at any convenience store.')).topUp.value).toBe('unknown');
  });
});

describe('what limits a top-up and what only names it', () => {
  const page = (lang: string, title: string, body: string) =>
    `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>5GB · 7 days · US$9</p><button>Buy now</button>${body}</main></body></html>`;
  it('data that can be added while the days cannot be extended is a top-up; both refused is none', () => {
    expect(verdict(page('ja', '台湾 eSIM 無制限 5日', '<table><tr><th>追加チャージ</th><td>有効期間内のみ可(データ追加のみ。期間の延長は不可)</td></tr></table>')).topUp.value).toBe('yes');
    expect(verdict(page('en', 'Japan eSIM 10GB', '<p>This package cannot be renewed or topped up.</p>')).topUp.value).toBe('no');
  });
  it('a heading that only names the topic says nothing by itself', () => {
    expect(verdict(page('ja', '香港 eSIM 5GB', '<h2>チャージ・延長について</h2><p>詳しくはお問い合わせください。</p>')).topUp.value).toBe('unknown');
    expect(verdict(page('en', 'Japan eSIM 10GB', '<h2>About top-ups</h2><p>Top-ups can be bought in the app.</p>')).topUp.value).toBe('yes');
  });
});

describe('a page-wide rule with one exception (dev batch 26)', () => {
  it('「每日通行证」 is a day pass: the exception binds the daily card, the rule the others', () => {
    const cards = verdict(`<html lang="zh-Hans"><head><title>日本流量套餐一览</title></head><body><main><h1>日本流量套餐一览</h1>
      <p>叠加规则：可为同一张 eSIM 再购买下列任一套餐，新套餐会自动加到原 eSIM 上。</p>
      <p>唯一例外是“每日通行证”——通行证以独立的 eSIM 发放，本身也不能充值。</p>
      <div class="c"><h3>日本 3GB / 30天</h3><p>一次性 · 本地套餐</p><p>S$9</p></div>
      <div class="c"><h3>日本 10GB / 30天</h3><p>一次性 · 本地套餐</p><p>S$19</p></div>
      <div class="c"><h3>日本每日1GB 通行证 · 5天</h3><p>每日通行证 · 独立 eSIM</p><p>S$12</p></div></main></body></html>`).listing?.cards;
    expect(cards?.map((c) => c.topUp.value)).toEqual(['yes', 'yes', 'no']);
  });
});

describe('a refusal in time only (dev batch 26)', () => {
  it('「還沒啟用也能先加購嗎? 不行」 and 「一旦到期…無法再加購」 limit when, not whether, data can be added', () => {
    const html = `<html lang="zh-Hant"><head><title>日本 eSIM 10GB 30天</title></head><body><main><h1>日本 eSIM 10GB 30天</h1><p>NT$399</p><button>立即購買</button>
      <p>方案有效期間內，可於 App 加購流量包。</p><p>加購的流量直接加在同一張 eSIM 上。</p>
      <p>方案一旦到期，或流量已經用完，就無法再替這張 eSIM 加購。</p>
      <h3>還沒啟用也能先加購嗎?</h3><p>不行。</p><p>方案尚未啟用時，App 內不會出現加購選項。</p></main></body></html>`;
    expect(verdict(html).topUp.value).toBe('yes');
  });
});

describe('a pocket router sold beside the plan (dev batch 27)', () => {
  it('「Wi-Fi 分享器…線上延長租期」 with a space is the router\'s extension, not this eSIM\'s', () => {
    const html = `<html lang="zh-Hant"><head><title>日本 eSIM 每日3GB 5天</title></head><body><main><h1>日本 eSIM 每日3GB 5天</h1><p>$349</p><button>立即購買</button>
      <p>日本 4G Wi-Fi 分享器每日吃到飽 $109/天，出國前可於會員中心線上延長租期。</p></main></body></html>`;
    expect(verdict(html).topUp.value).toBe('unknown');
  });
});

describe('a refusal in the continuative form (dev batch 27)', () => {
  it('「…はできず、…」 refuses as 「できません」 does', () => {
    const html = `<html lang="ja"><head><title>日本 eSIM 毎日1GB 7日間</title></head><body><main><h1>日本 eSIM 毎日1GB 7日間</h1><p>1,280円</p><button>カートに入れる</button>
      <p>リフィル(容量の追加)・期間延長はできず、返金もいたしかねます。</p></main></body></html>`;
    expect(verdict(html).topUp.value).toBe('no');
  });
});

describe('a package in Singapore and Malaysian Chinese (dev batch 28)', () => {
  it('「无限量配套不提供加购」 binds the unlimited packages, not this 10GB one', () => {
    const html = `<html lang="zh-CN"><head><title>日本 eSIM 10GB 30天</title></head><body><main><h1>日本 eSIM 10GB 30天</h1><p>S$19</p><button>立即购买</button>
      <p>配套生效期间，可以为同一张 eSIM 加购数据。</p><p>(无限量配套不提供加购。)</p></main></body></html>`;
    expect(verdict(html).topUp.value).toBe('yes');
  });
});

describe('what a Chinese page adds on that is not data (dev batch 28)', () => {
  it('加购 insurance is no top-up, and 「一次性,预付」 alone does not say the plan cannot take more data', () => {
    const html = `<html lang="zh-CN"><head><title>日本 Travel eSIM 30GB 10天</title></head><body><main><h1>日本 Travel eSIM 30GB 10天</h1><p>¥198</p><button>立即购买</button>
      <h3>eSIM 兼容保险(可选加购)</h3><p>下单时可加购「eSIM 兼容保险」。</p><table><tr><td>商品类型</td><td>Travel eSIM(一次性,预付)</td></tr></table></main></body></html>`;
    expect(verdict(html).topUp.value).toBe('unknown');
    const topUp = verdict(`<html lang="zh-CN"><head><title>日本 eSIM 10GB</title></head><body><main><h1>日本 eSIM 10GB</h1><p>¥98</p><button>购买</button><p>可加购 1GB 流量包。</p></main></body></html>`).topUp.value;
    expect(topUp).toBe('yes');
  });
});

describe('a block that sends some buyers to another product (dev batch 28)', () => {
  it('「…方は「訪日プリペイドeSIM」をご利用ください。…追加チャージはできません」 speaks of that eSIM to the block\'s end', () => {
    const html = `<html lang="ja"><head><title>20GBプラン 月額 eSIM</title></head><body><main><h1>20GBプラン(eSIM)</h1><p>月額 1,980円</p><button>申し込む</button>
      <table><tr><td>データ追加</td><td>1GB 275円(マイページから)</td></tr></table>
      <h2>訪日中のお客さまへ</h2><p>日本に短期滞在される方は「訪日プリペイドeSIM」をご利用ください。パスポート情報の登録だけでご購入できます。ご利用日数は開通日から8日間、追加チャージはできません。</p></main></body></html>`;
    expect(verdict(html).topUp.value).toBe('yes');
  });
});

describe('a rule on a kind of product in a marketplace section (dev batch 28)', () => {
  it('「本區無限流量(不降速)商品皆不支援加值」 binds the unlimited cards only, through the parenthesis and 商品', () => {
    const cards = verdict(`<html lang="zh-Hant"><head><title>日本 eSIM 搜尋結果</title></head><body><main><h1>日本 eSIM 搜尋結果</h1>
      <p>本區無限流量(不降速)商品皆不支援加值。</p>
      <div class="c"><h3>日本eSIM 5天 每日1GB</h3><p>NT$199</p></div>
      <div class="c"><h3>日本eSIM 7天 無限流量 不降速</h3><p>NT$399</p></div>
      <div class="c"><h3>日韓通用eSIM 8天 6GB</h3><p>NT$299</p></div></main></body></html>`).listing?.cards;
    expect(cards?.map((c) => c.topUp.value)).toEqual(['unknown', 'no', 'unknown']);
  });
});

describe('a block that sends some buyers elsewhere, then comes back to this plan (review of session 14)', () => {
  it('「本商品は…」 after the other product speaks of this plan again', () => {
    const html = `<html lang="ja"><head><title>日本 eSIM 10GB 30日</title></head><body><main><h1>日本 eSIM 10GB 30日</h1><p>2,980円</p><button>購入</button>
      <p>長期滞在の方は「ロングステイSIM」をご利用ください。こちらは月額制です。本商品は有効期間内なら同じeSIMにチャージできます。</p></main></body></html>`;
    expect(verdict(html).topUp.value).toBe('yes');
  });
});
