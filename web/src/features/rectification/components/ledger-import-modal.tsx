import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Modal, Table, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { ledgerReportOf, useImportRectificationItems } from '../api/import-rectification-items';
import type { RectificationImportRejectedRow } from '../types';

/** The rows the server refused, with their row numbers and, per column, what is wrong. */
function RejectedRows({ rows }: { rows: RectificationImportRejectedRow[] }) {
  const t = useT();
  return (
    <Table<RectificationImportRejectedRow>
      rowKey="row"
      size="small"
      scroll={{ x: 'max-content', y: 320 }}
      pagination={false}
      dataSource={rows}
      data-testid="ledger-import-rejected"
      columns={[
        { key: 'row', title: t.rectification.row, dataIndex: 'row', width: 80 },
        {
          key: 'errors',
          title: t.rectification.reason,
          render: (_, row) => (
            <ul className="plain-list">
              {row.errors.map((error) => (
                // The column heading users know the field by (问题描述, 整改时限…), not its code.
                <li
                  key={`${error.field}:${error.message}`}
                  data-testid="ledger-import-error"
                  data-column={error.column}
                >
                  <Typography.Text strong>{error.column}</Typography.Text>
                  {t.history.labelSuffix}
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
 * Imports an Excel ledger into a unit, all or nothing: a file with a bad row imports nothing
 * (422 IMPORT_HAS_ERRORS) and the dialog lists each row's errors by column.
 */
export function LedgerImportModal({
  unitId: initialUnitId,
  onClose,
}: {
  unitId?: string | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const importItems = useImportRectificationItems();
  const [unitId, setUnitId] = useState<string | undefined>(initialUnitId);
  const [fileList, setFileList] = useState<UploadFile[]>([]);
  const [rejected, setRejected] = useState<RectificationImportRejectedRow[] | null>(null);
  const file = fileList[0]?.originFileObj;

  const send = () => {
    if (!unitId || !file) return;
    importItems.mutate(
      { unitId, file },
      {
        onSuccess: (done) => {
          message.success(format(t.rectification.imported, { count: done.imported }));
          onClose();
        },
        onError: (error) => {
          const report = ledgerReportOf(error);
          if (report) setRejected(report);
          else onError(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t.rectification.importTitle}
      onCancel={onClose}
      width={720}
      data-testid="ledger-import-modal"
      footer={
        <Flex gap="small" justify="end" wrap>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            disabled={!unitId || !file}
            loading={importItems.isPending}
            onClick={send}
            data-testid="ledger-import-submit"
          >
            {t.rectification.importStart}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <Form layout="vertical" name="ledger-import">
          <Form.Item label={t.rectification.importUnit} required htmlFor="ledger-import-unit">
            <UnitTreeSelect
              id="ledger-import-unit"
              value={unitId}
              onChange={(value) => setUnitId(value || undefined)}
              data-testid="ledger-import-unit"
            />
          </Form.Item>
          <Form.Item label={t.rectification.importFile} required extra={t.rectification.importHint}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              fileList={fileList}
              beforeUpload={() => false}
              onChange={({ fileList: next }) => {
                setFileList(next.slice(-1));
                setRejected(null);
              }}
              data-testid="ledger-import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t.rectification.chooseFile}</p>
            </Upload.Dragger>
          </Form.Item>
        </Form>
        {rejected && (
          <>
            <Alert
              type="error"
              showIcon
              title={format(t.rectification.importHasErrors, { rejected: rejected.length })}
              data-testid="ledger-import-has-errors"
            />
            {rejected.length > 0 && <RejectedRows rows={rejected} />}
          </>
        )}
      </Flex>
    </Modal>
  );
}
