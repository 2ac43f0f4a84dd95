import type { Verdict } from '../classify/verdict';

/** The toolbar icon's states: can be topped up, cannot, not stated, not an eSIM page (or not read). */
export const TOOLBAR_STATES = ['yes', 'no', 'unknown', 'none'] as const;
export type ToolbarState = (typeof TOOLBAR_STATES)[number];
export const ICON_SIZES = [16, 32, 48, 128] as const;
export const STATE_ICON_SIZES = [16, 32] as const;

export function toolbarState(verdict: Verdict | null): ToolbarState {
  return verdict?.isEsimProduct ? verdict.topUp.value : 'none';
}

/** The paths action.setIcon takes for a state (files made by scripts/icons.ts). */
export function stateIconPaths(state: ToolbarState): Record<string, string> {
  return Object.fromEntries(STATE_ICON_SIZES.map((s) => [String(s), `/icon/state/${state}-${s}.png`]));
}
