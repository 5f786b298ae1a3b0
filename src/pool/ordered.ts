// Runs an async function over a stream with at most `limit` calls in flight and yields the results in
// input order. The bound is what keeps memory flat however long the stream: the input is read only as
// fast as results are taken.

export async function* inOrder<I, O>(inputs: AsyncIterable<I>, run: (input: I) => Promise<O>, limit: number): AsyncGenerator<O> {
  const pending: Promise<O>[] = [];
  const source = inputs[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < limit) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else {
          const result = run(next.value);
          // awaited in order below; this only keeps a later rejection from being reported as unhandled
          result.catch(() => undefined);
          pending.push(result);
        }
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    // a consumer that stops early must not leave calls running behind it
    await Promise.allSettled(pending);
    if (!exhausted) await source.return?.(undefined);
  }
}
