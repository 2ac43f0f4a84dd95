import type { Plan } from './verdict';
import { langFamily } from '../text/lang';

/**
 * The fee structure of a plan: data, validity, price, billing. Read from the
 * page's own title first (the shop names the plan there: "Japan 5GB 7 Days"),
 * then structured data, then the main content.
 */

const DATA_ALL = /(\d{1,4}(?:\.\d{1,2})?)\s?(GB|G|ギガ|MB|TB)(?![a-z])/gi;
// "4G/5G" and "5G network" name a network generation, not gigabytes; "5G流量" is data.
const NETWORK_G = /^\s?(?:\/|LTE|網|网|回線|ネットワーク|network|対応|高速|\+|、|,|\))/i;

function findDataMatch(text: string): RegExpExecArray | null {
  DATA_ALL.lastIndex = 0;
  for (let m = DATA_ALL.exec(text); m; m = DATA_ALL.exec(text)) {
    if (m[2].toUpperCase() === 'G' && Number(m[1]) >= 2 && Number(m[1]) <= 6) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!/^\s?(?:流量|数据|數據|データ|data)/i.test(after)) continue;
      if (NETWORK_G.test(after)) continue;
    }
    return m;
  }
  return null;
}
const UNLIMITED =
  /\bunlimited\b|無制限|使い放題|無限流量|无限流量|吃到飽|不限量|无限量|無限量|不限流量|無限數據|无限数据|無限制/i;

// "7 days", "7-day", "7日間", "7天", "30 Tage" is out of scope.
const DAYS = /(\d{1,3})\s?(?:-|‑)?\s?(?:days?\b|日間|天(?!然)|日(?![本元曜語文圓円幣付時])|day\b)/gi;
const MONTHS = /(\d{1,2})\s?(?:ヶ月|か月|カ月|ケ月|个月|個月|months?\b)/i;
const HOURS = /(\d{2,3})\s?(?:hours?\b|時間|小时|小時)/i;
// Day counts that are not the plan's validity: refund and delivery windows,
// activation deadlines, dates.
const NOT_VALIDITY_BEFORE =
  /\d\s?[〜~～–-]\s?$|(?:money[- ]back|refund|guarantee|deliver(?:y|ed)?|ship(?:ping|ped|s)?|dispatch|within|activate|install|cancel(?:lation)?|return|trial|in the next|後|以内|内に|退款|退貨|退货|发货|發貨|出貨|出货|配送|発送|返金|保証|月)\s*(?:in\s*|within\s*|of\s*|up to\s*|:\s*)?$/i;
const NOT_VALIDITY_AFTER =
  /^\s*(?:money[- ]back|refund|guarantee|return|trial|delivery|shipping|以内|以內|内|內|無理由|无理由|退款|退货|退貨|保証|返金|前|後|后|から|after|before|of (?:purchase|delivery)|from (?:purchase|the date of purchase)|to (?:activate|install)|无忧|無憂)/i;

