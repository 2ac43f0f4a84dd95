import type { Lexicon } from '../data/lexicon';
import { providerForHost } from '../data/providers';
import type { PageSnapshot } from '../page/snapshot';
import { readMentions, type Mention } from './context';
import { readQuantities, unlimitedSpans, type Locale, type Quantities } from './quantities';
import { toStatements, type Statement } from './statements';

/**
 * Steps one and two together: the page's statements, each read once by the
 * extractors (polarity mentions, numbers). The decisions that follow only
 * combine these readings; none of them scans text again.
 */

export interface Reading {
  st: Statement;
  mentions: Mention[];
  q: Quantities;
  /** The clause binds itself to one kind of plan ("unlimited plans…"): its numbers describe that kind, not this plan. */
  rule: boolean;
}

/** Japanese carriers, MVNOs and visitor SIMs price in yen, whatever the page's language. */
const JAPANESE_KINDS = new Set(['carrier', 'mvno', 'jp-inbound', 'prepaid-topup-carrier']);

function localeOf(snapshot: PageSnapshot): Locale {
  const provider = snapshot.host ? providerForHost(snapshot.host) : null;
  const home =
    snapshot.products.find((p) => p.currency)?.currency ??
    provider?.currency ??
    (provider && JAPANESE_KINDS.has(provider.kind) ? 'JPY' : undefined);
  return { lang: snapshot.lang, host: snapshot.host, home };
}

export function readPageStatements(snapshot: PageSnapshot, lex: Lexicon): Reading[] {
  const statements = toStatements(snapshot, lex);
  const locale = localeOf(snapshot);
  return statements.map((st) => {
    const mentions = st.weight > 0 || st.source !== 'body' ? readMentions(st.text, st.script, lex, { topUp: true, term: true, requirements: true }) : [];
    const unlimited = unlimitedSpans(st.text, st.script, lex);
    return {
      st,
      mentions,
      q: readQuantities(st.text, st.script, lex, locale, unlimited),
      rule: mentions.some((m) => m.binds.length > 0 || m.otherProduct),
    };
  });
}
