import { Tooltip } from 'antd';
import { useT } from '../i18n/use-t';
import { StatusTag } from './status-tag';

/**
 * 暂定: a date counted in the year whose holiday schedule is not entered yet (weekends alone). The
 * explanation is in the tooltip and, for screen readers, in the tag's accessible description.
 */
export function ProvisionalTag({ 'data-testid': testId = 'provisional' }: { 'data-testid'?: string }) {
  const t = useT();
  return (
    <Tooltip title={t.deadline.provisionalHint}>
      <StatusTag
        tone="warning"
        tabIndex={0}
        aria-description={t.deadline.provisionalHint}
        style={{ marginInlineEnd: 0, cursor: 'help' }}
        data-testid={testId}
      >
        {t.deadline.provisional}
      </StatusTag>
    </Tooltip>
  );
}
