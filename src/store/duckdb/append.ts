// Rows into DuckDB through its Appender: values go straight into column vectors, with no SQL to parse
// and no parameters to bind, which made INSERT ... VALUES with thousands of parameters most of what the
// store cost an ingest. The appender writes inside the connection's open transaction, so a batch
// rolled back takes its appended rows with it, and DuckDB checks the keys as an INSERT would.
import { DuckDBTypeId, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { Cell, Columns } from '../rows.js';

type AppendCell = (appender: DuckDBAppender, value: Cell) => void;

/** How a value of each column type the schema uses goes in; JSON columns are VARCHAR to the appender. */
const APPEND_AS: Partial<Record<DuckDBTypeId, AppendCell>> = {
  [DuckDBTypeId.VARCHAR]: (a, v) => a.appendVarchar(String(v)),
  [DuckDBTypeId.INTEGER]: (a, v) => a.appendInteger(Number(v)),
  [DuckDBTypeId.BIGINT]: (a, v) => a.appendBigInt(BigInt(v as number)),
  [DuckDBTypeId.DOUBLE]: (a, v) => a.appendDouble(Number(v)),
  [DuckDBTypeId.BOOLEAN]: (a, v) => a.appendBoolean(Boolean(v)),
};

/** A table's column names in the table's order, read once per table from the catalog. */
export class ColumnOrder {
  private readonly names = new Map<string, readonly string[]>();

  constructor(private readonly connection: DuckDBConnection) {}

  async of(table: string, catalog: string): Promise<readonly string[]> {
    const key = `${catalog}.${table}`;
    let names = this.names.get(key);
    if (!names) {
      const reader = await this.connection.runAndReadAll(`select column_name from duckdb_columns() where database_name = $1 and schema_name = 'main' and table_name = $2 order by column_index`, [catalog, table]);
      names = reader.getRowObjectsJS().map((r) => String(r.column_name));
      this.names.set(key, names);
    }
    return names;
  }
}

/**
 * Appends `items` to `table` of `catalog` (the store's file, or `temp` for the writer's scratch tables),
 * each column's value from `columns` under the column's name.
 */
export async function appendRows<T>(connection: DuckDBConnection, order: ColumnOrder, table: string, columns: Columns<T>, items: readonly T[], catalog: string): Promise<void> {
  if (!items.length) return;
  const names = await order.of(table, catalog);
  const unknown = Object.keys(columns).filter((n) => !names.includes(n));
  if (unknown.length || names.length !== Object.keys(columns).length) {
    throw new Error(`${table}: the row's columns (${Object.keys(columns).join(', ')}) are not the table's (${names.join(', ')})`);
  }
  const appender = await connection.createAppender(table, 'main', catalog);
  try {
    const cells = names.map((name, i) => {
      const typeId = appender.columnType(i).typeId;
      const append = APPEND_AS[typeId];
      if (!append) throw new Error(`${table}.${name}: no way to append a column of type ${DuckDBTypeId[typeId]}`);
      return { value: columns[name]!, append };
    });
    for (const item of items) {
      for (const { value, append } of cells) {
        const v = value(item);
        if (v === null) appender.appendNull();
        else append(appender, v);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
