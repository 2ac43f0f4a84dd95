/** The badge's corners. A module of its own so the page-side badge host can use it without the settings schema. */
export const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];
