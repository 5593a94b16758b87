import { Button, type TableColumnsType } from 'antd';
import { ListTable } from '../../../components/list-table';
import { useT } from '../../../i18n/use-t';
import type { KeyTask } from '../types';
import { KeyTaskDueDate } from './key-task-due-date';
import { KeyTaskProgressBar } from './key-task-progress';
import { KeyTaskStatusTags } from './key-task-status-tag';

/** 三个清单: each task's target, deadline and responsible officials, with status and progress. */
export function KeyTaskTable({
  tasks,
  loading,
  onView,
  testId = 'key-task-table',
}: {
  tasks: KeyTask[];
  loading: boolean;
  onView: (task: KeyTask) => void;
  testId?: string;
}) {
  const t = useT();
  const columns: TableColumnsType<KeyTask> = [
    {
      key: 'title',
      title: t.keyTask.title,
      render: (_, task) => (
        <Button
          type="link"
          size="small"
          className="link-cell"
          onClick={() => onView(task)}
          data-testid="key-task-open"
        >
          {task.title}
        </Button>
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
  return <ListTable<KeyTask> columns={columns} dataSource={tasks} loading={loading} data-testid={testId} />;
}
