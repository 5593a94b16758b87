import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import {
  type AuditEventInput,
  EXPORT_HEADERS,
  EXPORT_ROW_CAP,
  type ExportCell,
  type ExportColumn,
  type ExportFormat,
  type ExportOperationId,
  type ListExport,
  type Locale,
  MAX_PAGE_SIZE,
  type Page,
  type PageQuery,
  ROUTES,
  type RouteContract,
  type RouteRequestData,
  type Routes,
  XLSX_MEDIA_TYPE,
} from '@zeren/contracts';
import ExcelJS from 'exceljs';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { shanghaiDate } from './calendar/deadline';
import { inTransaction, type ServiceContext } from './context';
import { guardFormula } from './files/spreadsheet';
import { t } from './i18n';
import { withoutCounts } from './paging';
import { route } from './routes';

/**
 * The Excel export of a staff list (`GET <list path>/export.xlsx`, contracts `listExportRoute`).
 * One mechanism for every list: the module registers the export with the same function that
 * serves the list's pages, and the platform walks those pages with the caller's filters (200,
 * then 500 rows at a time, each page after the last one's cursor) — the same scope, the same
 * filters and the same order as the list on screen — writing each row into a streaming workbook
 * piped to the response. Memory holds one page and the zip's buffers, whatever the list's length.
 *
 * The export is a view of the list's rows: its audit event (`<recordType>.exported`: the list,
 * the filters, the rows counted) is committed before the first byte leaves, so no row is ever
 * sent without its audit row. The count is the list's own total at that moment (exact up to
 * COUNT_CAP, else "at least", as the list shows it); a streamed file cannot be known in advance.
 */

/**
 * What the export calls for each page: the list's own service function (with the path's
 * parameters for a list of one record's rows, such as a round's ballots).
 */
export type ListPages<K extends ExportOperationId> = (
  ctx: ServiceContext,
  query: RouteRequestData<Routes[K]>['query'] & PageQuery,
  params: RouteRequestData<Routes[K]>['params'],
) => Promise<Page<unknown>>;

type AnyColumn = ExportColumn<unknown>;

/**
 * Rows the export asks the list's function for at a time. Clients page by at most MAX_PAGE_SIZE
 * (the route's schema); the function itself takes any size, and an export of 100,000 rows spends
 * less on per-page work (the page's query, its presenter's lookups) at 500; at 1,000 the bench
 * showed no less CPU time worth the larger page's memory (bench/export.bench.ts).
 */
export const EXPORT_PAGE_SIZE = 500;

/** The download's name, dated: ASCII in `filename`, the caller's language in `filename*`. */
function disposition(exported: ListExport, locale: Locale, date: string): string {
  const ascii = `${exported.fileName['en-US']}-${date}.xlsx`;
  const name = `${exported.fileName[locale]}-${date}.xlsx`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Excel shows a date serial in the workbook's zone; Zeren's dates and times are Beijing's. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

const NUMBER_FORMATS: Record<Locale, { date: string; datetime: string }> = {
  'zh-CN': { date: 'yyyy"年"m"月"d"日"', datetime: 'yyyy"年"m"月"d"日" hh:mm' },
  'en-US': { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' },
};

/** One cell as its format says; text never becomes a formula (guardFormula). */
export function renderCell(value: ExportCell, format: ExportFormat | undefined, locale: Locale): unknown {
  if (value === null || value === undefined || value === '') return null;
  switch (format ?? 'text') {
    case 'text':
      return guardFormula(String(value));
    case 'number':
      return typeof value === 'number' ? value : guardFormula(String(value));
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value))
        ? new Date(`${value}T00:00:00Z`)
        : guardFormula(String(value));
    case 'datetime': {
      const at = new Date(String(value));
      return Number.isNaN(at.getTime())
        ? guardFormula(String(value))
        : new Date(at.getTime() + BEIJING_OFFSET_MS);
    }
    case 'yesNo':
      return t(locale, value ? 'export.yes' : 'export.no');
  }
  const coded = format as Exclude<ExportFormat, string>;
  if ('labels' in coded) return guardFormula(coded.labels[String(value)]?.[locale] ?? String(value));
  return guardFormula(t(locale, `${coded.messages}.${String(value)}`));
}

