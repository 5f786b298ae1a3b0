// 32-bit hashing of feature parts. Features are never built as strings at run time: each token's parts
// (word, shape, affixes, ...) are hashed once from its characters, and a feature is a template id mixed
// with one or two part hashes. The committed weights are keyed by these numbers.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnvStart(): number {
  return FNV_OFFSET;
}

export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h | 0;
}

/** Order-sensitive combination of two 32-bit values (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
