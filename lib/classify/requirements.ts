import { REQUIREMENTS, type Lexicon, type Requirement } from '../data/lexicon';
import type { Sentence } from './evidence';

/**
 * What a contract asks of you, as the page states it. "No residence card
 * needed" and "Do I need a Japanese bank account?" are not requirements.
 */
// "Voice plans need an ID check" on a data-only page is about another plan.
const OTHER_PLAN_CONDITION =
  /(?:音声通話|音声プラン|音声SIM|通話機能|voice (?:plans?|sims?|lines?)|语音|語音|通話方案|通话套餐)[^。.]{0,30}(?:場合|の方|if\b|when\b|如需|如果|若)|(?:if|when|如需|如果|若)[^。.]{0,30}(?:voice|音声|语音|語音)/i;

export function findRequirements(units: Sentence[], lex: Lexicon): Requirement[] {
  const found = new Set<Requirement>();
  const { before, after } = lex.requirementNegation;
  for (const u of units) {
    if (u.question || u.weight < 0.5 || OTHER_PLAN_CONDITION.test(u.text)) continue;
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
