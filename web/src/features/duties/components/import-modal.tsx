import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Modal, Table, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { importReportOf, useImportDutyItems } from '../api/import-duty-items';
import type { DutyItemKind, ImportRejectedRow, ImportReport } from '../types';

/** The rows the server refused, with their row numbers and reasons. */
function RejectedRows({ rows }: { rows: ImportRejectedRow[] }) {
  const t = useT();
  return (
    <Table<ImportRejectedRow>
      rowKey="row"
      size="small"
      scroll={{ x: 'max-content', y: 320 }}
      pagination={false}
      dataSource={rows}
      data-testid="import-rejected"
      columns={[
        { key: 'row', title: t.dutyItem.excel.row, dataIndex: 'row', width: 80 },
        {
          key: 'errors',
          title: t.dutyItem.excel.reason,
          render: (_, row) => (
            <ul className="plain-list">
              {row.errors.map((error) => (
                // The column heading users know the field by (事项编码, 职权类别…), not its code.
                <li
                  key={`${error.field}:${error.message}`}
                  data-testid="import-error"
                  data-column={error.column}
                >
                  {error.column ? <Typography.Text strong>{error.column}</Typography.Text> : null}
                  {error.column ? t.history.labelSuffix : ''}
                  {error.message}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

/**
 * Imports an Excel list into a unit. A file with rejected rows imports nothing (422
 * IMPORT_HAS_ERRORS); the report is shown and the valid rows can be imported on their own.
 */
export function ImportModal({
  kind,
  unitId: initialUnitId,
  onClose,
}: {
  kind: DutyItemKind;
  unitId?: string | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const importItems = useImportDutyItems();
  const [unitId, setUnitId] = useState<string | undefined>(initialUnitId);
  const [fileList, setFileList] = useState<UploadFile[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const file = fileList[0]?.originFileObj;

  const send = (mode: 'all' | 'valid') => {
    if (!unitId || !file) return;
    importItems.mutate(
      { kind, unitId, file, mode },
      {
        onSuccess: (done) => {
          message.success(format(t.dutyItem.excel.imported, { count: done.imported }));
          setReport(null);
          if (done.rejected.length > 0) setResult(done);
          else onClose();
        },
        onError: (error) => {
          const refused = importReportOf(error);
          if (refused) setReport(refused);
          else onError(error);
        },
      },
    );
  };

  const footer = (
    <Flex gap="small" justify="end" wrap>
      <Button onClick={onClose}>{result ? t.common.close : t.common.cancel}</Button>
      {report && report.rejected.length > 0 && (
        <Button loading={importItems.isPending} onClick={() => send('valid')} data-testid="import-valid-only">
          {t.dutyItem.excel.importValidOnly}
        </Button>
      )}
      {!result && (
        <Button
          type="primary"
          disabled={!unitId || !file}
          loading={importItems.isPending && !report}
          onClick={() => send('all')}
          data-testid="import-submit"
        >
          {t.dutyItem.excel.importStart}
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal
      open
      title={`${t.dutyItem.excel.importTitle} · ${t.dutyItem.kind[kind]}`}
      onCancel={onClose}
      footer={footer}
      width={720}
      data-testid="import-modal"
    >
      <Flex vertical gap="middle">
        <Form layout="vertical" name="duty-import">
          <Form.Item label={t.dutyItem.excel.importUnit} required htmlFor="duty-import-unit">
            <UnitTreeSelect
              id="duty-import-unit"
              value={unitId}
              onChange={(value) => setUnitId(value || undefined)}
              data-testid="import-unit"
            />
          </Form.Item>
          <Form.Item label={t.dutyItem.excel.importFile} required extra={t.dutyItem.excel.importHint}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              fileList={fileList}
              beforeUpload={() => false}
              onChange={({ fileList: next }) => {
                setFileList(next.slice(-1));
                setReport(null);
                setResult(null);
              }}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t.dutyItem.excel.chooseFile}</p>
            </Upload.Dragger>
          </Form.Item>
        </Form>
        {report && (
          <Alert
            type="error"
            showIcon
            title={format(t.dutyItem.excel.importHasErrors, { rejected: report.rejected.length })}
            data-testid="import-has-errors"
          />
        )}
        {result && (
          <Alert
            type="success"
            showIcon
            title={format(t.dutyItem.excel.importedWithRejected, {
              count: result.imported,
              rejected: result.rejected.length,
            })}
            data-testid="import-result"
          />
        )}
        {(report ?? result) && (report ?? result)!.rejected.length > 0 && (
          <RejectedRows rows={(report ?? result)!.rejected} />
        )}
      </Flex>
    </Modal>
  );
}
