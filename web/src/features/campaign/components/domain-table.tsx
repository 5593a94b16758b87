import { Button, Flex, Popconfirm, type TableColumnsType, Tag, Typography } from 'antd';
import { ListTable } from '../../../components/list-table';
import { StatusTag } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { CampaignDomain, CampaignUnitRef } from '../types';

interface DomainTableProps {
  domains: CampaignDomain[];
  canManage: boolean;
  onAdd: () => void;
  onEdit: (domain: CampaignDomain) => void;
  onDelete: (domain: CampaignDomain) => void;
}

const names = (units: CampaignUnitRef[]) => units.map((unit) => unit.name).join('、');

/** The key domains: the standard ten (规定动作) and local ones (自选动作). */
export function DomainTable({ domains, canManage, onAdd, onEdit, onDelete }: DomainTableProps) {
  const t = useT();
  const columns: TableColumnsType<CampaignDomain> = [
    { key: 'title', title: t.campaign.domainTitle, dataIndex: 'title' },
    {
      key: 'type',
      title: t.campaign.domainType,
      render: (_, domain) =>
        domain.isLocal ? (
          <StatusTag tone="purple">{t.campaign.local}</StatusTag>
        ) : (
          <Tag>{t.campaign.standard}</Tag>
        ),
    },
    { key: 'lead', title: t.campaign.leadUnits, render: (_, domain) => names(domain.leadUnits) },
    {
      key: 'participants',
      title: t.campaign.participantUnits,
      render: (_, domain) => names(domain.participantUnits),
    },
    {
      key: 'focusProblems',
      title: t.campaign.focusProblems,
      render: (_, domain) =>
        domain.focusProblems && (
          <Typography.Paragraph className="cell-clamp" ellipsis={{ rows: 3, tooltip: domain.focusProblems }}>
            {domain.focusProblems}
          </Typography.Paragraph>
        ),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t.common.actions,
            render: (_: unknown, domain: CampaignDomain) => (
              <Flex gap={4} wrap>
                <Button size="small" type="link" onClick={() => onEdit(domain)} data-testid="domain-edit">
                  {t.common.edit}
                </Button>
                {domain.isLocal && (
                  <Popconfirm
                    title={t.common.confirmDelete}
                    okText={t.common.delete}
                    cancelText={t.common.cancel}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => onDelete(domain)}
                  >
                    <Button size="small" type="link" danger data-testid="domain-delete">
                      {t.common.delete}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <ListTable<CampaignDomain>
      cardTitle={t.campaign.domains}
      cardExtra={
        canManage && (
          <Button size="small" onClick={onAdd} data-testid="domain-add">
            {t.campaign.addDomain}
          </Button>
        )
      }
      size="small"
      columns={columns}
      dataSource={[...domains].sort((a, b) => a.sortOrder - b.sortOrder)}
      pagination={false}
      data-testid="domain-table"
    />
  );
}
