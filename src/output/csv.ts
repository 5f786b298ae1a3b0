// CSV as RFC 4180 writes it: a cell is quoted when it holds a quote, comma or line break.

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvLine = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\n`;
