import { REQUIREMENTS, type Lexicon, type Requirement } from '../data/lexicon';
import type { Sentence } from './evidence';

/**
 * What a contract asks of you, as the page states it. "No residence card
 * needed" and "Do I need a Japanese bank account?" are not requirements.
 */
// "Voice plans need an ID check" on a data-only page is about another plan.
const VOICE_PLAN = /音声通話|音声プラン|音声SIM|通話機能|\bvoice (?:e?sims?|plans?|lines?)\b|语音|語音|通話方案|通话套餐/i;
const OTHER_PLAN_CUE = /場合|の方|別途|\bif\b|\bwhen\b|\bchoose\b|\bselect\b|\bfor a phone number\b|\bupgrade\b|如需|如果|若/i;
// "With a Japanese phone number" describes the plan; it is not asked of you.
const NEEDS = /need|require|must|mandatory|necessary|what to prepare|準備|用意|所需|准备|準備|必要|必須|が要|需要|需|须|須|必须|必須/i;

export function findRequirements(units: Sentence[], lex: Lexicon): Requirement[] {
  const found = new Set<Requirement>();
  const { before, after } = lex.requirementNegation;
  for (const u of units) {
    if (u.question || u.weight < 0.5 || !lex.anyRequirement.test(u.text)) continue;
    if (VOICE_PLAN.test(u.text) && OTHER_PLAN_CUE.test(u.text)) continue;
    for (const r of REQUIREMENTS) {
      if (found.has(r)) continue;
      if (r === 'jp-phone-number' && !NEEDS.test(u.text) && !NEEDS.test(u.heading)) continue;
      for (const p of lex.requirements[r]) {
        p.re.lastIndex = 0;
        const m = p.re.exec(u.text);
        if (!m) continue;
        const pre = u.text.slice(Math.max(0, m.index - 60), m.index);
        const post = u.text.slice(m.index + m[0].length, m.index + m[0].length + 45);
        if (before.test(pre) || after.test(post)) continue;
        found.add(r);
        break;
      }
    }
  }
  return REQUIREMENTS.filter((r) => found.has(r));
}
