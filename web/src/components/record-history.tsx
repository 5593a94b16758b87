import type { HistoryEntry } from '@zeren/contracts';
import { Alert, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { RECORDS, recordTypeLabel } from '../app/registry';
import { useLocale, useT } from '../i18n/use-t';
import { formatDateTime } from '../lib/format';
import { useRecordHistory } from '../lib/get-record-history';
import { actionLabel, type Change, describeChanges, type FormatContext } from '../lib/history';
import { useUnits } from '../lib/list-units';
import { useCan } from '../lib/use-can';
import { PageSpinner } from './page-spinner';

/** One changed field: `完成时限：2026-12-16 → 2026-12-23`, or the value set or removed. */
export function ChangeLine({ change }: { change: Change }) {
  const t = useT();
  const value = (text: string, kind: 'before' | 'after') => (
    <span className={`history-value history-${kind}${change.long ? ' pre-wrap' : ''}`}>{text}</span>
  );
  return (
    <li
      className={change.long ? 'history-change history-change-long' : 'history-change'}
      data-testid="history-change"
      data-field={change.field}
    >
      <span className="history-label">
        {change.label}
        {t.history.labelSuffix}
      </span>
      {change.before !== undefined && change.after !== undefined ? (
        <>
          {value(change.before, 'before')}
          {/* Read as 改为 / "changed to"; the text content stays `before → after`. */}
          <span className="history-arrow" role="img" aria-label={t.history.changedTo}>
            {' → '}
          </span>
          {value(change.after, 'after')}
        </>
      ) : change.after !== undefined ? (
        value(change.after, 'after')
      ) : (
        <del>{value(change.before ?? '', 'before')}</del>
      )}
    </li>
  );
}

/** The changed fields of one event. */
export function ChangeList({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="history-changes">
      {changes.map((change) => (
        <ChangeLine key={change.field} change={change} />
      ))}
    </ul>
  );
}

/** Builds the formatting context: labels of the current language, unit names the caller can see. */
export function useFormatContext(personName?: (id: string) => string | undefined): FormatContext {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const units = useUnits(can('org.unit.read'));
  return useMemo(() => {
    const names = new Map(units.data?.map((unit) => [unit.id, unit.name]));
    return { t, locale, unitName: (id) => names.get(id), personName: personName ?? (() => undefined) };
  }, [t, locale, units.data, personName]);
}

interface RecordHistoryProps {
  recordType: string;
  id: string;
  /** Names persons by id, for record types whose events name them that way (accounts). */
  personName?: (id: string) => string | undefined;
  /** Names the related record an entry is about (a campaign's key domain). */
  relatedName?: (entry: HistoryEntry) => string | undefined;
}

/**
 * A record's history (变更记录): who changed what and when, newest first, each field labelled as
 * the record's forms label it, values as the pages show them.
 */
export function RecordHistory({ recordType, id, personName, relatedName }: RecordHistoryProps) {
  const t = useT();
  const locale = useLocale();
  const history = useRecordHistory(recordType, id);
  const ctx = useFormatContext(personName);

  if (history.isPending) return <PageSpinner />;
  if (history.isError)
    return <Alert type="error" showIcon title={t.history.loadFailed} data-testid="history-error" />;
  if (history.data.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.history.empty} data-testid="history-empty" />
    );

  return (
    <Timeline
      className="record-history"
      data-testid="record-history"
      items={history.data.map((entry) => {
        const related = entry.recordType !== recordType;
        const relatedLabel = related
          ? [recordTypeLabel(t, entry.recordType), relatedName?.(entry)].filter(Boolean).join(' · ')
          : null;
        return {
          key: entry.seq,
          content: (
            <Flex vertical gap={2} data-testid="history-entry" data-action={entry.action}>
              <Flex gap="small" wrap align="baseline">
                <Typography.Text strong>{actionLabel(t, entry.action)}</Typography.Text>
                {relatedLabel && <Tag>{relatedLabel}</Tag>}
              </Flex>
              <Typography.Text type="secondary" className="history-meta">
                {entry.actorName ?? t.history.system} ·{' '}
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, locale)}</time>
              </Typography.Text>
              <ChangeList changes={describeChanges(entry, RECORDS.get(entry.recordType)?.fields, ctx)} />
            </Flex>
          ),
        };
      })}
    />
  );
}

/** The 变更记录 tab of a record's drawer or page; mounted afresh each time it is shown. */
export function historyTab(label: string, props: RecordHistoryProps) {
  return {
    key: 'history',
    label: <span data-testid="history-tab">{label}</span>,
    destroyOnHidden: true,
    children: <RecordHistory {...props} />,
  };
}
