/**
 * Text as the lexicon sees it: NFKC (full-width "５ＧＢ" becomes "5GB", "："
 * becomes ":"), runs of white space folded, and spaces between CJK
 * characters dropped ("チャージ 不可" → "チャージ不可") because inline tags
 * often split Japanese and Chinese phrases. Typographic apostrophes become
 * the plain one, so "can’t" reads as the lexicon's "can't".
 */
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

const NEEDS_NFKC = /[\uff00-\uffef\u3000\u2460-\u24ff\u3300-\u33ff]/;
const CJK_GAP = /([\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])/g;

export function normalize(text: string): string {
  let t = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  t = t.replace(/\s+/g, ' ');
  if (/[\u2018\u2019\u02bc]/.test(t)) t = t.replace(CURLY_APOSTROPHE, "'");
  if (/[\u3000-\u9fff]/.test(t)) t = t.replace(CJK_GAP, '$1');
  return t;
}

/** Splits a block into sentences without breaking decimals ("5.5 GB"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)|(?<=[。！？;；])/;
export function sentences(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
}

/** Shortens a sentence to at most `max` characters around position `at`. */
export function snippet(sentence: string, at = 0, max = 160): string {
  if (sentence.length <= max) return sentence;
  const start = Math.max(0, Math.min(at - max / 3, sentence.length - max));
  const s = sentence.slice(Math.floor(start), Math.floor(start) + max).trim();
  return (start > 0 ? '…' : '') + s + (start + max < sentence.length ? '…' : '');
}
