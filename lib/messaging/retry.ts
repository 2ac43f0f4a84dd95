/**
 * A service worker stopped midway (MV3 stops idle workers, and a busy browser
 * restoring many tabs does too) drops the message it was handling: the
 * sender's promise rejects, resolves with no answer at all (seen in Chromium
 * when the worker stops between replying and the reply's delivery), or never
 * settles. Every handler of ours answers with an object, so "no answer" is a
 * failure too; each attempt has a deadline, and a failed one is tried again a
 * few times before giving up. `gone` says the sender itself is finished (its
 * content script was invalidated).
 */
export const RETRY_MS = [250, 1000, 3000, 6000] as const;
export const ATTEMPT_TIMEOUT_MS = 5000;

type Wait = (ms: number) => Promise<void>;
const sleep: Wait = (ms) => new Promise<void>((r) => setTimeout(r, ms));

export async function withRetry<T>(send: () => Promise<T>, gone: () => boolean = () => false, wait: Wait = sleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await Promise.race([
        send(),
        wait(ATTEMPT_TIMEOUT_MS).then(() => Promise.reject(new Error(`no answer within ${ATTEMPT_TIMEOUT_MS} ms`))),
      ]);
      if (answer === undefined || answer === null) throw new Error('the answer was lost');
      return answer;
    } catch (e) {
      if (gone() || attempt >= RETRY_MS.length) throw e;
      await wait(RETRY_MS[attempt]);
    }
  }
}
