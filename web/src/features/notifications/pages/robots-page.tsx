import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { type UnitWebhook, useSetUnitWebhook, useWebhooks } from '../api/webhooks';
import { RobotModal } from '../components/robot-modal';

/** 群机器人: the units whose daily summary of notifications goes to a WeCom or DingTalk group. */
export function RobotsPage() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const webhooks = useWebhooks();
  const setWebhook = useSetUnitWebhook();
  // undefined: closed; null: a new one; a unit id: that unit's.
  const [editing, setEditing] = useState<string | null | undefined>(undefined);

  const columns: TableColumnsType<UnitWebhook> = [
    { key: 'unit', title: t.notificationRobot.unit, dataIndex: 'unitName' },
    {
      key: 'url',
      title: t.notificationRobot.url,
      dataIndex: 'url',
      render: (value: string | null) => value && <Typography.Text code>{value}</Typography.Text>,
    },
    {
      key: 'updatedAt',
      title: t.notificationRobot.updatedAt,
      dataIndex: 'updatedAt',
      responsive: ['md'],
      render: (value: string | null) => formatDateTime(value, locale),
    },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, row) => (
        <Flex gap="small">
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing(row.unitId)}
            data-testid="robot-edit"
          >
            {t.common.edit}
          </Button>
          <Popconfirm
            title={format(t.notificationRobot.confirmRemove, { unit: row.unitName })}
            okText={t.common.confirm}
            cancelText={t.common.cancel}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              setWebhook.mutateAsync({ unitId: row.unitId, url: null }).then(
                () => message.success(t.notificationRobot.removed),
                (error: unknown) => onError(error),
              )
            }
          >
            <Button size="small" type="link" danger icon={<DeleteOutlined />} data-testid="robot-remove">
              {t.notificationRobot.remove}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.nav.robots}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            data-testid="robot-add"
          >
            {t.notificationRobot.set}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t.notificationRobot.intro}</Typography.Paragraph>
      <ListTable<UnitWebhook>
        rowKey="unitId"
        columns={columns}
        dataSource={webhooks.data ?? []}
        loading={webhooks.isFetching}
        locale={{ emptyText: t.notificationRobot.empty }}
        data-testid="robot-table"
      />
      {editing !== undefined && (
        <RobotModal unitId={editing ?? undefined} onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
