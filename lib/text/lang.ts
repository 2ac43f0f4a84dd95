/**
 * Guesses the page language from its script when <html lang> is missing:
 * kana means Japanese; Han without kana is Chinese, Traditional when
 * Traditional-only characters outnumber Simplified-only ones.
 */

// Kana proper: 「・」 and 「ー」 are written in Chinese too.
const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fd-\u30ff]/g;
const HAN = /[\u4e00-\u9fff]/g;
// Common characters that differ between the two scripts (Traditional | Simplified).
const TRAD = /[們個費續約購買無價購時點務據單這來還說關開於與為數據應網頁錢場區]/g;
const SIMP = /[们个费续约购买无价购时点务据单这来还说关开于与为数据应网页钱场区]/g;

function count(re: RegExp, s: string): number {
  return s.match(re)?.length ?? 0;
}

export function guessLang(sample: string): string {
  const s = sample.slice(0, 5000);
  const kana = count(KANA, s);
  const han = count(HAN, s);
  if (kana > 5) return 'ja';
  if (han > 10) return count(TRAD, s) > count(SIMP, s) ? 'zh-Hant' : 'zh-Hans';
  return /[a-z]{3}/i.test(s) ? 'en' : '';
}

const LATIN_LETTER = /[a-z]/gi;

/** Whether a sample is written mostly in Japanese or Chinese: more kana and Han than Latin letters (a CJK character carries about a word). */
export function mostlyCjk(sample: string): boolean {
  const s = sample.slice(0, 5000);
  return count(KANA, s) + count(HAN, s) > count(LATIN_LETTER, s);
}

/** Folds a BCP 47 tag to the four languages the extension speaks. */
export function langFamily(tag: string): 'en' | 'ja' | 'zh-Hans' | 'zh-Hant' | 'other' {
  const t = tag.toLowerCase();
  if (t.startsWith('ja')) return 'ja';
  if (t.startsWith('zh')) {
    return /hant|tw|hk|mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
  }
  if (t.startsWith('en') || t === '') return 'en';
  return 'other';
}
