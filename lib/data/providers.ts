import { z } from 'zod';
import raw from '../../data/providers.json';
import { REQUIREMENTS } from './requirements';

/**
 * The provider knowledge base (data/providers.json). A provider's top-up
 * policy is only a default for pages that say nothing: top-up belongs to the
 * plan, and marketplaces sell both kinds on one domain.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ProviderSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  names: z.array(z.string().min(1)).optional(),
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1),
  /** The operator's own domains that are not its shop (a help centre on the parent company's site): sources there are official, no badge runs there. */
  officialDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).optional(),
  kind: z.enum(['travel-prepaid', 'reseller', 'jp-inbound', 'carrier', 'mvno', 'prepaid-topup-carrier', 'hybrid']),
  topUp: z.enum(['yes', 'no', 'varies', 'unverified']),
  topUpTerms: z.array(z.string()).optional(),
  term: z.enum(['short-term', 'contract', 'both']),
  /** The currency the shop prices in (ISO code), for symbols several currencies share (¥ is JPY or CNY). */
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  /** The shop sells eSIMs only: its plan pages need not say "eSIM". */
  esimOnly: z.boolean().optional(),
  billing: z.array(z.enum(['one-time', 'monthly', 'daily'])),
  requirements: z.array(z.enum(REQUIREMENTS)),
  /** What the provider's own pages ask of a buyer, in words: the payment condition as stated (card or bank account, in whose name, issued where), the identity check. */
  requirementsNote: z.string().max(1200).optional(),
  summary: z.string().min(10),
  sources: z
    .array(z.object({ url: z.url({ protocol: /^https?$/ }), checked: isoDate, official: z.boolean() }))
    .min(1),
});
export type Provider = z.infer<typeof ProviderSchema>;

export const ProvidersFileSchema = z.object({
  $comment: z.string().optional(),
  providers: z.array(ProviderSchema).min(1),
});

let cached: Provider[] | undefined;
export function providers(): Provider[] {
  return (cached ??= ProvidersFileSchema.parse(raw).providers);
}

/** The provider whose domain is the host or a parent of it; the longest domain wins (irumo.docomo.ne.jp over docomo.ne.jp). */
export function providerForHost(host: string, list: Provider[] = providers()): Provider | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  let best: Provider | null = null;
  let bestLen = 0;
  for (const p of list) {
    for (const d of p.domains) {
      if ((h === d || h.endsWith('.' + d)) && d.length > bestLen) {
        best = p;
        bestLen = d.length;
      }
    }
  }
  return best;
}

let byId: Map<string, Provider> | undefined;
/** A provider by id (the compare page names each row's shop). */
export function providerById(id: string): Provider | undefined {
  return (byId ??= new Map(providers().map((p) => [p.id, p]))).get(id);
}
