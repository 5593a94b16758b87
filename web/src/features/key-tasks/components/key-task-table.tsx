import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import type { ListExportTarget } from '../../../components/list-export-button';
import { ListTable } from '../../../components/list-table';
import { useT } from '../../../i18n/use-t';
import type { PagedList } from '../../../lib/use-paged-list';
import type { KeyTask } from '../types';
import { KeyTaskDueDate } from './key-task-due-date';
import { KeyTaskProgressBar } from './key-task-progress';
import { KeyTaskStatusTags } from './key-task-status-tag';

/** 三个清单: each task's target, deadline and responsible officials, with status and progress. */
export function KeyTaskTable({
  pager,
  tasks,
  onView,
  testId = 'key-task-table',
  exportList,
}: {
  /** The page of tasks shown and the way to the others (the list page), … */
  pager?: PagedList<KeyTask>;
  /** … or every task shown (a task's sub-tasks, in its drawer). */
  tasks?: KeyTask[];
  onView: (task: KeyTask) => void;
  testId?: string;
  /** The list page's filters, for its Excel export. */
  exportList?: ListExportTarget;
}) {
  const t = useT();
  const columns: TableColumnsType<KeyTask> = [
    {
      key: 'title',
      title: t.keyTask.title,
      render: (_, task) => (
        <Flex gap={4} align="center" wrap>
          {pager && task.parentId !== null && <Tag data-testid="key-task-child">{t.keyTask.childTag}</Tag>}
          <Button
            type="link"
            size="small"
            className="link-cell"
            onClick={() => onView(task)}
            data-testid="key-task-open"
          >
            {task.title}
          </Button>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t.keyTask.status,
      render: (_, task) => <KeyTaskStatusTags task={task} />,
    },
    { key: 'progress', title: t.keyTask.progress, render: (_, task) => <KeyTaskProgressBar task={task} /> },
    {
      key: 'dueDate',
      title: t.keyTask.dueDate,
      render: (_, task) => <KeyTaskDueDate task={task} />,
    },
    { key: 'unit', title: t.keyTask.unit, dataIndex: 'unitName' },
    { key: 'setBy', title: t.keyTask.setBy, dataIndex: 'setByUnitName' },
    {
      key: 'persons',
      title: t.keyTask.responsiblePersons,
      render: (_, task) => task.responsiblePersons.map((person) => person.name).join('、'),
    },
    { key: 'domain', title: t.keyTask.domain, render: (_, task) => task.domainTitle ?? '—' },
  ];
  return pager ? (
    <ListTable<KeyTask> columns={columns} pager={pager} exportList={exportList} data-testid={testId} />
  ) : (
    <ListTable<KeyTask> columns={columns} dataSource={tasks} data-testid={testId} />
  );
}
