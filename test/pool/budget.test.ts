// Each document has a time budget (issue 18, finding 6): a document over it becomes an error record
// `timeout`, its worker is replaced, and the documents around it are coded as usual, in input order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCoders } from '../../src/pool/pool.js';
import type { RawDocument } from '../../src/types.js';

/**
 * An article long enough to take seconds to code, linear as the coder is (under the 1-million-character
 * limit): about 4.5 s of CPU, so it is over a 1.5 s budget of CPU time on any machine at any load,
 * while the short documents around it take well under 0.2 s.
 */
function longArticle(): string {
  const people = ['Gondor', 'Rohan', 'Arnor', 'the council', 'the minister', 'officials'];
  const verbs = ['praised', 'criticised', 'met', 'accused', 'thanked', 'warned'];
  const out: string[] = [];
  for (let i = 0, length = 0; length < 900_000; i++) {
    const sentence = `On Monday ${people[i % 6]} ${verbs[(i * 5) % 6]} ${people[(i + 2) % 6]} in the capital, "we will not wait", said ${people[(i + 3) % 6]} (${i}).`;
    out.push(sentence, ...(i % 5 === 4 ? ['\n\n'] : []));
    length += sentence.length + (i % 5 === 4 ? 4 : 1);
  }
  return out.join(' ');
}

async function* docs(): AsyncGenerator<RawDocument> {
  yield { id: 'before', origin: 'test:1', text: 'Gondor praised Rohan on Monday.', date: '2023-10-18' };
  yield { id: 'slow', origin: 'test:2', text: longArticle(), date: '2023-10-18' };
  yield { id: 'after', origin: 'test:3', text: 'Rohan thanked Gondor.', date: '2023-10-18' };
}

for (const threads of [1, 2]) {
  test(`finding 6: ${threads} thread(s): a document over its budget is a timeout record; the run goes on`, async () => {
    const coders = createCoders({ threads, shape: 'jsonl', pipeline: {}, docTimeoutMs: 1500 });
    try {
      const out = [];
      for await (const p of coders.code(docs())) out.push(JSON.parse(p.output) as { id: string; error: { code: string; message: string } | null });
      assert.deepEqual(
        out.map((r) => [r.id, r.error?.code ?? null]),
        [
          ['before', null],
          ['slow', 'timeout'],
          ['after', null],
        ],
      );
      assert.match(out[1]!.error!.message, /^test:2: coding took more than 1.5 s of CPU time; stopped/);
    } finally {
      await coders.close();
    }
  });
}

test('finding 6: with a budget, one thread codes in a worker and gives the bytes the calling thread gives', async () => {
  const run = async (docTimeoutMs: number) => {
    const coders = createCoders({ threads: 1, shape: 'jsonl', pipeline: {}, docTimeoutMs });
    try {
      const out: string[] = [];
      for await (const p of coders.code(
        (async function* () {
          yield { id: 'a', origin: 't:1', text: 'Gondor praised Rohan on Monday. "We are glad," said the minister of Arnor.', date: '2023-10-18' };
          yield { id: 'b', origin: 't:2', html: '<html><body><article><h1>Talks</h1><p>Rohan met Gondor in Minas Tirith on Tuesday, officials said after the meeting of the two councils.</p></article></body></html>', date: '2023-10-18' };
        })(),
      ))
        out.push(p.output);
      return out;
    } finally {
      await coders.close();
    }
  };
  assert.deepEqual(await run(30_000), await run(0));
});
