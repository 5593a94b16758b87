import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useCan } from '../../../lib/use-can';
import { useCreateDutyItemVersion } from '../api/create-duty-item-version';
import { useDeleteDutyItemDraft } from '../api/delete-duty-item-draft';
import { useDutyItemAction } from '../api/run-duty-item-action';
import { allowedCommands } from '../duty-actions';
import type { DutyItem, DutyItemAction } from '../types';
import { ApproveConfirm } from './approve-confirm';
import { ReturnReasonModal } from './return-reason-modal';

interface DutyItemActionsProps {
  item: DutyItem;
  onEdit: () => void;
  /** After the draft of a never-published item was deleted: the item is gone. */
  onGone: () => void;
}

/** The buttons the workflow and the user's permissions allow on the item's latest version. */
export function DutyItemActions({ item, onEdit, onGone }: DutyItemActionsProps) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const transition = useDutyItemAction();
  const newVersion = useCreateDutyItemVersion();
  const deleteDraft = useDeleteDutyItemDraft();
  const [returning, setReturning] = useState(false);
  const commands = allowedCommands(item, can);
  if (commands.length === 0) return null;

  const done: Record<Exclude<DutyItemAction, 'return'>, string> = {
    submit: t.dutyItem.done.submitted,
    withdraw: t.dutyItem.done.withdrawn,
    approve: t.dutyItem.done.approved,
  };
  const run = (action: Exclude<DutyItemAction, 'return'>, opinion?: string) =>
    transition.mutate(action === 'approve' ? { id: item.id, action, opinion } : { id: item.id, action }, {
      onSuccess: () => message.success(done[action]),
      onError: (error) => onError(error),
    });
  const busy = transition.isPending || newVersion.isPending || deleteDraft.isPending;

  return (
    <Flex gap="small" wrap data-testid="duty-actions">
      {commands.includes('editDraft') && (
        <Button onClick={onEdit} disabled={busy} data-testid="duty-edit-draft">
          {t.dutyItem.actions.editDraft}
        </Button>
      )}
      {commands.includes('submit') && (
        <Button
          type="primary"
          loading={transition.isPending}
          onClick={() => run('submit')}
          data-testid="duty-submit"
        >
          {t.dutyItem.actions.submit}
        </Button>
      )}
      {commands.includes('withdraw') && (
        <Button loading={transition.isPending} onClick={() => run('withdraw')} data-testid="duty-withdraw">
          {t.dutyItem.actions.withdraw}
        </Button>
      )}
      {commands.includes('approve') && (
        <ApproveConfirm okTestId="duty-approve-confirm" onApprove={(opinion) => run('approve', opinion)}>
          <Button type="primary" loading={transition.isPending} data-testid="duty-approve">
            {t.dutyItem.actions.approve}
          </Button>
        </ApproveConfirm>
      )}
      {commands.includes('return') && (
        <Button danger disabled={busy} onClick={() => setReturning(true)} data-testid="duty-return">
          {t.dutyItem.actions.return}
        </Button>
      )}
      {commands.includes('newVersion') && (
        <Button
          loading={newVersion.isPending}
          onClick={() =>
            newVersion.mutate(item.id, {
              onSuccess: () => {
                message.success(t.dutyItem.done.versionCreated);
                onEdit();
              },
              onError: (error) => onError(error),
            })
          }
          data-testid="duty-new-version"
        >
          {t.dutyItem.actions.newVersion}
        </Button>
      )}
      {commands.includes('deleteDraft') && (
        <Popconfirm
          title={
            item.publishedVersion === null ? t.dutyItem.confirmDeleteItem : t.dutyItem.confirmDeleteDraft
          }
          okText={t.common.delete}
          cancelText={t.common.cancel}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            deleteDraft.mutate(item.id, {
              onSuccess: () => {
                message.success(t.common.deleted);
                if (item.publishedVersion === null) onGone();
              },
              onError: (error) => onError(error),
            })
          }
        >
          <Button danger disabled={busy} data-testid="duty-delete-draft">
            {t.dutyItem.actions.deleteDraft}
          </Button>
        </Popconfirm>
      )}
      {returning && (
        <ReturnReasonModal
          item={item}
          onClose={(returned) => {
            setReturning(false);
            if (returned) message.success(t.dutyItem.done.returned);
          }}
        />
      )}
    </Flex>
  );
}
