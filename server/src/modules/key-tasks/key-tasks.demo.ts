import { insertExtension } from '../../platform/extensions/extension.repository';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef, listDomainRefs } from '../campaign/campaign.service';
import * as repo from './key-tasks.repository';

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Three key tasks of 市教育局: on track, due soon, and completed. */
export async function seedDemoKeyTasks(refs: DemoRefs): Promise<void> {
  const unitId = refs.unitIds.get('jyj');
  // Key tasks hang on the campaign (the campaign module seeds it first); without one there are none.
  const campaign = await findRootActiveCampaignRef(refs.tx);
  if (!campaign || !unitId) return;
  const domainId =
    (await listDomainRefs(refs.tx, campaign.id)).find((d) => d.code === 'education')?.id ?? null;
  const person = (key: string) => refs.personIds.get(key);
  const now = refs.now;
  const tasks: DemoTask[] = [
    {
      // Set by the city's supervision office (督查室): the bureau asks it for more time.
      setBy: 'dcs',
      createdBy: 'office',
      extension: { days: 14, reason: '县区交叉检查涉及机构 320 家，需延长两周完成复查和整改验收。' },
      title: '规范校外培训机构办学行为专项整治',
      target: '完成全市校外培训机构全面排查，无证办学机构取缔率 100%，群众投诉按期办结率不低于 95%。',
      // A month ahead: far enough to be on track, near enough to stay in a year the calendar knows.
      dueDate: addDays(now, 30),
      persons: ['dept.head', 'jyj-2'],
      progress: 45,
      note: '已完成城区 186 家机构排查，取缔无证机构 12 家，正在开展县区交叉检查。',
    },
    {
      title: '义务教育阶段“阳光招生”',
      target: '公开全部公办学校学区划分和招生计划，实现网上报名，不出现违规择校、“掐尖”招生。',
      dueDate: addDays(now, 4),
      persons: ['jyj-2', 'dept.clerk'],
      progress: 80,
      note: '招生政策已公布，网上报名系统已上线试运行。',
    },
    {
      title: '教师资格认定“一件事”改革',
      target: '教师资格认定全程网办，承诺办理时限由 20 个工作日压缩至 10 个工作日。',
      dueDate: addDays(now, -20),
      persons: ['dept.clerk'],
      progress: 100,
      note: '已实现全程网办，平均办理时限 8 个工作日。',
    },
  ];
  for (const t of tasks) {
    const persons = t.persons.map(person).filter((p): p is string => Boolean(p));
    const setter = t.setBy ? refs.unitIds.get(t.setBy) : undefined;
    const task = await repo.insertTask(refs.tx, {
      campaignId: campaign.id,
      domainId,
      unitId,
      title: t.title,
      target: t.target,
      dueDate: t.dueDate,
      setByUnitId: setter ?? unitId,
      progress: t.progress,
      completedAt: t.progress >= 100 ? now : null,
      createdBy: refs.accountIds.get(t.createdBy ?? 'dept.head') ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replacePersons(refs.tx, task.id, persons);
    await repo.insertProgress(refs.tx, {
      taskId: task.id,
      unitId,
      percent: t.progress,
      note: t.note,
      reportedBy: refs.accountIds.get('dept.clerk') ?? null,
      reportedAt: now,
    });
    if (t.extension && setter)
      await insertExtension(refs.tx, {
        subjectType: 'key_task',
        subjectId: task.id,
        unitId,
        deciderUnitId: setter,
        status: 'requested',
        currentDueDate: t.dueDate,
        requestedDueDate: addDays(new Date(`${t.dueDate}T00:00:00Z`), t.extension.days),
        reason: t.extension.reason,
        requestedBy: refs.accountIds.get('dept.clerk') ?? null,
        requestedAt: now,
        createdAt: now,
      });
  }
}

interface DemoTask {
  /** The unit that set the deadline (default: the bureau itself). */
  setBy?: string;
  createdBy?: string;
  /** An extension the bureau asked for and the setter has not decided yet. */
  extension?: { days: number; reason: string };
  title: string;
  target: string;
  dueDate: string;
  persons: string[];
  progress: number;
  note: string;
}
