/**
 * CSV of the open data (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break), written by csv-stringify — the same library the concordance's download uses in the browser.
 */
import { stringify } from 'csv-stringify/sync';

/** One header line of `fields`, then one line per row; null and undefined are empty fields. */
export function toCsv<T extends object>(rows: T[], fields: readonly (keyof T & string)[]): string {
  return stringify(rows, {
    header: true,
    columns: [...fields],
    record_delimiter: 'windows',
    cast: { boolean: (b) => String(b) },
  });
}
