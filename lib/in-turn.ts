/**
 * Jobs of one key run one after another, jobs of different keys side by side.
 * The background uses a tab's id (a single-page shop can send two reads in a
 * row; the later must win) and the history its own key (two tabs finishing
 * together must not read the same list and lose each other's rows). A failed
 * job does not stop the ones after it; a key's queue is dropped once it is idle.
 */
const queues = new Map<number | string, Promise<unknown>>();

export function inTurn<T>(key: number | string, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(job, job);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => queues.get(key) === settled && queues.delete(key));
  return run;
}
