import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../lib/cli/classify-file';
import { SHOP_PAGE_EXPECT, SHOP_PAGE_URL, shopPage } from '../fixtures/shop-page';

describe('huge pages', () => {
  it.each([40_000, 400_000, 4_000_000])('classifies a %i-byte shop page like a small one', (bytes) => {
    const html = shopPage(bytes);
    expect(html.length).toBeGreaterThanOrEqual(bytes);
    const r = classifyHtml('generated.html', html, SHOP_PAGE_URL);
    if ('error' in r) throw new Error(r.error);
    expect(r.isEsimProduct).toBe(true);
    expect(r.topUp.value).toBe(SHOP_PAGE_EXPECT.topUp);
    expect(r.term.value).toBe(SHOP_PAGE_EXPECT.term);
    expect(r.plan.dataGb).toBe(SHOP_PAGE_EXPECT.dataGb);
    expect(r.plan.validityDays).toBe(SHOP_PAGE_EXPECT.validityDays);
    // Its bulk (menus, the app's state, reviews) is not read, so even the multi-megabyte page is read whole.
    expect(r.truncated ?? false).toBe(false);
  });
});
