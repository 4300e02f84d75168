/** Adds a column to an actor's SQLite table when an older version of the object created the table without it. */
export function ensureColumn(sql: SqlStorage, table: string, column: string, definition: string): void {
  const columns = sql.exec<{ name: string }>(`SELECT name FROM pragma_table_info(?)`, table).toArray();
  if (!columns.some((c) => c.name === column)) sql.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
}
