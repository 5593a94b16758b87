import { RightOutlined } from '@ant-design/icons';
import { COUNT_CAP, type WorkbenchEntry } from '@zeren/contracts';
import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { listHref, WORKBENCH } from '../../../app/registry';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount } from '../../../lib/format';
import { useWorkbench } from '../api/get-workbench';
import './workbench.css';

/** One entry: its count, what it is, and the list holding exactly those records. */
function EntryCard({ entry }: { entry: WorkbenchEntry }) {
  const t = useT();
  const locale = useLocale();
  // Lists count up to COUNT_CAP: at the cap, "at least" that many.
  const count = `${formatCount(entry.count, locale)}${entry.count >= COUNT_CAP ? '+' : ''}`;
  const card = WORKBENCH.get(entry.key);
  const href = listHref(entry.operationId, entry.query);
  const label = card?.label(t) ?? entry.key;
  const urgent = card?.tone === 'attention' && entry.count > 0;
  const body = (
    <Flex vertical gap={6} className="workbench-entry-body">
      <Flex align="center" gap="small" className="workbench-entry-head">
        <span className="workbench-icon" aria-hidden="true">
          {card?.icon}
        </span>
        <Typography.Text strong className="workbench-label">
          {label}
        </Typography.Text>
      </Flex>
      <span className="workbench-count" data-testid="workbench-count">
        {count}
      </span>
      {card && (
        <Typography.Text type="secondary" className="workbench-hint">
          {card.hint(t)}
        </Typography.Text>
      )}
      {href && (
        <span className="workbench-view" aria-hidden="true">
          {t.home.view} <RightOutlined />
        </span>
      )}
    </Flex>
  );
  const className = `workbench-entry${urgent ? ' workbench-urgent' : ''}${entry.count === 0 ? ' workbench-zero' : ''}`;
  return (
    <li className="workbench-item" data-testid={`workbench-${entry.key}`} data-count={entry.count}>
      {href ? (
        <Link
          to={href}
          className={className}
          aria-label={`${label}${t.history.labelSuffix}${count}`}
          data-testid="workbench-link"
        >
          {body}
        </Link>
      ) : (
        <div className={className}>{body}</div>
      )}
    </li>
  );
}

/**
 * 工作台: what waits for the signed-in person, one card per entry the server counts (its features
 * register how each looks and which page lists it), in the features' order.
 */
export function Workbench() {
  const t = useT();
  const workbench = useWorkbench();
  const order = (key: string) => WORKBENCH.get(key)?.order ?? Number.MAX_SAFE_INTEGER;
  const entries = [...(workbench.data ?? [])].sort((a, b) => order(a.key) - order(b.key));

  const content = () => {
    if (workbench.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
    if (workbench.isError)
      return <Alert type="error" showIcon title={t.home.workbenchFailed} data-testid="workbench-error" />;
    if (entries.length === 0)
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.home.nothingWaiting} />;
    return (
      <ul className="workbench-grid">
        {entries.map((entry) => (
          <EntryCard key={entry.key} entry={entry} />
        ))}
      </ul>
    );
  };

  return (
    <Card title={t.home.workbench} data-testid="workbench">
      <Typography.Paragraph type="secondary">{t.home.workbenchHint}</Typography.Paragraph>
      {content()}
    </Card>
  );
}
