import { Collapse, Descriptions, Flex, Typography } from 'antd';
import { StatusTag, type Tone } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import type { DutyItem } from '../types';
import { type ContentField, diffVersions, type FieldDiff } from '../version-diff';
import { categoryLabel } from './category-label';
import './version-diff.css';

const TONES: Record<'added' | 'removed' | 'changed', Tone> = {
  added: 'success',
  removed: 'error',
  changed: 'warning',
};

/**
 * The submitted version against the published one, field by field: changed fields with the old
 * and the new text, unchanged and empty ones collapsed. A first version shows its fields as new.
 */
export function VersionDiff({ item }: { item: DutyItem }) {
  const t = useT();
  const published = item.published && item.published.id !== item.latest.id ? item.published : null;
  const diff = diffVersions(published, item.latest, item.kind);
  const label = (field: ContentField) => t.dutyItem[field];
  const value = (field: ContentField, text: string | null) =>
    field === 'category' ? categoryLabel(t, text) : (text ?? '');
  const shown = diff.filter((d) => d.change === 'added' || d.change === 'removed' || d.change === 'changed');
  const unchanged = diff.filter((d) => d.change === 'unchanged');
  const empty = diff.filter((d) => d.change === 'empty');
  const summary = published
    ? shown.length > 0
      ? format(t.dutyReview.compareWith, { version: published.version, count: shown.length })
      : format(t.dutyReview.compareNone, { version: published.version })
    : t.dutyReview.firstVersion;

  const changeLabel = {
    added: t.dutyReview.added,
    removed: t.dutyReview.removed,
    changed: t.dutyReview.changed,
  };
  const row = (d: FieldDiff) => (
    <li
      key={d.field}
      className="diff-field"
      data-testid="diff-field"
      data-field={d.field}
      data-change={d.change}
    >
      <div className="diff-field-head">
        <span className="diff-label">{label(d.field)}</span>
        {published && (
          <StatusTag tone={TONES[d.change as keyof typeof TONES]}>
            {changeLabel[d.change as keyof typeof changeLabel]}
          </StatusTag>
        )}
      </div>
      <div
        className={d.before !== null && d.after !== null ? 'diff-values' : 'diff-values diff-values-single'}
      >
        {d.before !== null && (
          <p className="diff-value diff-before">
            <span className="diff-value-caption">{t.dutyReview.before}</span>
            <del>{value(d.field, d.before)}</del>
          </p>
        )}
        {d.after !== null && (
          <p className="diff-value diff-after">
            {published && <span className="diff-value-caption">{t.dutyReview.after}</span>}
            <ins>{value(d.field, d.after)}</ins>
          </p>
        )}
      </div>
    </li>
  );

  const collapsed = [
    ...(unchanged.length > 0
      ? [
          {
            key: 'unchanged',
            label: format(t.dutyReview.unchanged, { count: unchanged.length }),
            children: (
              <Descriptions
                column={1}
                size="small"
                bordered
                items={unchanged.map((d) => ({
                  key: d.field,
                  label: label(d.field),
                  children: <span className="pre-wrap">{value(d.field, d.after)}</span>,
                }))}
              />
            ),
          },
        ]
      : []),
    ...(empty.length > 0
      ? [
          {
            key: 'empty',
            label: format(t.dutyReview.empty, { count: empty.length }),
            children: (
              <Typography.Text type="secondary">
                {empty.map((d) => label(d.field)).join(t.history.listSeparator)}
              </Typography.Text>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="small" data-testid="duty-diff" data-first={published === null}>
      <Typography.Text strong data-testid="duty-diff-summary">
        {summary}
      </Typography.Text>
      {shown.length > 0 && <ul className="diff-fields">{shown.map(row)}</ul>}
      {collapsed.length > 0 && <Collapse size="small" items={collapsed} data-testid="duty-diff-collapsed" />}
    </Flex>
  );
}
