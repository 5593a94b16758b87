import { Tag } from 'antd';
import { useT } from '../../../i18n/use-t';
import type { NoticeStatus } from '../types';

const COLOURS: Record<NoticeStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'cyan',
  issued: 'success',
};

export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  const t = useT();
  return (
    <Tag color={COLOURS[status]} data-testid="notice-status" data-status={status}>
      {t.noticeStatus[status]}
    </Tag>
  );
}
