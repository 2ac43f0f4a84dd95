// The engine as the content script runs it, bundled for the benchmark page.
import { classify } from '../../lib/classify';
import { readPage } from '../../lib/page/read-page';

export function run(url: string) {
  return classify(readPage(document, { url }));
}
