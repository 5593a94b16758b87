import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { StoredFile } from '@zeren/contracts';
import { App, Button, Card, Empty, Flex, Typography, Upload } from 'antd';
import { useT } from '../../../i18n/use-t';
import { fileUrl } from '../../../lib/files';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useAddRectificationEvidence } from '../api/add-rectification-evidence';
import type { RectificationItem } from '../types';

/** The item's evidence files (整改佐证材料), each a download; the unit uploads more while it rectifies. */
export function EvidenceCard({
  item,
  evidence,
  canAdd,
}: {
  item: RectificationItem;
  evidence: StoredFile[];
  canAdd: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const add = useAddRectificationEvidence();
  return (
    <Card
      size="small"
      title={t.rectification.evidence}
      extra={
        canAdd && (
          <Upload
            multiple
            showUploadList={false}
            beforeUpload={(file, all) => {
              // One request for the files chosen together.
              if (file === all[0])
                add.mutate(
                  { id: item.id, unitId: item.unitId, files: all },
                  {
                    onSuccess: () => message.success(t.rectification.evidenceAdded),
                    onError: (e) => onError(e),
                  },
                );
              return false;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={add.isPending}
              data-testid="rectification-add-evidence"
            >
              {t.rectification.addEvidence}
            </Button>
          </Upload>
        )
      }
    >
      {canAdd && <Typography.Paragraph type="secondary">{t.rectification.evidenceHint}</Typography.Paragraph>}
      {evidence.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.rectification.noEvidence} />
      ) : (
        <Flex vertical gap={4} data-testid="rectification-evidence">
          {evidence.map((file) => (
            <a key={file.id} href={fileUrl(file.id)} download={file.filename}>
              <PaperClipOutlined /> {file.filename}
            </a>
          ))}
        </Flex>
      )}
    </Card>
  );
}
