// Spans indexed for the lookups that per-token and per-mention loops make: what overlaps a range, what
// lies inside it, what starts or ends at a position. Each is a binary search and a walk over the hits,
// where a scan of the whole list inside a loop made long documents quadratic. Hits come back in the
// order of the list the index was made from, so a lookup answers exactly as the scan it replaces.

export interface Spanned {
  readonly start: number;
  readonly end: number;
}

export class SpanIndex<T extends Spanned> {
  /** Positions in the original list, sorted by start, and the items in that order. */
  private readonly order: number[];
  private readonly sorted: T[];
  /** The largest end among order[0..i]: a walk back from a start can stop once it falls behind. */
  private readonly maxEnd: number[];
  private byEnd: Map<number, number[]> | null = null;

  constructor(private readonly items: readonly T[]) {
    this.order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    this.sorted = this.order.map((i) => items[i]!);
    let max = -Infinity;
    this.maxEnd = this.order.map((i) => (max = Math.max(max, items[i]!.end)));
  }

  /** Items with start < end and item.end > start, in list order. */
  overlapping(start: number, end: number): T[] {
    const hits: number[] = [];
    for (let k = this.firstStartingAtOrAfter(end) - 1; k >= 0 && this.maxEnd[k]! > start; k--) {
      const i = this.order[k]!;
      if (this.items[i]!.end > start) hits.push(i);
    }
    return this.inListOrder(hits);
  }

  /** Items that hold all of [start, end), in list order. */
  covering(start: number, end: number): T[] {
    // overlapping(start, start + 1) and a filter, in one walk (this runs per token)
    const hits: number[] = [];
    for (let k = this.firstStartingAtOrAfter(start + 1) - 1; k >= 0 && this.maxEnd[k]! > start; k--) {
      const i = this.order[k]!;
      const item = this.items[i]!;
      if (item.end > start && item.start <= start && end <= item.end) hits.push(i);
    }
    return this.inListOrder(hits);
  }

  /** Items that lie within [start, end], in list order. */
  inside(start: number, end: number): T[] {
    const hits: number[] = [];
    for (let k = this.firstStartingAtOrAfter(start); k < this.order.length && this.sorted[k]!.start <= end; k++) {
      const i = this.order[k]!;
      if (this.items[i]!.end <= end) hits.push(i);
    }
    return this.inListOrder(hits);
  }

  /** Items that start at `position`, in list order. */
  startingAt(position: number): T[] {
    const hits: number[] = [];
    for (let k = this.firstStartingAtOrAfter(position); k < this.order.length && this.sorted[k]!.start === position; k++) hits.push(this.order[k]!);
    return this.inListOrder(hits);
  }

  /** Items that end at `position`, in list order. */
  endingAt(position: number): T[] {
    if (this.byEnd === null) {
      this.byEnd = new Map();
      this.items.forEach((item, i) => {
        const list = this.byEnd!.get(item.end);
        if (list) list.push(i);
        else this.byEnd!.set(item.end, [i]);
      });
    }
    return (this.byEnd.get(position) ?? []).map((i) => this.items[i]!);
  }

  private firstStartingAtOrAfter(position: number): number {
    return firstAtOrAfter(this.sorted, position);
  }

  private inListOrder(hits: number[]): T[] {
    // most lookups find nothing or one item: no sort and no second array for them
    if (hits.length === 0) return [];
    if (hits.length === 1) return [this.items[hits[0]!]!];
    hits.sort(ascending);
    const out: T[] = [];
    for (let k = 0; k < hits.length; k++) out.push(this.items[hits[k]!]!);
    return out;
  }
}

const ascending = (a: number, b: number) => a - b;

/** The position of the first span in `sorted` (by start) that starts at or after `position`. */
export function firstAtOrAfter(sorted: readonly Spanned[], position: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const indexes = new WeakMap<readonly Spanned[], SpanIndex<Spanned>>();

/** The index of a list that is never changed once made (the names and roles of a document), made once. */
export function spanIndex<T extends Spanned>(items: readonly T[]): SpanIndex<T> {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = new SpanIndex(items)));
  return index as SpanIndex<T>;
}
