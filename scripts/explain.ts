/**
 * npm run explain -- FILE.html [--url URL] [--all]
 *
 * Shows how the engine reads one saved page: each statement with its weight,
 * region, repeated items and selection, what the extractors found in it
 * (mentions with their polarity and cue, numbers with their modifiers), the
 * plan cards, and the verdict. Statements with nothing found are left out
 * unless --all is given. For working on the engine and on data/lexicon.json.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { classify } from '../lib/classify';
import { findCards } from '../lib/classify/cards';
import { productSignals } from '../lib/classify/product';
import { providerForHost } from '../lib/data/providers';
import { readPageStatements } from '../lib/classify/read';
import { lexicon } from '../lib/data/lexicon';
import { pageUrl } from '../lib/cli/page-url';
import { readPage } from '../lib/page/read-page';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--url');
if (!file) {
  console.error('usage: npm run explain -- FILE.html [--url URL] [--all]');
  process.exit(2);
}
const urlArg = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;
const html = readFileSync(file, 'utf8');
const { document } = parseHTML(html);
const doc = document as unknown as Document;
const snapshot = readPage(doc, { url: urlArg ?? pageUrl(doc, html) });
const lex = lexicon();
const readings = readPageStatements(snapshot, lex);

for (const r of readings) {
  const { st, mentions, q } = r;
  const found = mentions.length || q.data.length || q.durations.length || q.prices.length;
  if (!found && !args.includes('--all')) continue;
  const flags = [
    st.source,
    st.region,
    st.kind,
    `w${st.weight.toFixed(2)}`,
    st.selected ? 'SELECTED' : '',
    st.question ? 'Q' : '',
    st.answers !== undefined ? `A→${st.answers}` : '',
    st.groups.length ? `g${st.groups.map(([s, i]) => `${s}.${i}`).join(',')}` : '',
    r.rule ? 'RULE' : '',
  ].filter(Boolean);
  console.log(`#${st.index} [${flags.join(' ')}] ${st.text.slice(0, 160)}`);
  for (const m of mentions) {
    const mods = [m.cue ? `cue=${m.cue}` : '', m.binds.length ? `binds=${m.binds}` : '', m.otherProduct ? 'other-product' : '', m.temporal ? 'temporal' : ''].filter(Boolean);
    console.log(`    ${m.family} ${m.polarity > 0 ? '+' : '-'}${m.weight} ${m.concept} "${st.text.slice(m.start, m.end)}" ${mods.join(' ')}`);
  }
  for (const d of q.data) console.log(`    data ${d.unlimited ? 'unlimited' : `${d.gb}GB`}${d.daily ? '/day' : ''}${d.range ? ' range' : ''}`);
  for (const d of q.durations) console.log(`    days ${d.days}${d.validity ? ' validity' : ''}${d.window ? ' window' : ''}${d.range ? ' range' : ''}`);
  for (const p of q.prices) console.log(`    price ${p.amount} ${p.currency}${p.billing ? ` ${p.billing}` : ''}${p.discount ? ' discount' : ''}${p.from ? ' from' : ''}${p.otherFee ? ' other-fee' : ''}`);
}
const set = findCards(readings);
const signals = productSignals({ snapshot, readings, provider: providerForHost(snapshot.host), cards: set?.cards.length }, lex);
console.log(`\nproduct score ${signals.reduce((s, [, v]) => s + v, 0)} (3 or more is a product): ${signals.map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v}`).join(', ')}`);
if (set) {
  console.log(`\ncards: set ${set.set}, ${set.cards.length} cards${set.selected ? `, selected item ${set.selected.item}` : ''}`);
  for (const c of set.cards) console.log(`  ${c.item}: ${c.heading.st.text.slice(0, 80)}`);
}
console.log('\n' + JSON.stringify(classify(snapshot, lex), null, 2));
