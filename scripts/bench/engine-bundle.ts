import { build } from 'esbuild';

/** The engine (reader and classifier, scripts/bench/engine-entry.ts) as one script to add to a page: `EsimLensBench`. */
export async function engineBundle(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('./engine-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'EsimLensBench',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  return out.outputFiles[0].text;
}
