import { parseHTML } from 'linkedom';
import { readPage } from '../../lib/page/read-page';
import { classify } from '../../lib/classify';

/** A Document from an HTML string, on linkedom (the Node DOM the CLI uses). */
export function doc(html: string): Document {
  // linkedom needs a whole document; tests often write only a <body>.
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head>${/<body[\s>]/i.test(html) ? html : `<body>${html}</body>`}</html>`;
  return parseHTML(whole).document as unknown as Document;
}

export function snap(html: string, url = 'https://shop.example/esim/japan') {
  return readPage(doc(html), { url });
}

export function verdict(html: string, url = 'https://shop.example/esim/japan') {
  return classify(snap(html, url));
}
