import { BulbOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Progress, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { leadHref } from '../module';
import type { LeadDetail } from '../types';
import { LeadStatusTag } from './status-tags';

/**
 * Zeren's proposals for triage, in view beside the panel: possible duplicates with their
 * similarity (one click makes one the merge target), repeat reports about the units concerned
 * ("本活动中第 3 次涉及某局的线索", by source), and the units whose published power items match.
 */
export function ProposalsCard({
  detail,
  onMerge,
  onHandlingUnit,
}: {
  detail: LeadDetail;
  /** Offered while the lead waits for triage and the person may triage it. */
  onMerge?: (leadId: string) => void;
  onHandlingUnit?: (unitId: string) => void;
}) {
  const t = useT();
  const { duplicates, repeats, responsibleUnits } = detail;
  const section = (title: string) => (
    <Typography.Text strong className="proposal-heading">
      {title}
    </Typography.Text>
  );
  return (
    <Card
      size="small"
      className="proposals-card"
      title={
        <span>
          <BulbOutlined /> {t.proposals.title}
        </span>
      }
      data-testid="lead-proposals"
    >
      <Flex vertical gap={12}>
        <div data-testid="lead-duplicates">
          {section(t.proposals.duplicates)}
          {duplicates.length === 0 ? (
            <Typography.Paragraph type="secondary">{t.proposals.noDuplicates}</Typography.Paragraph>
          ) : (
            <ul className="plain-list proposal-list">
              {duplicates.map((d) => (
                <li key={d.id} data-testid="lead-duplicate" data-score={d.score}>
                  <Flex justify="space-between" align="center" gap="small" wrap>
                    <Link to={leadHref(d.id)}>{`${d.code} ${d.summary}`}</Link>
                    <Flex gap={6} align="center">
                      <Progress
                        type="circle"
                        size={36}
                        percent={Math.round(d.score * 100)}
                        format={(percent) => `${percent}%`}
                        aria-label={format(t.proposals.similarity, { percent: Math.round(d.score * 100) })}
                      />
                      {onMerge && (
                        <Button size="small" onClick={() => onMerge(d.id)} data-testid="lead-duplicate-merge">
                          {t.triage.useAsTarget}
                        </Button>
                      )}
                    </Flex>
                  </Flex>
                  <Flex gap={4} wrap>
                    <Tag>{t.leadSource[d.source]}</Tag>
                    <LeadStatusTag status={d.status} />
                    <Typography.Text type="secondary">
                      {format(t.proposals.similarity, { percent: Math.round(d.score * 100) })}
                    </Typography.Text>
                  </Flex>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div data-testid="lead-repeats">
          {section(t.proposals.repeats)}
          {repeats.length === 0 ? (
            <Typography.Paragraph type="secondary">{t.proposals.noRepeats}</Typography.Paragraph>
          ) : (
            <ul className="plain-list proposal-list">
              {repeats.map((r) => (
                <li key={r.unitId} data-testid="lead-repeat" data-count={r.count}>
                  <Typography.Text type="danger" strong>
                    {format(t.proposals.repeatLine, { count: r.count, unit: r.unitName })}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {format(t.proposals.repeatSources, {
                      sources: r.sources.map((s) => t.leadSource[s]).join(t.history.listSeparator),
                    })}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div data-testid="lead-responsible-units">
          {section(t.proposals.responsibleUnits)}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t.proposals.responsibleHint}
          </Typography.Paragraph>
          {responsibleUnits.length === 0 ? (
            <Typography.Paragraph type="secondary">{t.proposals.noResponsibleUnits}</Typography.Paragraph>
          ) : (
            <ul className="plain-list proposal-list">
              {responsibleUnits.map((u) => (
                <li key={u.unitId} data-testid="lead-responsible-unit">
                  <Flex justify="space-between" align="center" gap="small" wrap>
                    <Typography.Text strong>{u.unitName}</Typography.Text>
                    {onHandlingUnit && (
                      <Button
                        size="small"
                        onClick={() => onHandlingUnit(u.unitId)}
                        data-testid="lead-use-unit"
                      >
                        {t.proposals.useUnit}
                      </Button>
                    )}
                  </Flex>
                  <Typography.Text type="secondary">
                    {t.proposals.items}
                    {u.items.map((item) => `${item.code} ${item.name}`).join(t.history.listSeparator)}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      </Flex>
    </Card>
  );
}
