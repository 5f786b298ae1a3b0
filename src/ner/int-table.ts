// Buffers kept from document to document instead of allocated per document: typed arrays, and an
// open-addressing table from int32 keys (feature hashes, so already well mixed) to a few int32 values.

type Typed = Int32Array | Uint8Array | Float32Array;

/** `array` when it holds `size` elements, else a new one of the same kind with room to spare. */
export function grown<A extends Typed>(array: A, size: number): A {
  if (array.length >= size) return array;
  return new (array.constructor as new (length: number) => A)(Math.max(size, 2 * array.length, 1024));
}

export class IntTable {
  private keys = new Int32Array(0);
  private used = new Uint8Array(0);
  private mask = 0;
  /** `width` values per slot, at slot * width. */
  values = new Int32Array(0);

  constructor(readonly width: number) {}

  /** Empties the table, with room for `capacity` keys. */
  reset(capacity: number): void {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    if (this.keys.length < size) {
      this.keys = new Int32Array(size);
      this.used = new Uint8Array(size);
      this.values = new Int32Array(size * this.width);
    } else {
      this.used.fill(0, 0, size);
    }
    this.mask = size - 1;
  }

  /** Slot of `key`, or -1. */
  find(key: number): number {
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      if (!this.used[slot]) return -1;
      if (this.keys[slot] === key) return slot;
    }
  }

  /** Slot of `key`, added with zero values when absent. */
  add(key: number): number {
    let slot = key & this.mask;
    while (this.used[slot] && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (!this.used[slot]) {
      this.used[slot] = 1;
      this.keys[slot] = key;
      this.values.fill(0, slot * this.width, (slot + 1) * this.width);
    }
    return slot;
  }
}
