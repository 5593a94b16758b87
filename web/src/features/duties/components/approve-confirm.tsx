import { Input, Popconfirm } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { testId } from '../../../lib/form-values';

/**
 * Asks before approving (the version goes public) and takes the optional review opinion
 * (审核意见), which the item's history keeps.
 */
export function ApproveConfirm({
  onApprove,
  okTestId,
  children,
}: {
  onApprove: (opinion: string) => void;
  okTestId: string;
  children: ReactNode;
}) {
  const t = useT();
  const [opinion, setOpinion] = useState('');
  return (
    <Popconfirm
      title={t.dutyItem.confirmApprove}
      description={
        <Input.TextArea
          value={opinion}
          onChange={(event) => setOpinion(event.target.value)}
          placeholder={t.dutyItem.opinionPlaceholder}
          aria-label={t.dutyItem.opinion}
          maxLength={1000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          style={{ width: 'min(280px, 70vw)', marginTop: 8 }}
          data-testid="duty-approve-opinion"
        />
      }
      okText={t.common.confirm}
      cancelText={t.common.cancel}
      okButtonProps={testId(okTestId)}
      onConfirm={() => onApprove(opinion.trim())}
      onOpenChange={(open) => {
        if (!open) setOpinion('');
      }}
    >
      {children}
    </Popconfirm>
  );
}
