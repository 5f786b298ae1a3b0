// What the coder needs to know about event codes beyond the dictionaries (the kb/ code table fills it).
export interface CodeTable {
  goldstein(code: string): number | null;
  quadClass(code: string): 1 | 2 | 3 | 4 | null;
  plover(code: string): string | null;
}
