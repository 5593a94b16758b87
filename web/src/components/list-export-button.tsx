import { DownloadOutlined } from '@ant-design/icons';
import { EXPORT_HEADERS, EXPORT_ROW_CAP, type ExportOperationId, type Routes } from '@zeren/contracts';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { format } from '../i18n/format';
import { useLocale, useT } from '../i18n/use-t';
import { call, type QueryOf } from '../lib/api';
import { saveFile } from '../lib/files';
import { useApiErrorHandler } from '../lib/form-errors';
import { formatCount } from '../lib/format';

/**
 * A list's export route and the list's current filters (without its page's `limit`/`after`), with
 * the path's parameters for a list of one record's rows (a round's ballots).
 */
export type ListExportTarget = {
  [K in ExportOperationId]: { operationId: K; query: QueryOf<K> } & ParamsOf<K>;
}[ExportOperationId];
type ParamsOf<K extends ExportOperationId> = Routes[K] extends { params: object }
  ? { params: Record<string, string> }
  : { params?: undefined };

interface Progress {
  received: number;
  rows: number | null;
  rowsExact: boolean;
}

/** 1.2 MB / 512 KB: what has arrived of a download. */
function formatSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}

/**
 * 导出 Excel: the list's rows under its current filters, as the server streams them
 * (`GET <list>/export.xlsx`), with the bytes received shown while the file arrives, then saved.
 */
export function ListExportButton({ target }: { target: ListExportTarget }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [progress, setProgress] = useState<Progress | null>(null);

  const run = async () => {
    setProgress({ received: 0, rows: null, rowsExact: true });
    try {
      let mayBeCut = false;
      const file = await call(target.operationId, {
        ...((target.params ? { params: target.params } : {}) as object),
        query: target.query as never,
        onProgress: (received, headers) => {
          const rows = Number(headers.get(EXPORT_HEADERS.rows) ?? Number.NaN);
          const rowsExact = headers.get(EXPORT_HEADERS.rowsExact) !== 'false';
          // The server stops counting at 10,000: the list may be longer than one file holds.
          mayBeCut = !rowsExact;
          setProgress({ received, rows: Number.isFinite(rows) ? rows : null, rowsExact });
        },
      });
      const name = file instanceof File ? file.name : `${target.operationId}.xlsx`;
      saveFile(file, name);
      message.success(format(t.listExport.done, { name }));
      if (mayBeCut) message.info(format(t.listExport.capped, { limit: formatCount(EXPORT_ROW_CAP, locale) }));
    } catch (error) {
      onError(error);
    } finally {
      setProgress(null);
    }
  };

  const rowsText =
    progress?.rows === null || progress === null
      ? ''
      : format(progress.rowsExact ? t.listExport.rows : t.listExport.rowsAtLeast, {
          count: formatCount(progress.rows, locale),
        });
  return (
    <>
      {progress && (
        <Typography.Text type="secondary" role="status" data-testid="list-export-progress">
          {format(t.listExport.progress, { rows: rowsText, size: formatSize(progress.received, locale) })}
        </Typography.Text>
      )}
      <Button
        size="small"
        icon={<DownloadOutlined />}
        loading={progress !== null}
        onClick={() => void run()}
        data-testid="list-export"
      >
        {t.listExport.button}
      </Button>
    </>
  );
}
