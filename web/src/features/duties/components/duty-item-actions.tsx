import { App, Button, Flex, Popconfirm } from 'antd';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useCreateDutyItemVersion } from '../api/create-duty-item-version';
import { useDeleteDutyItemDraft } from '../api/delete-duty-item-draft';
import { useDutyItemAction } from '../api/run-duty-item-action';
import type { DutyItemCommand } from '../duty-actions';
import type { DutyItem } from '../types';

interface DutyItemActionsProps {
  item: DutyItem;
  /** The drafter's commands the workflow allows here (the reviewer's are in the review panel). */
  commands: readonly DutyItemCommand[];
  onEdit: () => void;
  /** After the draft of a never-published item was deleted: the item is gone. */
  onGone: () => void;
}

/** The drafter's buttons on the item's latest version: edit, submit, withdraw, new version, delete. */
export function DutyItemActions({ item, commands, onEdit, onGone }: DutyItemActionsProps) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const transition = useDutyItemAction();
  const newVersion = useCreateDutyItemVersion();
  const deleteDraft = useDeleteDutyItemDraft();
  if (commands.length === 0) return null;

  const done = { submit: t.dutyItem.done.submitted, withdraw: t.dutyItem.done.withdrawn };
  const run = (action: 'submit' | 'withdraw') =>
    transition.mutate(
      { id: item.id, action },
      {
        onSuccess: () => message.success(done[action]),
        onError: (error) => onError(error),
      },
    );
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
    </Flex>
  );
}