const CURRENCY_PREFIX: Array<[RegExp, string]> = [
  [/^US\$|^USD/i, 'USD'], [/^HK\$|^HKD/i, 'HKD'], [/^NT\$|^TWD|^新台幣|^台幣/i, 'TWD'], [/^S\$|^SGD/i, 'SGD'],
  [/^A\$|^AUD/i, 'AUD'], [/^C\$|^CAD/i, 'CAD'], [/^€|^EUR/i, 'EUR'], [/^£|^GBP/i, 'GBP'], [/^₩|^KRW/i, 'KRW'],
  [/^JPY/i, 'JPY'], [/^CNY|^RMB/i, 'CNY'], [/^[¥￥]/, 'YEN'], [/^\$/, 'DOLLAR'],
];
const CURRENCY_SUFFIX: Array<[RegExp, string]> = [
  [/^円|^JPY|^日圓|^日元|^日幣/i, 'JPY'], [/^USD|^美元|^美金/i, 'USD'], [/^HKD|^港幣|^港币|^港元/i, 'HKD'],
  [/^TWD|^新台幣|^台幣/i, 'TWD'], [/^CNY|^RMB|^人民币|^人民幣/i, 'CNY'], [/^EUR/i, 'EUR'], [/^GBP/i, 'GBP'],
  [/^元/, 'YUAN'],
];
const PRICE = /(US\$|HK\$|NT\$|S\$|A\$|C\$|USD|HKD|TWD|SGD|AUD|CAD|EUR|GBP|JPY|CNY|RMB|KRW|新台幣|台幣|[¥￥$€£₩])\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)|(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(円|元|JPY|USD|HKD|TWD|CNY|RMB|EUR|GBP|日圓|日元|日幣|港幣|港币|港元|新台幣|台幣|美元|美金|人民币|人民幣)/i;
const DAILY_AFTER = /^\s*(?:\/\s?(?:day|日|天)|per day|a day|\/日|\/天|每天|每日|\s?\(1日あたり\))/i;
const DAILY_BEFORE = /(?:1日あたり|日額|每天|每日|per day)\s*:?\s*$/i;
const MONTHLY_AFTER = /^\s*(?:\/\s?(?:month|mo|mth|月)|per month|a month|monthly|\/月|每月|(?:\(税込\))?\/月|\s?\(税込\)\s?\/\s?月)/i;
const MONTHLY_BEFORE = /(?:月額|月々|毎月|月租|月費|月费|每月|monthly)\s*(?:料金|費用|费用)?\s*:?\s*$/i;

function resolveCurrency(code: string, lang: string, host: string): string {
  const fam = langFamily(lang);
  if (code === 'YEN') return fam === 'zh-Hans' ? 'CNY' : 'JPY';
  if (code === 'YUAN') return fam === 'zh-Hant' || /\.tw$|tw\./.test(host) ? 'TWD' : 'CNY';
  if (code === 'DOLLAR') {
    if (/\.hk$|(^|\.)hk\./.test(host) || /-hk$/i.test(lang)) return 'HKD';
    if (/\.tw$|(^|\.)tw\./.test(host) || /-tw$/i.test(lang)) return 'TWD';
    return 'USD';
  }
  return code;
}

function matchCurrency(table: Array<[RegExp, string]>, s: string): string | undefined {
  for (const [re, code] of table) if (re.test(s)) return code;
  return undefined;
}

export interface PriceHit {
  price: number;
  currency: string;
  billing?: 'monthly' | 'daily';
}

// "首单立减20元", "save $5", "¥500 OFF": discounts, not prices.
const DISCOUNT_BEFORE = /(?:立减|立減|减|減|省|返|优惠|優惠|折抵|save|off|discount|coupon|割引|引き)\s*$/i;
const DISCOUNT_AFTER = /^\s*(?:off\b|OFF|引き|割引|折扣|优惠券|優惠券|coupon)/;

export function findPrice(text: string, lang: string, host: string): PriceHit | undefined {
  const all = new RegExp(PRICE.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = all.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (DISCOUNT_BEFORE.test(before) || DISCOUNT_AFTER.test(after)) continue;
    return priceHit(m, text, lang, host);
  }
  return undefined;
}

function priceHit(m: RegExpExecArray, text: string, lang: string, host: string): PriceHit | undefined {
  const symbol = m[1] ?? m[4];
  const amount = Number((m[2] ?? m[3]).replace(/,/g, ''));
  if (!Number.isFinite(amount)) return undefined;
  const code = m[1] ? matchCurrency(CURRENCY_PREFIX, symbol) : matchCurrency(CURRENCY_SUFFIX, symbol);
  if (!code) return undefined;
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
  let billing: PriceHit['billing'];
  if (MONTHLY_AFTER.test(after) || MONTHLY_BEFORE.test(before)) billing = 'monthly';
  else if (DAILY_AFTER.test(after) || DAILY_BEFORE.test(before)) billing = 'daily';
  return { price: amount, currency: resolveCurrency(code, lang, host), billing };
}

// "每日2GB", "毎日1GB", "1GB/day", "2 GB per day": a daily allowance, not the plan's total.
const DAILY_DATA =
  /(?:每日|每天|毎日|1日(?:あたり)?|一日|\bdaily\b)\s*(?:高速)?\s*(\d+(?:\.\d+)?)\s?(GB|MB|G)(?![a-z])|(\d+(?:\.\d+)?)\s?(GB|MB|G)\s*(?:\/\s?(?:day|日|天)|per day|a day|every day|每日|每天|毎日)/i;

export function findData(text: string): { dataGb?: number; unlimited?: boolean; dailyGb?: number } {
  const daily = DAILY_DATA.exec(text);
  if (daily) {
    const n = Number(daily[1] ?? daily[3]);
    const unit = (daily[2] ?? daily[4]).toUpperCase();
    const gb = unit === 'MB' ? n / 1000 : n;
    if (gb > 0 && gb <= 100) return { dailyGb: gb };
  }
  if (UNLIMITED.test(text)) return { unlimited: true };
  const m = findDataMatch(text);
  if (!m) return {};
  const n = Number(m[1]);
  const unit = m[2].toUpperCase();
  const gb = unit === 'MB' ? n / 1000 : unit === 'TB' ? n * 1000 : n;
  return gb > 0 && gb <= 2000 ? { dataGb: gb } : {};
}

export function findValidity(text: string): number | undefined {
  DAYS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAYS.exec(text))) {
    const n = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (n < 1 || n > 365) continue;
    if (NOT_VALIDITY_BEFORE.test(before) || NOT_VALIDITY_AFTER.test(after)) continue;
    return n;
  }
  const mo = MONTHS.exec(text);
  if (mo && !NOT_VALIDITY_BEFORE.test(text.slice(Math.max(0, mo.index - 24), mo.index))) {
    const n = Number(mo[1]);
    if (n >= 1 && n <= 12 && !/^\s*(?:contract|契約|合約|合约)/i.test(text.slice(mo.index + mo[0].length))) return n * 30;
  }
  const h = HOURS.exec(text);
  if (h && Number(h[1]) % 24 === 0) return Number(h[1]) / 24;
  return undefined;
}

/** Whether findData found any amount: a total, unlimited, or a daily allowance. */
export function hasData(d: { dataGb?: number; unlimited?: boolean; dailyGb?: number }): boolean {
  return d.dataGb !== undefined || d.unlimited === true || d.dailyGb !== undefined;
}

/** Merges what each source says; earlier sources win field by field. */
export function mergePlan(...parts: Partial<Plan>[]): Plan {
  const out: Plan = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p) as Array<[keyof Plan, never]>) {
      if (v !== undefined && out[k] === undefined) out[k] = v;
    }
  }
  if (out.unlimited || out.dailyGb !== undefined) delete out.dataGb;
  return out;
}
