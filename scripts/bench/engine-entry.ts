// The engine as the extension runs it, bundled for the benchmark page: the reader (in the content script)
// and the classifier (in the background), timed apart.
import { classify } from '../../lib/classify';
import { readPage } from '../../lib/page/read-page';
import type { PageSnapshot } from '../../lib/page/snapshot';

export function run(url: string) {
  return classify(readPage(document, { url }));
}
export function read(url: string): PageSnapshot {
  return readPage(document, { url });
}
export function judge(snapshot: PageSnapshot) {
  return classify(snapshot);
}
