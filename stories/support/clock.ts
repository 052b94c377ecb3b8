/**
 * Makes the browser's clock read the mock engine's time, moving on from `at` as real time passes.
 * The widgets measure "expiring soon", "resets in…" and "last 7 days" against the browser's clock,
 * while the mocked engine stands at `MOCK_NOW`; without this a story's look (and its test) would
 * change with the day it is opened. Returns the function that puts the real clock back.
 */
export function pinBrowserClock(at: string): () => void {
  const RealDate = globalThis.Date;
  const offset = RealDate.parse(at) - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget: NewableFunction) =>
      Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget) as object,
    // `Date()` called without `new` returns the current time as a string.
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver: unknown) => (key === 'now' ? now : (Reflect.get(target, key, receiver) as unknown)),
  });
  return () => {
    globalThis.Date = RealDate;
  };
}
