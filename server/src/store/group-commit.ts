interface Waiter<T> {
  item: T;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Group commit: items submitted while a write is in flight wait and all go into the next write,
 * so a thousand concurrent mutations cost a handful of fsyncs, not a thousand. Each submitter is
 * answered only when the write holding its item is durable.
 *
 * After a failed write every later submission is refused (fail-stop): the caller has already
 * applied its items in memory, so carrying on would acknowledge state that is not on disk.
 */
export class GroupCommit<T> {
  #queue: Waiter<T>[] = [];
  #running: Promise<void> | null = null;
  #failure: Error | null = null;
  /** How many physical writes have been made; tests read it to see that writes were shared. */
  writes = 0;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  submit(item: T): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      // setImmediate, not a microtask: requests read in the same turn of the event loop join.
      this.#running ??= new Promise<void>((done) => setImmediate(() => void this.#drain().then(done)));
    });
  }

  /** Resolves once everything submitted so far has been written (or refused). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  get failure(): Error | null {
    return this.#failure;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      if (this.#failure) {
        for (const waiter of batch) waiter.reject(this.#failure);
        continue;
      }
      try {
        this.writes++;
        await this.write(batch.map((waiter) => waiter.item));
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        const cause = error instanceof Error ? error : new Error(String(error));
        this.#failure = new Error(
          `The data folder could not be written (${cause.message}); nothing more is accepted until the server is restarted after the cause is fixed.`,
          { cause },
        );
        for (const waiter of batch) waiter.reject(this.#failure);
      }
    }
    this.#running = null;
  }
}
