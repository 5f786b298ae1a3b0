// Known names found in the text: a character trie over every alias of the knowledge base, walked
// from each token start. Matching on characters rather than tokens keeps names whole whatever the
// tokenizer does with them ("Moon Jae-in", "U.S."), and a match must end on a token end.
//
// Case: every capital letter of the alias must be a capital in the text, so "US" never matches the
// pronoun "us"; text in capitals (headlines, datelines) satisfies that for any alias.
import type { Token } from '../types.js';

export interface Named {
  readonly text: string;
}

interface Node {
  readonly next: Map<string, Node>;
  /** Aliases that end here, by their exact spelling. */
  entries: Named[] | null;
}

export interface GazetteerMatch<T extends Named> {
  readonly start: number;
  readonly end: number;
  /** Every alias written this way (a name can stand for several actors over time). */
  readonly entries: readonly T[];
}

export class Gazetteer<T extends Named> {
  private readonly root: Node = { next: new Map(), entries: null };

  constructor(entries: Iterable<T>) {
    for (const entry of entries) this.add(entry);
  }

  private add(entry: T): void {
    let node = this.root;
    // "the Kremlin" is found as "Kremlin": a leading article would hide longer names that start
    // after it ("the West Bank" is not "the West")
    for (const ch of fold(withoutArticle(entry.text))) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), entries: null }));
      node = child;
    }
    (node.entries ??= []).push(entry);
  }

  /** Longest matches, left to right, never overlapping, each starting and ending on token edges. */
  match(text: string, tokens: readonly Token[]): GazetteerMatch<T>[] {
    const ends = new Set<number>();
    for (const t of tokens) ends.add(t.end);
    const found: GazetteerMatch<T>[] = [];
    let after = 0;
    for (const token of tokens) {
      if (token.start < after) continue;
      const best = this.longestAt(text, token.start, ends);
      if (best) {
        found.push(best as GazetteerMatch<T>);
        after = best.end;
      }
    }
    return found;
  }

  private longestAt(text: string, start: number, ends: ReadonlySet<number>): GazetteerMatch<Named> | null {
    let node: Node | undefined = this.root;
    let best: GazetteerMatch<Named> | null = null;
    for (let i = start; i < text.length && node; i++) {
      node = node.next.get(foldChar(text[i]!));
      if (node?.entries && ends.has(i + 1)) {
        const written = text.slice(start, i + 1);
        const fits = node.entries.filter((e) => caseFits(withoutArticle(e.text), written));
        if (fits.length) best = { start, end: i + 1, entries: fits };
      }
    }
    return best;
  }
}

const withoutArticle = (name: string) => name.replace(/^the\s+/i, '');

/** Lower case, one kind of space, one kind of apostrophe and dash. */
function foldChar(ch: string): string {
  if (ch === '’' || ch === '‘') return "'";
  if (ch === '‐' || ch === '‑' || ch === '–') return '-';
  if (ch === '\u00a0' || ch === '\n' || ch === '\t') return ' ';
  return ch.toLowerCase();
}

function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

function caseFits(alias: string, written: string): boolean {
  if (written === written.toUpperCase()) return true;
  for (let i = 0; i < alias.length && i < written.length; i++) {
    const a = alias[i]!;
    if (a !== a.toLowerCase() && written[i] === written[i]!.toLowerCase()) return false;
  }
  return true;
}
