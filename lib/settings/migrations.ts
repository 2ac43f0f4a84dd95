/**
 * Migrations of stored settings, one function per version step. Each takes
 * whatever was stored (it may be hand-written or corrupt) and never throws:
 * it moves what it understands and leaves the rest for recover() to repair.
 * Every step is tested against frozen examples of the old version
 * (tests/fixtures/settings/).
 */

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);

/** v1 → v2: "open the details right away" became a view, compact or detailed. */
export function toV2(old: unknown): unknown {
  if (!isObject(old)) return old;
  const display = isObject(old.display) ? { ...old.display } : undefined;
  if (!display) return old;
  const { detailed, ...rest } = display;
  return { ...old, display: { ...rest, view: detailed === true ? 'detailed' : 'compact' } };
}

/** v2 → v3: plan cards got chips, on unless the user turns them off. */
export function toV3(old: unknown): unknown {
  if (!isObject(old) || !isObject(old.display)) return old;
  return { ...old, display: { cardChips: true, ...old.display } };
}

/** v3 → v4: the plans viewed are remembered for the compare page, unless the user turns it off. */
export function toV4(old: unknown): unknown {
  if (!isObject(old)) return old;
  return { history: { remember: true }, ...old };
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: toV2,
  3: toV3,
  4: toV4,
};
