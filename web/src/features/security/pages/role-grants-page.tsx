import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Modal, Popconfirm, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { formatDateTime } from '../../../lib/format';
import { PENDING, type RoleGrant, useDecideRoleGrant, usePendingRoleGrantsPage } from '../api/role-grants';

/**
 * 授权审批: roles the system administrator requested take effect only when the security
 * administrator approves them here (三员分立); a refusal needs a reason.
 */
export function RoleGrantsPage() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const grants = usePendingRoleGrantsPage();
  const decide = useDecideRoleGrant();
  const [refusing, setRefusing] = useState<RoleGrant | null>(null);
  const [reason, setReason] = useState('');

  const columns: TableColumnsType<RoleGrant> = [
    {
      key: 'account',
      title: t.security.user,
      render: (_, g) => (
        <Flex vertical>
          <span>{g.personName}</span>
          <Typography.Text type="secondary">
            {g.username} · {g.accountUnitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'role',
      title: t.security.requestedRole,
      render: (_, g) => `${t.role[g.role]}（${t.dataScope[g.dataScope]} · ${g.unitName}）`,
    },
    { key: 'requestedBy', title: t.security.requestedBy, dataIndex: 'requestedByName', responsive: ['md'] },
    {
      key: 'requestedAt',
      title: t.security.requestedAt,
      dataIndex: 'requestedAt',
      responsive: ['lg'],
      render: (value: string) => formatDateTime(value, locale),
    },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, g) => (
        <Flex gap={4} wrap>
          <Popconfirm
            title={format(t.security.confirmApproveGrant, { name: g.personName, role: t.role[g.role] })}
            okText={t.common.confirm}
            cancelText={t.common.cancel}
            okButtonProps={testId('grant-approve-confirm')}
            onConfirm={() =>
              decide.mutateAsync({ id: g.id, action: 'approve' }).then(
                () => message.success(t.security.grantApproved),
                (error: unknown) => onError(error),
              )
            }
          >
            <Button size="small" type="link" icon={<CheckOutlined />} data-testid="grant-approve">
              {t.security.approveGrant}
            </Button>
          </Popconfirm>
          <Button
            size="small"
            type="link"
            danger
            icon={<StopOutlined />}
            onClick={() => setRefusing(g)}
            data-testid="grant-refuse"
          >
            {t.security.refuseGrant}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t.nav.roleGrants} />
      <Typography.Paragraph type="secondary">{t.security.grantsIntro}</Typography.Paragraph>
      <ListTable<RoleGrant>
        columns={columns}
        pager={grants}
        exportList={{ operationId: 'exportRoleGrants', query: PENDING }}
        locale={{ emptyText: t.security.noGrants }}
        data-testid="grant-table"
      />
      <Modal
        open={refusing !== null}
        title={t.security.refuseGrant}
        okText={t.common.confirm}
        cancelText={t.common.cancel}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: decide.isPending }}
        onCancel={() => {
          setRefusing(null);
          setReason('');
        }}
        onOk={() =>
          refusing &&
          decide.mutateAsync({ id: refusing.id, action: 'refuse', text: reason.trim() }).then(
            () => {
              message.success(t.security.grantRefused);
              setRefusing(null);
              setReason('');
            },
            (error: unknown) => onError(error),
          )
        }
      >
        <Input.TextArea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          placeholder={t.security.refuseReason}
          aria-label={t.security.refuseReason}
          maxLength={1000}
          autoSize={{ minRows: 3 }}
          data-testid="grant-refuse-reason"
        />
      </Modal>
    </>
  );
}