function numFmtOf(format: ExportFormat | undefined, locale: Locale): string | undefined {
  if (format === 'date' || format === 'datetime') return NUMBER_FORMATS[locale][format];
  return undefined;
}

/** The filters as the audit event and the file's notes keep them: given values only, as text. */
function filtersOf(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
  );
}

/**
 * Where ExcelJS (4.4) hands the sheet's XML to the zip: the sheet's StreamBuf writes into the
 * archive's entry stream without waiting for it (it ignores `write`'s answer), so a walk faster
 * than the compressor piled the uncompressed XML up — 100,000 ledger rows held 50 MB of buffers
 * and 95 MB of heap at the end (the server's peak 390–420 MB). Waiting for that stream keeps the
 * XML of about one page in memory.
 */
export function sheetEntry(sheet: ExcelJS.Worksheet): Writable[] {
  return (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
}

/** Waits until these streams take more, or the response is gone (nobody drains them then). */
async function drained(streams: Writable[], out: PassThrough) {
  for (const stream of streams) {
    // The archive's streams are readable-stream@2's, which predate `writableNeedDrain`.
    const needDrain =
      stream.writableNeedDrain ??
      (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain;
    if (!needDrain || out.destroyed) continue;
    const stop = new AbortController();
    await Promise.race([
      once(stream, 'drain', { signal: stop.signal }),
      once(out, 'close', { signal: stop.signal }),
    ]).finally(() => stop.abort());
  }
}

interface WriteInput {
  ctx: ServiceContext;
  exported: ListExport;
  first: Page<unknown>;
  next: (after: string) => Promise<Page<unknown>>;
  filters: Record<string, string>;
  out: PassThrough;
}

/** Writes the workbook page by page into `out`; returns the rows written and whether it was cut. */
async function writeWorkbook({ ctx, exported, first, next, filters, out }: WriteInput) {
  const locale = ctx.locale;
  const columns = exported.columns as readonly AnyColumn[];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Zeren';
  const sheet = workbook.addWorksheet(exported.title[locale], {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => {
    const numFmt = numFmtOf(c.format, locale);
    return { width: c.width ?? 16, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const title = sheet.addRow([exported.title[locale]]);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;
  sheet.mergeCells(1, 1, 1, columns.length);
  title.commit();
  const header = sheet.addRow(columns.map((c) => c.header[locale]));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  let written = 0;
  let cut = false;
  let page = first;
  for (;;) {
    for (const item of page.items) {
      if (written === EXPORT_ROW_CAP) {
        cut = true;
        break;
      }
      sheet.addRow(columns.map((c) => renderCell(c.value(item, written, locale), c.format, locale))).commit();
      written++;
    }
    if (cut || !page.nextCursor || out.destroyed) break;
    if (written === EXPORT_ROW_CAP) {
      cut = true;
      break;
    }
    // A slow reader holds the walk: the next page is read only once the last one has drained —
    // the zip's compressor as well as the response.
    await drained([...sheetEntry(sheet), out], out);
    page = await next(page.nextCursor);
  }
  // The client went away: nobody reads the rest of the file.
  if (out.destroyed) return { written, cut };
  if (cut) {
    const note = sheet.addRow([t(locale, 'export.cut', { max: EXPORT_ROW_CAP.toLocaleString(locale) })]);
    note.font = { bold: true, color: { argb: 'FFC00000' } };
    note.commit();
  }
  sheet.commit();

  const about = workbook.addWorksheet(t(locale, 'export.about_sheet'));
  about.columns = [{ width: 16 }, { width: 60 }];
  const filterText = Object.entries(filters)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const exportedAt = new Date(ctx.clock.now().getTime() + BEIJING_OFFSET_MS);
  const lines: [string, unknown][] = [
    [t(locale, 'export.about.list'), exported.title[locale]],
    [t(locale, 'export.about.filters'), filterText || t(locale, 'export.about.no_filters')],
    [t(locale, 'export.about.exported_at'), exportedAt],
    [t(locale, 'export.about.exported_by'), ctx.actor?.personName ?? ''],
    [t(locale, 'export.about.rows'), written],
    [
      '',
      cut
        ? t(locale, 'export.about.cut', { max: EXPORT_ROW_CAP.toLocaleString(locale) })
        : t(locale, 'export.about.complete'),
    ],
  ];
  for (const [label, value] of lines) {
    const row = about.addRow([label, typeof value === 'string' ? guardFormula(value) : value]);
    if (value instanceof Date) row.getCell(2).numFmt = NUMBER_FORMATS[locale].datetime;
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();
  await workbook.commit();
  return { written, cut };
}

/**
 * Registers the export route `operationId` (declared with `listExportRoute` beside its list):
 * `pages` is the list's own service function, called for each page with the caller's filters.
 */
export function listExportRoute<K extends ExportOperationId>(
  app: FastifyInstance,
  operationId: K,
  pages: ListPages<K>,
): void {
  const contract = ROUTES[operationId] as RouteContract;
  const exported = contract.listExport;
  if (!exported) throw new Error(`${operationId} is not a list export`);
  route(app, operationId, (async (
    req: {
      ctx: ServiceContext;
      params: Record<string, unknown>;
      query: Record<string, unknown>;
      log: FastifyBaseLogger;
    },
    reply: import('fastify').FastifyReply,
  ) => {
    const { ctx } = req;
    const query = req.query as RouteRequestData<Routes[K]>['query'];
    const params = req.params as RouteRequestData<Routes[K]>['params'];
    const pageOf = (after?: string, limit = EXPORT_PAGE_SIZE) =>
      pages(ctx, { ...query, limit, ...(after ? { after } : {}) } as never, params);
    // The first page is read before anything is sent: bad filters are the list's own 4xx. Only
    // its total is counted; the pages after it are read without counting. It is a client's page
    // (MAX_PAGE_SIZE), so that what is read before the stream starts stays small.
    const first = await pageOf(undefined, MAX_PAGE_SIZE);
    // The path's parameters (the round whose ballots) are part of what was exported.
    const filters = filtersOf({ ...(req.params ?? {}), ...req.query });
    const unitId = typeof req.query.unitId === 'string' ? req.query.unitId : null;
    await inTransaction(ctx, (tx) =>
      tx.audit({
        action: `${exported.recordType}.exported`,
        recordType: exported.recordType,
        unitId,
        after: { operation: exported.list, filters, count: first.total, countExact: first.totalExact },
      } as AuditEventInput),
    );
    const out = new PassThrough();
    writeWorkbook({
      ctx,
      exported,
      first,
      next: (after) => withoutCounts(() => pageOf(after)),
      filters,
      out,
    }).catch((error: unknown) => {
      // The status line is gone: a broken stream is how the client learns that the file is incomplete.
      req.log.error({ err: error, operationId }, 'list export failed while streaming');
      out.destroy(error as Error);
    });
    return reply
      .type(XLSX_MEDIA_TYPE)
      .header('Content-Disposition', disposition(exported, ctx.locale, shanghaiDate(ctx.clock.now())))
      .header('Cache-Control', 'no-store')
      .header(EXPORT_HEADERS.rows, String(first.total))
      .header(EXPORT_HEADERS.rowsExact, String(first.totalExact))
      .header(EXPORT_HEADERS.rowLimit, String(EXPORT_ROW_CAP))
      .send(out);
  }) as never);
}
