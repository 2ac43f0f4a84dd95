import { z } from 'zod';

/**
 * Scripts and the quick union test shared by the lexicon's parts.
 */

/** Which phrases can match a text: Latin-only text needs no Japanese or Chinese phrase, and Japanese and Chinese differ. */
export type Script = 'latin' | 'ja' | 'zh';

// Kana proper: the middle dot 「・」 and the long-vowel mark are written in Chinese too.
const KANA = /[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\uff66-\uff9f]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The script of a text: kana is Japanese; Han without kana is Chinese, except
 * on a Japanese page (「延長不可」 is Japanese). Japanese and Chinese cues share
 * characters with different grammar (不可 closes a Japanese clause and opens a
 * Chinese one), so each language's phrases run only on its own text.
 */
export function scriptOf(text: string, pageLang = ''): Script {
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return pageLang.toLowerCase().startsWith('ja') ? 'ja' : 'zh';
  return 'latin';
}

export function runsOn(entry: { lang: string }, script: Script): boolean {
  return entry.lang === 'en' || entry.lang === 'any' || entry.lang === script;
}

/**
 * A quick "does this text say anything of the kind" test over many phrases.
 * Japanese and Chinese phrases only run on text of their script: a long
 * alternation of CJK stems costs a trial at every position of English text too.
 */
export class Union {
  private readonly latin: RegExp | null;
  private readonly ja: RegExp | null;
  private readonly zh: RegExp | null;
  constructor(entries: Array<{ lang: string; pattern: string }>) {
    const join = (ps: string[]) => (ps.length ? new RegExp(ps.map((p) => `(?:${p})`).join('|'), 'i') : null);
    this.latin = join(entries.filter((e) => e.lang === 'en' || e.lang === 'any').map((e) => e.pattern));
    this.ja = join(entries.filter((e) => e.lang === 'ja').map((e) => e.pattern));
    this.zh = join(entries.filter((e) => e.lang === 'zh').map((e) => e.pattern));
  }
  test(text: string, script: Script = scriptOf(text)): boolean {
    if (this.latin?.test(text)) return true;
    if (script === 'ja') return this.ja?.test(text) ?? false;
    if (script === 'zh') return this.zh?.test(text) ?? false;
    return false;
  }
}


/** A lexicon pattern: a valid JavaScript regular expression (validated when the lexicon loads). */
export const regexSource = z.string().min(1).refine((s) => {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');
