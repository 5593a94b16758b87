import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { storedFile } from '../../platform/files/files.table';
import { multipartBody } from '../../platform/files/multipart-test-body';
import { person } from '../../platform/org/org.table';
import { campaign } from '../campaign/campaign.table';
import { keyTask, keyTaskPerson, keyTaskProgress } from './key-tasks.table';

let t: TestApp;
let clerk: string;
let head: string;
let county: string;
let campaignId: string;
let jyj: string;
const personId = new Map<string, string>();

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('dept.clerk');
  head = await t.login('dept.head');
  county = await t.login('county.office');
  const office = await t.login('office');
  const units = (await t.as(office, { method: 'GET', url: '/api/units' })).json().items;
  jyj = units.find((u: { name: string }) => u.name === '市教育局').id;
  for (const p of await t.database.db.select().from(person)) personId.set(p.name, p.id);
  // The demo campaign, or one made here while the campaign module's seed is not there.
  const [existing] = await t.database.db.select().from(campaign);
  campaignId =
    existing?.id ??
    (
      await t.database.db
        .insert(campaign)
        .values({ name: '2026年问责年活动', year: 2026, unitId: units[0].id, status: 'active' })
        .returning()
    )[0]!.id;
});
afterAll(() => t.close());

async function createTask(extra: Record<string, unknown> = {}) {
  const res = await t.as(head, {
    method: 'POST',
    url: '/api/key-tasks',
    payload: {
      campaignId,
      unitId: jyj,
      title: '学校食堂食品安全专项检查',
      target: '全市中小学食堂检查覆盖率 100%',
      dueDate: '2026-09-30',
      responsiblePersonIds: [personId.get('马晓明'), personId.get('刘填报')],
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('key tasks', () => {
  it('creates a task with persons of its unit: response, stored rows, audit', async () => {
    const task = await createTask();
    expect(task).toMatchObject({
      unitName: '市教育局',
      progress: 0,
      status: 'on_track',
      dueDate: '2026-09-30',
    });
    expect(task.workingDaysLeft).toBeGreaterThan(50);
    expect(task.responsiblePersons.map((p: { name: string }) => p.name).sort()).toEqual(
      ['刘填报', '马晓明'].sort(),
    );
    const persons = await t.database.db.select().from(keyTaskPerson).where(eq(keyTaskPerson.taskId, task.id));
    expect(persons).toHaveLength(2);
    const [event] = await auditRows(t.database, 'key_task.created', task.id);
    expect(event!.after).toMatchObject({ title: '学校食堂食品安全专项检查', dueDate: '2026-09-30' });
  });

  it('refuses responsible persons of another unit (400 on responsiblePersonIds.N)', async () => {
    const before = await auditCount(t.database);
    const res = await t.as(head, {
      method: 'POST',
      url: '/api/key-tasks',
      payload: {
        campaignId,
        unitId: jyj,
        title: '越权指派',
        target: '目标',
        dueDate: '2026-09-30',
        responsiblePersonIds: [personId.get('马晓明'), personId.get('林春华')],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'responsiblePersonIds.1', message: expect.any(String) }]);
    expect(await t.database.db.select().from(keyTask).where(eq(keyTask.title, '越权指派'))).toHaveLength(0);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('derives due_soon and overdue from working days', async () => {
    // The test clock stands at Monday 2026-06-01; 2026-06-05 is four working days later.
    const soon = await createTask({ title: '五日内到期', dueDate: '2026-06-05' });
    expect(soon).toMatchObject({ status: 'due_soon', workingDaysLeft: 4 });
    const late = await createTask({ title: '已逾期', dueDate: '2026-05-20' });
    expect(late.status).toBe('overdue');
    const overdue = (await t.as(clerk, { method: 'GET', url: '/api/key-tasks?status=overdue' })).json().items;
    expect(overdue.map((x: { id: string }) => x.id)).toContain(late.id);
    expect(overdue.map((x: { id: string }) => x.id)).not.toContain(soon.id);
  });

  it('reports progress with an evidence file, rolls it up to the parent, audited', async () => {
    const parent = await createTask({ title: '父任务' });
    const a = await createTask({ title: '子任务甲', parentId: parent.id });
    const b = await createTask({ title: '子任务乙', parentId: parent.id });
    const body = multipartBody('检查照片.png', PNG, 'image/png');
    const upload = await t.as(clerk, {
      method: 'POST',
      url: `/api/files?unitId=${jyj}`,
      payload: body.payload,
      headers: body.headers,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json().id;

    const res = await t.as(clerk, {
      method: 'POST',
      url: `/api/key-tasks/${a.id}/progress`,
      payload: { percent: 100, note: '已完成全部检查', fileIds: [fileId] },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ percent: 100, reporterName: '刘填报', files: [{ id: fileId }] });
    const [stored] = await t.database.db.select().from(storedFile).where(eq(storedFile.id, fileId));
    expect(stored).toMatchObject({ ownerType: 'key_task_progress', ownerId: res.json().id });
    const [childRow] = await t.database.db.select().from(keyTask).where(eq(keyTask.id, a.id));
    expect(childRow!.progress).toBe(100);
    expect(childRow!.completedAt).not.toBeNull();
    const [parentRow] = await t.database.db.select().from(keyTask).where(eq(keyTask.id, parent.id));
    expect(parentRow!.progress).toBe(50);
    const [event] = await auditRows(t.database, 'key_task.progress_reported', a.id);
    expect(event!.before).toEqual({ progress: 0 });
    expect(event!.after).toMatchObject({ progress: 100, fileIds: [fileId] });

    // the detail shows the update with its file, and the parent its children
    const detail = (await t.as(clerk, { method: 'GET', url: `/api/key-tasks/${a.id}` })).json();
    expect(detail.task.status).toBe('completed');
    expect(detail.updates[0].files[0]).toMatchObject({
      id: fileId,
      filename: '检查照片.png',
      mimeType: 'image/png',
    });
    const parentDetail = (await t.as(clerk, { method: 'GET', url: `/api/key-tasks/${parent.id}` })).json();
    expect(parentDetail.task.progress).toBe(50);
    expect(parentDetail.children.map((c: { id: string }) => c.id).sort()).toEqual([a.id, b.id].sort());

    // a file already attached cannot be attached again
    const again = await t.as(clerk, {
      method: 'POST',
      url: `/api/key-tasks/${b.id}/progress`,
      payload: { percent: 10, note: '复用文件', fileIds: [fileId] },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].path).toBe('fileIds.0');
    expect(
      await t.database.db.select().from(keyTaskProgress).where(eq(keyTaskProgress.taskId, b.id)),
    ).toHaveLength(0);

    // a parent's progress is rolled up, not reported
    const onParent = await t.as(clerk, {
      method: 'POST',
      url: `/api/key-tasks/${parent.id}/progress`,
      payload: { percent: 80, note: '直接填报' },
    });
    expect(onParent.statusCode).toBe(400);
  });

  it('edits and deletes a task, audited; out-of-scope tasks are 404', async () => {
    const task = await createTask({ title: '待修改' });
    const res = await t.as(head, {
      method: 'PATCH',
      url: `/api/key-tasks/${task.id}`,
      payload: { title: '已修改', responsiblePersonIds: [personId.get('黄局长')] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().responsiblePersons).toEqual([{ id: personId.get('黄局长'), name: '黄局长' }]);
    const [updated] = await auditRows(t.database, 'key_task.updated', task.id);
    expect(updated!.before).toMatchObject({ title: '待修改' });
    expect(updated!.after).toMatchObject({ title: '已修改' });
    expect((await t.as(county, { method: 'GET', url: `/api/key-tasks/${task.id}` })).statusCode).toBe(404);
    expect((await t.as(county, { method: 'DELETE', url: `/api/key-tasks/${task.id}` })).statusCode).toBe(404);
    const del = await t.as(head, { method: 'DELETE', url: `/api/key-tasks/${task.id}` });
    expect(del.statusCode).toBe(200);
    expect(await t.database.db.select().from(keyTask).where(eq(keyTask.id, task.id))).toHaveLength(0);
    expect((await auditRows(t.database, 'key_task.deleted', task.id)).length).toBe(1);
  });
});

describe('a deadline set by a superior unit (延期申请)', () => {
  let office: string;
  let task: { id: string; dueDate: string; setByUnitName: string };

  beforeAll(async () => {
    office = await t.login('office');
    // The demo's task set by 市政府督查室 for 市教育局.
    const items = (await t.as(clerk, { method: 'GET', url: '/api/key-tasks' })).json().items;
    task = items.find((i: { title: string }) => i.title === '规范校外培训机构办学行为专项整治');
    expect(task.setByUnitName).toBe('市政府督查室');
    // The page knows whom the task belongs to: the office may change it, the bureau asks.
    expect(task).toMatchObject({ deadlineOwned: false });
    const asOffice = (
      await t.as(office, { method: 'GET', url: `/api/key-tasks/${(task as { id: string }).id}` })
    ).json();
    expect(asOffice.task.deadlineOwned).toBe(true);
  });

  it('the responsible unit cannot move the deadline, change the target or delete the task (403)', async () => {
    const before = await auditCount(t.database);
    const moved = await t.as(clerk, {
      method: 'PATCH',
      url: `/api/key-tasks/${task.id}`,
      payload: { dueDate: '2027-01-29' },
    });
    expect(moved.statusCode).toBe(403);
    expect(moved.json().errors[0].path).toBe('dueDate');
    expect(moved.json().errors[0].message).toContain('市政府督查室');
    const target = await t.as(clerk, {
      method: 'PATCH',
      url: `/api/key-tasks/${task.id}`,
      payload: { target: '放宽' },
    });
    expect(target.statusCode).toBe(403);
    expect((await t.as(clerk, { method: 'DELETE', url: `/api/key-tasks/${task.id}` })).statusCode).toBe(403);
    const [stored] = await t.database.db.select().from(keyTask).where(eq(keyTask.id, task.id));
    expect(stored!.dueDate).toBe(task.dueDate);
    expect(await auditCount(t.database)).toBe(before);
    // Its own people it may still assign.
    const persons = await t.as(clerk, {
      method: 'PATCH',
      url: `/api/key-tasks/${task.id}`,
      payload: { responsiblePersonIds: [personId.get('马晓明')] },
    });
    expect(persons.statusCode).toBe(200);
  });

  it('asks for an extension; the setter approves it with an opinion and the deadline moves, in the history', async () => {
    // The demo already holds one open request on this task: the office refuses it first.
    const open = (await t.as(clerk, { method: 'GET', url: `/api/key-tasks/${task.id}` })).json()
      .extensions[0];
    expect(open.status).toBe('requested');
    const again = await t.as(clerk, {
      method: 'POST',
      url: `/api/key-tasks/${task.id}/extension-requests`,
      payload: { workingDays: 10, reason: '再次申请' },
    });
    expect(again.statusCode).toBe(409);
    const refuseBare = await t.as(office, {
      method: 'POST',
      url: `/api/key-task-extensions/${open.id}/refuse`,
      payload: {},
    });
    expect(refuseBare.statusCode).toBe(400);
    expect(refuseBare.json().errors[0].path).toBe('reason');
    const refused = await t.as(office, {
      method: 'POST',
      url: `/api/key-task-extensions/${open.id}/refuse`,
      payload: { reason: '请按原定时限完成' },
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({
      status: 'refused',
      opinion: '请按原定时限完成',
      decidedByName: '陈督查',
    });
    expect((await t.database.db.select().from(keyTask).where(eq(keyTask.id, task.id)))[0]!.dueDate).toBe(
      task.dueDate,
    );

    const notLater = await t.as(clerk, {
      method: 'POST',
      url: `/api/key-tasks/${task.id}/extension-requests`,
      payload: { dueDate: task.dueDate, reason: '原因' },
    });
    expect(notLater.statusCode).toBe(400);
    expect(notLater.json().errors[0].path).toBe('dueDate');

    const asked = await t.as(clerk, {
      method: 'POST',
      url: `/api/key-tasks/${task.id}/extension-requests`,
      payload: { workingDays: 10, reason: '县区交叉检查尚未完成' },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = asked.json().extensions[0];
    expect(request).toMatchObject({
      status: 'requested',
      currentDueDate: task.dueDate,
      requestedByName: '刘填报',
    });
    expect(request.requestedDueDate > task.dueDate).toBe(true);
    const [requested] = await auditRows(t.database, 'key_task.extension_requested', request.id);
    expect(requested!.after).toMatchObject({
      subjectId: task.id,
      requestedDueDate: request.requestedDueDate,
    });

    // The bureau's head does not decide what the office set: the request is not there for him.
    expect(
      (
        await t.as(head, {
          method: 'POST',
          url: `/api/key-task-extensions/${request.id}/approve`,
          payload: {},
        })
      ).statusCode,
    ).toBe(404);
    const approved = await t.as(office, {
      method: 'POST',
      url: `/api/key-task-extensions/${request.id}/approve`,
      payload: { opinion: '同意延期' },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', opinion: '同意延期' });
    const [stored] = await t.database.db.select().from(keyTask).where(eq(keyTask.id, task.id));
    expect(stored!.dueDate).toBe(request.requestedDueDate);
    const [event] = await auditRows(t.database, 'key_task.extension_approved', request.id);
    expect(event!.before).toMatchObject({ status: 'requested', dueDate: task.dueDate });
    expect(event!.after).toMatchObject({
      status: 'approved',
      dueDate: request.requestedDueDate,
      opinion: '同意延期',
    });

    // The task's history shows the requests and the decision that moved its deadline.
    const history = (await t.as(clerk, { method: 'GET', url: `/api/history/key_task/${task.id}` })).json()
      .items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining([
        'key_task.extension_requested',
        'key_task.extension_refused',
        'key_task.extension_approved',
      ]),
    );
  });
});

describe('late completion (逾期完成)', () => {
  it('a task completed after its due date says so, with the working days late', async () => {
    const items = (await t.as(clerk, { method: 'GET', url: '/api/key-tasks' })).json().items;
    const late = items.find((i: { title: string }) => i.title === '教师资格认定“一件事”改革');
    expect(late.status).toBe('completed');
    expect(late.completedLate).toBe(true);
    const completedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(late.completedAt),
    );
    const between = await t.as(clerk, {
      method: 'GET',
      url: `/api/calendar/working-days/between?from=${late.dueDate}&to=${completedOn}`,
    });
    expect(late.workingDaysLate).toBe(between.json().days);
    expect(late.workingDaysLate).toBeGreaterThan(0);
    // One completed on time is not late.
    const task = await createTask({ title: '按期完成的任务', dueDate: '2026-09-30' });
    const done = await t.as(head, {
      method: 'POST',
      url: `/api/key-tasks/${task.id}/progress`,
      payload: { percent: 100, note: '完成' },
    });
    expect(done.statusCode).toBe(201);
    const detail = (await t.as(head, { method: 'GET', url: `/api/key-tasks/${task.id}` })).json().task;
    expect(detail).toMatchObject({ status: 'completed', completedLate: false, workingDaysLate: null });
  });
});
