import { Flex } from 'antd';
import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { RectificationItem, RectificationStatus } from '../types';

const TONES: Record<RectificationStatus, Tone> = {
  pending: 'default',
  rectifying: 'processing',
  completion_claimed: 'purple',
  signed_off: 'success',
  confirmed: 'success',
};

/** Where the item is (待整改 … 已销号), and for an inspection's finding signed off, 待督查组确认. */
export function RectificationStatusTag({
  item,
}: {
  item: Pick<RectificationItem, 'status' | 'awaitingConfirmation'>;
}) {
  const t = useT();
  return (
    <Flex gap={4} wrap>
      <StatusTag
        tone={item.awaitingConfirmation ? 'warning' : TONES[item.status]}
        data-testid="rectification-status"
        data-status={item.status}
      >
        {t.rectificationStatus[item.status]}
      </StatusTag>
      {item.awaitingConfirmation && (
        <StatusTag tone="warning" data-testid="rectification-awaiting-confirmation">
          {t.rectification.awaitingConfirmation}
        </StatusTag>
      )}
    </Flex>
  );
}
