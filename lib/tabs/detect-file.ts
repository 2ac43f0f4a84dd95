/** The detector's file in the build (entrypoints/detect.ts, an unlisted script): the manifest, the user's sites and the popup's on-demand read all inject it. */
export const DETECT_SCRIPT_FILE = 'detect.js';
