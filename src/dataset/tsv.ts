// GDELT's files are tab-separated with one record per line and no quoting, so a tab or line break
// inside a cell would shift every later column. Such characters become a space: GDELT's readers
// (BigQuery, pandas with sep='\t') have no escape to undo, and a space keeps the text readable.

const BREAKS = /[\t\n\r\u2028\u2029]/g;

export function tsvCell(text: string): string {
  return text.replace(BREAKS, ' ');
}

/** One record: its cells joined by tabs, ended by a newline. */
export function tsvLine(cells: readonly string[]): string {
  return `${cells.map(tsvCell).join('\t')}\n`;
}
