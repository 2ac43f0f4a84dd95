import { browser } from 'wxt/browser';
import { VerdictSchema, type Verdict } from '../classify/verdict';
import { DETECT_SCRIPT_FILE } from './detect-file';

/**
 * Reading the tab the popup was opened on, on demand. Opening the popup is a
 * user gesture that grants `activeTab`: for that tab the extension may inject
 * its detector, on any site, with no install-time host permission. The
 * detector glances at the page, the background injects the reader and
 * classifies what it reads as usual (badge included); the popup waits for the
 * verdict.
 */

const POLL_MS = 150;
const WAIT_MS = 5000;

export async function storedVerdict(tabId: number): Promise<Verdict | null> {
  const reply = (await browser.runtime.sendMessage({ type: 'get-tab-verdict', tabId })) as { verdict?: unknown } | undefined;
  const parsed = VerdictSchema.safeParse(reply?.verdict);
  return parsed.success ? parsed.data : null;
}

/**
 * Injects the detector into `tabId` and waits for its verdict. "blocked": the
 * browser would not let us in (its own pages, the web stores, the PDF viewer,
 * file:// without permission, or no activeTab grant); "timeout": read but no
 * verdict in time.
 */
export async function readTabNow(tabId: number, wait = WAIT_MS): Promise<Verdict | 'blocked' | 'timeout'> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/${DETECT_SCRIPT_FILE}`] });
  } catch {
    return 'blocked';
  }
  const deadline = Date.now() + wait;
  while (Date.now() < deadline) {
    const v = await storedVerdict(tabId);
    if (v) return v;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return 'timeout';
}
