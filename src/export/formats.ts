// What `parley export` can write, apart from the code that writes it, so the CLI can list the choices in --help
// without loading the store or the query layer.
export type ExportFormat = 'plover' | 'csv' | 'jsonl' | 'json' | 'parquet';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['plover', 'csv', 'jsonl', 'json', 'parquet'];
export type TableName = 'events' | 'sources' | 'polecat';
export const TABLES: readonly TableName[] = ['events', 'sources', 'polecat'];
