import { Alert, Empty, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { ListTable } from '../../../components/list-table';
import { PageSpinner } from '../../../components/page-spinner';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { type PersonAccountability, usePersonAccountability } from '../api/get-person-accountability';
import { caseHref } from '../module';
import { SanctionList } from './sanction-list';
import { FormTag } from './status-tags';

type Item = PersonAccountability['items'][number];

/**
 * A person's accountability record (问责记录): each decided case with the liability, measures,
 * form and fault tolerance, and the sanctions in force or lapsed with their dates. Reading it is
 * audited by the server.
 */
export function PersonRecord({ personId }: { personId: string }) {
  const t = useT();
  const locale = useLocale();
  const record = usePersonAccountability(personId);
  if (record.isPending) return <PageSpinner />;
  if (record.isError) return <Alert type="error" showIcon title={t.common.networkError} />;
  const columns: TableColumnsType<Item> = [
    {
      key: 'case',
      title: t.personRecord.case,
      minWidth: 220,
      render: (_, item) => (
        <>
          <Typography.Text type="secondary" className="lead-code">
            {item.code}
          </Typography.Text>
          <br />
          <Link to={caseHref(item.caseId)}>{item.summary}</Link>
        </>
      ),
    },
    {
      key: 'decidedOn',
      title: t.personRecord.decidedOn,
      minWidth: 110,
      render: (_, item) => formatDate(item.decidedOn, locale),
    },
    {
      key: 'liability',
      title: t.personRecord.liability,
      minWidth: 100,
      render: (_, item) => t.liability[item.liability],
    },
    {
      key: 'measures',
      title: t.personRecord.measures,
      minWidth: 100,
      render: (_, item) => item.measures.map((m) => t.measure[m]).join(t.history.listSeparator),
    },
    {
      key: 'form',
      title: t.personRecord.form,
      minWidth: 100,
      render: (_, item) => <FormTag form={item.form} />,
    },
    {
      key: 'sanctions',
      title: t.personRecord.sanctions,
      minWidth: 200,
      render: (_, item) => <SanctionList sanctions={item.sanctions} />,
    },
    {
      key: 'exemption',
      title: t.personRecord.exemption,
      minWidth: 90,
      render: (_, item) => (item.exemption ? t.exemptionOutcome[item.exemption] : null),
    },
  ];
  if (record.data.items.length === 0)
    return <Empty description={t.personRecord.none} data-testid="person-record-empty" />;
  return (
    <ListTable<Item>
      rowKey="caseId"
      columns={columns}
      dataSource={record.data.items}
      data-testid="person-record"
    />
  );
}
