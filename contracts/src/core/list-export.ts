import { z } from 'zod';
import { auditEvent } from './audit';
import type { Locale } from './common';
import { type Access, type BinaryResponse, binaryResponse, XLSX_MEDIA_TYPE } from './http';

/**
 * Excel exports of staff lists. A list route that can be exported gets a second route,
 * `GET <list path>/export.xlsx`, declared here from the list's own contract: the same access,
 * the same query schema without the page's `limit`/`after`, and the columns of the sheet. The
 * server (platform/list-export.ts) walks the list's own keyset pages with those filters and
 * streams them into the workbook, so an export holds exactly what the list shows the caller.
 */

/** The most rows one export writes; beyond them the file and the response say it was cut. */
export const EXPORT_ROW_CAP = 200_000;

/** Response headers of an export: the rows the list counted at the start and the cap. */
export const EXPORT_HEADERS = {
  /** The list's total when the export started (as the list counts it: exact up to COUNT_CAP). */
  rows: 'X-Export-Rows',
  /** 'true' when that total is exact, 'false' when it is "at least". */
  rowsExact: 'X-Export-Rows-Exact',
  /** EXPORT_ROW_CAP. */
  rowLimit: 'X-Export-Row-Limit',
} as const;

export type Localized = Readonly<Record<Locale, string>>;

export type ExportCell = string | number | boolean | null | undefined;

/**
 * How a cell is written. Text is guarded against formulas; `date` takes 'YYYY-MM-DD' and
 * `datetime` an ISO instant, both written as Excel dates (Beijing time); `yesNo` a boolean;
 * `labels` a vocabulary code, written as its label in the caller's language; `messages` a code
 * whose label is the server message `<prefix>.<code>`.
 */
export type ExportFormat =
  | 'text'
  | 'number'
  | 'date'
  | 'datetime'
  | 'yesNo'
  | { labels: Readonly<Record<string, Localized>> }
  | { messages: string };

export interface ExportColumn<Item> {
  header: Localized;
  /**
   * The cell of one row; `index` is the row's 0-based position in the export (序号). `locale` is
   * for a cell composed of several coded values (an account's roles), which no one format labels.
   */
  value: (item: Item, index: number, locale: Locale) => ExportCell;
  format?: ExportFormat;
  /** In characters. */
  width?: number;
}

export interface ListExport<Item = never> {
  /** The list route whose pages the export walks. */
  list: string;
  /** The record type of the rows: the export is audited as `<recordType>.exported`. */
  recordType: string;
  /** The sheet's title row, and the download's name (en-US: ASCII). */
  title: Localized;
  fileName: Localized;
  columns: readonly ExportColumn<Item>[];
}

/** A list route as `listExportRoute` reads it. */
interface ListRoute {
  method: 'GET';
  path: string;
  summary: string;
  tags: readonly string[];
  access: Access;
  /** A list of one record's rows (a round's ballots): the record its path names. */
  record?: string;
  params?: z.ZodType;
  query: z.ZodObject;
  response: { 200: z.ZodType<{ items: unknown[] }> };
  errors?: readonly number[];
}

/** The list's path parameters and record, when its path names one. */
type OfRecord<L extends ListRoute> = (L extends { params: infer P extends z.ZodType }
  ? { params: P }
  : unknown) &
  (L extends { record: infer R extends string } ? { record: R } : unknown);

type ItemOf<L extends ListRoute> = z.output<L['response'][200]>['items'][number];
type Unpaged<T> = Omit<T, 'limit' | 'after'>;

/** The export route of a list route: same access, same path parameters and filters, an .xlsx response. */
export function listExportRoute<const Id extends string, const L extends ListRoute>(
  list: Id,
  route: L,
  declaration: Omit<ListExport<ItemOf<L>>, 'list'>,
): {
  method: 'GET';
  path: string;
  summary: string;
  tags: readonly string[];
  access: L['access'];
  query: z.ZodType<Unpaged<z.output<L['query']>>, Unpaged<z.input<L['query']>>>;
  response: { 200: BinaryResponse };
  errors?: readonly number[];
  listExport: ListExport<ItemOf<L>>;
} & OfRecord<L> {
  return {
    method: 'GET',
    path: `${route.path}/export.xlsx`,
    summary: `${route.summary} — as .xlsx, every row under the same filters (audited; at most ${EXPORT_ROW_CAP} rows)`,
    tags: route.tags,
    access: route.access,
    ...(route.record ? { record: route.record } : {}),
    ...(route.params ? { params: route.params } : {}),
    query: route.query.omit({ limit: true, after: true }) as never,
    response: { 200: binaryResponse(XLSX_MEDIA_TYPE, 'An Excel workbook, streamed') },
    ...(route.errors ? { errors: route.errors } : {}),
    listExport: { list, ...declaration },
    // The conditional part (OfRecord) is what the spreads above add; TypeScript cannot follow it.
  } as never;
}

/** The audit event of a list's export (a view of its rows): the operation, filters and count. */
export const listExportedEvent = <const R extends string>(recordType: R) =>
  auditEvent(`${recordType}.exported` as `${R}.exported`, recordType, {
    after: z
      .object({
        /** The list's operation id (absent in events written before exports were one mechanism). */
        operation: z.string().optional(),
        filters: z.record(z.string(), z.string()),
        /** Rows the list counted when the export started. */
        count: z.number().int(),
        /** false when `count` is "at least" (the list counts exactly up to COUNT_CAP). */
        countExact: z.boolean().optional(),
      })
      .strict(),
  });
