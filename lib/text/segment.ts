/**
 * Splits a block of normalised text into sentences. `Intl.Segmenter` knows
 * where Japanese and Chinese sentences end (。！？) and does not break English
 * at "e.g." or "5.5 GB"; it exists in every browser we target and in Node 20.
 * It costs about 5 ms per 50 000 characters, so blocks with no sentence end
 * inside them (most blocks: headings, list items, table cells) skip it.
 */

const INNER_END = /[.!?。！？;；](?=\s*\S)/;
const FALLBACK = /(?<=[.!?])\s+(?=\S)|(?<=[。！？;；])/;

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string): Intl.Segmenter | null {
  const key = lang.slice(0, 2).toLowerCase() || 'en';
  let s = segmenters.get(key);
  if (s === undefined) {
    try {
      s = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(key, { granularity: 'sentence' }) : null;
    } catch {
      s = null;
    }
    segmenters.set(key, s);
  }
  return s;
}

/** An FAQ's "Q."/"A." letter standing alone, or closing a question ("…? : A."). */
const FAQ_MARKER = /^(?:[QA]\d{0,2}|問|答|问)[.．:：]$/i;
const FAQ_TRAILING = /(?<=[?？])(?: :)? (?:[QA]\d{0,2}|答)[.．:：]$/i;

/** The sentences of `text`, trimmed, in order. Semicolons also end a sentence: shops use them between rules. */
export function sentencesOf(text: string, lang = 'en'): string[] {
  if (!INNER_END.test(text)) return text ? [text] : [];
  const seg = segmenterFor(lang);
  const parts = (seg ? Array.from(seg.segment(text), (s) => s.segment) : text.split(FALLBACK)).flatMap((p) => p.split(LOWER_START));
  const out: string[] = [];
  let carried = '';
  for (const p of parts) {
    for (const q of p.split(/(?<=[;；])/)) {
      // "Q. Can I…?" / "A. Yes…": the segmenter ends a sentence after the FAQ's letter (alone, or at the end of the
      // question before it: "…? : A."). The letter says nothing; without it the answer starts with its "Yes".
      let t = carried + q.trim().replace(FAQ_TRAILING, '').trim();
      // The segmenter leaves an opening bracket at the end of the sentence before it (「…されます。「」 + 「180日…」).
      const open = OPENING_TAIL.exec(t);
      carried = open ? open[0] : '';
      if (open) t = t.slice(0, open.index).trim();
      if (!t || FAQ_MARKER.test(t)) continue;
      // A sentence end inside brackets ("什麼時候可以加值?(適用於支援加值的方案)") does not end the sentence.
      if (out.length && opened(out[out.length - 1]) > 0) out[out.length - 1] += (/[!-~]$/.test(out[out.length - 1]) && /^[!-~]/.test(t) ? ' ' : '') + t;
      else out.push(t);
    }
  }
  if (carried) out.push(carried);
  return out;
}

const OPENING_TAIL = /[(「]+$/;

/**
 * The segmenter reads a full stop before a lower-case word as an abbreviation's ("approx. ten"), so "…SIM cards only.
 * eSIM packs are single-use" stayed one sentence and the second took the first's other product. Words that start
 * a sentence in lower case on these pages end the one before.
 */
const LOWER_START = /(?<=[a-z0-9)"”'’][.!?])(?<!\b(?:approx|e\.g|i\.e|etc|vs|incl|ca|nr)\.)\s+(?=(?:e-?SIMs?|iPhones?|iPads?|iOS)\b)/;

/** Brackets a sentence leaves open: ( and 「 against ) and 」. */
function opened(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === '(' || ch === '「') n++;
    else if ((ch === ')' || ch === '」') && n > 0) n--;
  }
  return n;
}
