import { parseHTML } from 'linkedom';
import { classify } from '../classify';
import { readPage } from '../page/read-page';
import { pageUrl } from './page-url';

/** One line of `npm run classify`: the contract in DESIGN.md. */
export type ClassifyLine =
  | ({ file: string; ms: number } & Omit<ReturnType<typeof classify>, 'truncated' | 'listing'> & Partial<Pick<ReturnType<typeof classify>, 'listing' | 'truncated'>>)
  | { file: string; error: string };

export function classifyHtml(file: string, html: string, url?: string): ClassifyLine {
  if (html.includes('\u0000')) return { file, error: 'not a text file (contains NUL bytes)' };
  if (!html.trim()) return { file, error: 'empty file' };
  const t0 = performance.now();
  const { document } = parseHTML(html);
  const snapshot = readPage(document as unknown as Document, { url: url ?? pageUrl(document as unknown as Document, html) });
  const verdict = classify(snapshot);
  const ms = Math.round((performance.now() - t0) * 100) / 100;
  return { file, ...verdict, ms };
}
