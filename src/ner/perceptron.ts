// Averaged perceptron training weights (Collins 2002, with the lazy averaging trick of Daumé 2006:
// the average is w - u / c, where u sums each update times the step it happened at).
import type { Learner } from './decode.js';
import { TAG_COUNT } from './tags.js';

export class PerceptronTrainer implements Learner {
  private readonly rows = new Map<number, number>();
  private w = new Float32Array(1 << 16);
  private u = new Float64Array(1 << 16);
  private step = 1;

  addScores(feature: number, scores: Float32Array, offset = 0): void {
    const r = this.rows.get(feature);
    if (r === undefined) return;
    const o = r * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[offset + t]! += this.w[o + t]!;
  }

  update(feature: number, tag: number, delta: number): void {
    const o = this.row(feature) * TAG_COUNT + tag;
    this.w[o]! += delta;
    this.u[o]! += this.step * delta;
  }

  tick(): void {
    this.step++;
  }

  averaged(): Map<number, Float32Array> {
    const out = new Map<number, Float32Array>();
    for (const [key, r] of this.rows) {
      const row = new Float32Array(TAG_COUNT);
      for (let t = 0; t < TAG_COUNT; t++) row[t] = this.w[r * TAG_COUNT + t]! - this.u[r * TAG_COUNT + t]! / this.step;
      out.set(key, row);
    }
    return out;
  }

  private row(feature: number): number {
    let r = this.rows.get(feature);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(feature, r);
      if ((r + 1) * TAG_COUNT > this.w.length) {
        const w = new Float32Array(this.w.length * 2),
          u = new Float64Array(this.u.length * 2);
        w.set(this.w);
        u.set(this.u);
        this.w = w;
        this.u = u;
      }
    }
    return r;
  }
}
