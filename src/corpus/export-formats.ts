// The formats `dyad export` writes, apart from the writers: the command line names them in its help
// without loading the writers (and the dataset columns behind them) for every other command.

export const EXPORT_FORMATS = ['gdelt-events', 'gdelt-mentions', 'csv', 'jsonl', 'parquet', 'quotes', 'entities'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
