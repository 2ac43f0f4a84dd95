import { REQUIREMENTS, type Lexicon, type Requirement } from '../data/lexicon';
import type { Sentence } from './evidence';

/**
 * What a contract asks of you, as the page states it. "No residence card
 * needed" and "Do I need a Japanese bank account?" are not requirements.
 */
export function findRequirements(units: Sentence[], lex: Lexicon): Requirement[] {
  const found = new Set<Requirement>();
  const { before, after } = lex.requirementNegation;
  for (const u of units) {
    if (u.question || u.weight < 0.5) continue;
    for (const r of REQUIREMENTS) {
      if (found.has(r)) continue;
      for (const p of lex.requirements[r]) {
        p.re.lastIndex = 0;
        const m = p.re.exec(u.text);
        if (!m) continue;
        const pre = u.text.slice(Math.max(0, m.index - 60), m.index);
        const post = u.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (before.test(pre) || after.test(post)) continue;
        found.add(r);
        break;
      }
    }
  }
  return REQUIREMENTS.filter((r) => found.has(r));
}
