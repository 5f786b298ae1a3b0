// BILOU tags over the CoNLL classes. The model is trained on CoNLL's four classes; `spans.ts` maps them
// onto dyad's EntityType (PER -> PERSON, LOC -> GPE or LOC, MISC -> NORP or MISC).

export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerClass = (typeof CLASSES)[number];

const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];

/** Tag 0 is O; class k has B = 1 + 4k, I = 2 + 4k, L = 3 + 4k, U = 4 + 4k. */
export const TAG_NAMES: readonly string[] = ['O', ...CLASSES.flatMap((c) => PARTS.map((p) => `${p}-${c}`))];
export const TAG_COUNT = TAG_NAMES.length;
export const O = 0;

export function tagOf(part: Part, cls: number): number {
  return 1 + 4 * cls + PARTS.indexOf(part);
}

export function classOfTag(tag: number): number {
  return tag === O ? -1 : (tag - 1) >> 2;
}

function partOfTag(tag: number): Part | 'O' {
  return tag === O ? 'O' : PARTS[(tag - 1) & 3]!;
}

/** Whether an entity is still open after `tag` (it was B or I). */
export function isOpen(tag: number): boolean {
  const p = partOfTag(tag);
  return p === 'B' || p === 'I';
}

/**
 * allowed[prev * TAG_COUNT + tag]: BILOU order. Inside an open entity only I/L of its class may follow;
 * otherwise O, B or U. Row TAG_COUNT stands for "before the sentence" (same as after O).
 */
export const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let prev = 0; prev <= TAG_COUNT; prev++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      const open = prev < TAG_COUNT && isOpen(prev);
      const p = partOfTag(tag);
      const ok = open ? (p === 'I' || p === 'L') && classOfTag(tag) === classOfTag(prev) : p === 'O' || p === 'B' || p === 'U';
      table[prev * TAG_COUNT + tag] = ok ? 1 : 0;
    }
  }
  return table;
})();

/** Tags that may close a sentence: nothing may be left open. */
export function canEnd(tag: number): boolean {
  return !isOpen(tag);
}

/** BILOU tags for tokens [0, n) from entity token ranges; overlapping ranges keep the first. */
export function encodeTags(n: number, entities: readonly { from: number; to: number; cls: number }[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const { from, to, cls } of entities) {
    if (to <= from || from < 0 || to > n) continue;
    let free = true;
    for (let i = from; i < to; i++) if (tags[i] !== O) free = false;
    if (!free) continue;
    if (to - from === 1) tags[from] = tagOf('U', cls);
    else {
      tags[from] = tagOf('B', cls);
      for (let i = from + 1; i < to - 1; i++) tags[i] = tagOf('I', cls);
      tags[to - 1] = tagOf('L', cls);
    }
  }
  return tags;
}

/** Entity token ranges from a tag sequence; stray I/L start an entity of their own. */
export function decodeTags(tags: ArrayLike<number>, from = 0, to = tags.length): { from: number; to: number; cls: number }[] {
  const out: { from: number; to: number; cls: number }[] = [];
  let open: { from: number; to: number; cls: number } | null = null;
  for (let i = from; i < to; i++) {
    const tag = tags[i]!;
    const cls = classOfTag(tag);
    const part = partOfTag(tag);
    if (open && (cls !== open.cls || part === 'B' || part === 'U' || part === 'O')) {
      out.push(open);
      open = null;
    }
    if (part === 'O') continue;
    if (!open) open = { from: i, to: i + 1, cls };
    else open.to = i + 1;
    if (part === 'L' || part === 'U') {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}
