import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Flex,
  Grid,
  Popconfirm,
  Tabs,
  Typography,
} from 'antd';
import { ExtensionList } from '../../../components/extension-list';
import { PageSpinner } from '../../../components/page-spinner';
import { ProgressUpdates } from '../../../components/progress-updates';
import { historyTab } from '../../../components/record-history';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useDecideExtension } from '../api/decide-extension';
import { useDeleteKeyTask } from '../api/delete-key-task';
import { useKeyTask } from '../api/get-key-task';
import { useDecidesExtension } from '../api/list-key-tasks';
import { KEY_TASK_EXTENSION_WORKFLOW, type KeyTask } from '../types';
import { KeyTaskDueDate } from './key-task-due-date';
import { KeyTaskProgressBar } from './key-task-progress';
import { KeyTaskStatusTags } from './key-task-status-tag';
import { KeyTaskTable } from './key-task-table';

interface KeyTaskDetailDrawerProps {
  id: string;
  onClose: () => void;
  onOpen: (task: KeyTask) => void;
  onEdit: (task: KeyTask) => void;
  onAddChild: (task: KeyTask) => void;
  onReport: (task: KeyTask) => void;
  onRequestExtension: (task: KeyTask) => void;
}

/** One task: its three lists, sub-tasks and progress updates with evidence downloads. */
export function KeyTaskDetailDrawer({
  id,
  onClose,
  onOpen,
  onEdit,
  onAddChild,
  onReport,
  onRequestExtension,
}: KeyTaskDetailDrawerProps) {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const onError = useApiErrorHandler();
  const detail = useKeyTask(id);
  const remove = useDeleteKeyTask();
  const decide = useDecideExtension();
  const canManage = can('keyTask.manage');
  const canReport = can('keyTask.report');
  // Tasks with an extension request waiting for this person's decision (the unit that set them).
  const decides = useDecidesExtension(detail.data?.task, canManage);

  const body = () => {
    if (!detail.data) return <PageSpinner />;
    const { task, children, updates, extensions } = detail.data;
    const completed = task.status === 'completed';
    const openRequest = extensions.find((request) => request.status === 'requested');
    const decider = decides.data ?? false;
    const details = (
      <Flex vertical gap="middle">
        <Descriptions
          column={1}
          size="small"
          bordered
          data-testid="key-task-details"
          items={[
            { key: 'title', label: t.keyTask.title, children: task.title },
            { key: 'status', label: t.keyTask.status, children: <KeyTaskStatusTags task={task} /> },
            { key: 'progress', label: t.keyTask.progress, children: <KeyTaskProgressBar task={task} /> },
            {
              key: 'target',
              label: t.keyTask.target,
              children: <span className="pre-wrap">{task.target}</span>,
            },
            {
              key: 'dueDate',
              label: t.keyTask.dueDate,
              children: <KeyTaskDueDate task={task} />,
            },
            {
              key: 'persons',
              label: t.keyTask.responsiblePersons,
              children: task.responsiblePersons.map((person) => person.name).join('、'),
            },
            { key: 'unit', label: t.keyTask.unit, children: task.unitName },
            {
              key: 'setBy',
              label: t.keyTask.setBy,
              children: <span data-testid="key-task-set-by">{task.setByUnitName}</span>,
            },
            { key: 'domain', label: t.keyTask.domain, children: task.domainTitle ?? '—' },
            ...(task.completedAt
              ? [
                  {
                    key: 'completedAt',
                    label: t.keyTask.completedAt,
                    children: formatDateTime(task.completedAt, locale),
                  },
                ]
              : []),
          ]}
        />
        {!task.deadlineOwned && (
          <Alert
            type="info"
            showIcon
            title={format(t.keyTask.setBySuperior, { unit: task.setByUnitName })}
            data-testid="key-task-set-by-note"
          />
        )}
        <Flex gap="small" wrap>
          {canReport && children.length === 0 && (
            <Button type="primary" onClick={() => onReport(task)} data-testid="key-task-report">
              {t.progress.report}
            </Button>
          )}
          {canReport && !task.deadlineOwned && !completed && !openRequest && (
            <Button onClick={() => onRequestExtension(task)} data-testid="key-task-request-extension">
              {t.extension.request}
            </Button>
          )}
          {canManage && (
            <Button onClick={() => onEdit(task)} data-testid="key-task-edit">
              {t.common.edit}
            </Button>
          )}
          {canManage && (
            <Button onClick={() => onAddChild(task)} data-testid="key-task-add-child">
              {t.keyTask.addChild}
            </Button>
          )}
          {canManage && task.deadlineOwned && (
            <Popconfirm
              title={t.common.confirmDelete}
              okText={t.common.delete}
              cancelText={t.common.cancel}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                remove.mutate(task.id, {
                  onSuccess: () => {
                    message.success(t.common.deleted);
                    onClose();
                  },
                  onError: (error) => onError(error),
                })
              }
            >
              <Button danger data-testid="key-task-delete">
                {t.common.delete}
              </Button>
            </Popconfirm>
          )}
        </Flex>
        {openRequest && !decider && (
          <Typography.Text type="secondary" data-testid="key-task-extension-open">
            {t.extension.open}
          </Typography.Text>
        )}
        {extensions.length > 0 && (
          <>
            <Divider titlePlacement="start" plain>
              {t.extension.list}
            </Divider>
            <ExtensionList
              requests={extensions}
              canDecide={decider}
              workflow={KEY_TASK_EXTENSION_WORKFLOW}
              decide={decide}
            />
          </>
        )}
        {children.length > 0 && (
          <>
            <Divider titlePlacement="start" plain>
              {t.keyTask.children}
            </Divider>
            <KeyTaskTable tasks={children} onView={onOpen} testId="key-task-children" />
          </>
        )}
        <Divider titlePlacement="start" plain>
          {t.progress.updates}
        </Divider>
        <ProgressUpdates updates={updates} testIdPrefix="key-task" />
      </Flex>
    );
    return (
      <Tabs
        items={[
          { key: 'details', label: t.common.details, children: details },
          historyTab(t.history.tab, { recordType: 'key_task', id: task.id }),
        ]}
      />
    );
  };

  return (
    <Drawer
      open
      title={t.keyTask.detailTitle}
      size={screens.sm === false ? '100%' : 640}
      onClose={onClose}
      data-testid="key-task-drawer"
    >
      {body()}
    </Drawer>
  );
}
