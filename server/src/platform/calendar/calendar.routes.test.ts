import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import {
  addWorkingDays,
  calendarCovering,
  ensureCalendarSeeded,
  isWorkingDay,
  workingDaysBetween,
} from './calendar.service';
import { calendarDay, calendarYear } from './calendar.table';
import { isWorkingDayIn } from './working-days';

let t: TestApp;
let office: string;
let clerk: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login('office');
  clerk = await t.login('dept.clerk');
});
afterAll(() => t.close());

const add = (cookie: string, from: string, days: number) =>
  t.as(cookie, { method: 'GET', url: `/api/calendar/working-days/add?from=${from}&days=${days}` });

describe('seeded calendar', () => {
  it('knows 2004–2026 from chinese-days', async () => {
    const res = await t.as(clerk, { method: 'GET', url: '/api/calendar/years' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { year: number; source: string }[];
    expect(items.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(new Set(items.map((y) => y.source))).toEqual(new Set(['chinese-days']));
  });

  it("lists a year's exceptions only", async () => {
    const res = await t.as(clerk, { method: 'GET', url: '/api/calendar/days?year=2026' });
    expect(res.statusCode).toBe(200);
    const days = res.json().days as { day: string; isWorkingDay: boolean; kind: string; name: string }[];
    expect(days.find((d) => d.day === '2026-10-01')).toEqual({
      day: '2026-10-01',
      isWorkingDay: false,
      kind: 'holiday',
      name: '国庆节',
    });
    expect(days.find((d) => d.day === '2026-09-20')).toMatchObject({
      isWorkingDay: true,
      kind: 'adjusted_workday',
    });
    // 10月3日 is a Saturday anyway: not an exception.
    expect(days.find((d) => d.day === '2026-10-03')).toBeUndefined();
  });

  it('seeding again adds nothing', async () => {
    const before = await t.database.db.select().from(calendarDay);
    expect(await ensureCalendarSeeded(t.database.db)).toEqual([]);
    expect((await t.database.db.select().from(calendarDay)).length).toBe(before.length);
  });

  it('needs a signed-in caller', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/calendar/working-days/add?from=2026-09-30&days=1',
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('working days across the 2026 National Day holiday', () => {
  // chinese-days 1.5.7: 10月1日–7日 off; 9月20日 (Sun) and 10月10日 (Sat) worked; 中秋 9月25日 (Fri) off.
  it('adds working days counting from the next day', async () => {
    const res = await add(clerk, '2026-09-30', 1);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ date: '2026-10-08', provisional: false });
    expect((await add(clerk, '2026-09-30', 3)).json().date).toBe('2026-10-10');
    expect((await add(clerk, '2026-09-30', 4)).json().date).toBe('2026-10-12');
    expect((await add(clerk, '2026-09-18', 1)).json().date).toBe('2026-09-20');
    expect((await add(clerk, '2026-09-24', 1)).json().date).toBe('2026-09-28');
    expect((await add(clerk, '2026-10-08', -1)).json().date).toBe('2026-09-30');
  });

  it('counts working days between two dates', async () => {
    const res = await t.as(clerk, {
      method: 'GET',
      url: '/api/calendar/working-days/between?from=2026-09-30&to=2026-10-12',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ days: 4, provisional: false });
  });

  it('the service functions other modules call agree (on a transaction too)', async () => {
    expect(await isWorkingDay(t.database.db, '2026-10-10')).toBe(true);
    expect(await isWorkingDay(t.database.db, '2026-10-07')).toBe(false);
    await t.database.db.transaction(async (tx) => {
      expect(await addWorkingDays(tx, '2026-09-30', 1)).toEqual({ date: '2026-10-08', provisional: false });
      expect(await workingDaysBetween(tx, '2026-10-12', '2026-09-30')).toEqual({
        days: -4,
        provisional: false,
      });
    });
  });

  it("loads one calendar for any number of days: a province's escalation pass reads 300,000 due dates", async () => {
    const days = Array.from({ length: 300_000 }, (_, i) => (i % 2 ? '2025-03-03' : '2026-09-30'));
    const calendar = await calendarCovering(t.database.db, days, '2026-10-10');
    expect([...calendar.years].sort()).toEqual([2025, 2026]);
    expect(isWorkingDayIn(calendar, '2025-10-01')).toBe(false);
    expect(isWorkingDayIn(calendar, '2026-10-07')).toBe(false);
    expect(isWorkingDayIn(calendar, '2026-10-10')).toBe(true);
    // Months (the monthly reports' due dates) and no today.
    expect([...(await calendarCovering(t.database.db, ['2024-12', '2025-01'])).years].sort()).toEqual([
      2024, 2025, 2026,
    ]);
  });

  it('counts the next year on weekends alone and marks it provisional (暂定)', async () => {
    // 2026-12-30 is a Wednesday: five working days on are Wednesday 2027-01-06, New Year's Day
    // counted as a working day until 2027's schedule is entered.
    const res = await add(clerk, '2026-12-30', 5);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ date: '2027-01-06', provisional: true });
    const between = await t.as(clerk, {
      method: 'GET',
      url: '/api/calendar/working-days/between?from=2026-12-30&to=2027-01-06',
    });
    expect(between.json()).toEqual({ days: 5, provisional: true });
    const years = (await t.as(clerk, { method: 'GET', url: '/api/calendar/years' })).json();
    expect(years.provisionalYear).toBe(2027);
    expect((await t.as(clerk, { method: 'GET', url: '/api/calendar/days?year=2027' })).json()).toEqual({
      year: 2027,
      days: [],
    });
  });

  it('refuses a year further out (422, naming the year)', async () => {
    const en = await t.as(clerk, {
      method: 'GET',
      url: '/api/calendar/working-days/between?from=2028-01-01&to=2028-02-01',
      headers: { 'accept-language': 'en-US' },
    });
    expect(en.statusCode).toBe(422);
    expect(en.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect(en.json().title).toContain('2028');
    const zh = await add(clerk, '2027-12-20', 30);
    expect(zh.statusCode).toBe(422);
    expect(zh.json().title).toContain('2028');
    await expect(isWorkingDay(t.database.db, '2031-01-02')).rejects.toMatchObject({
      code: 'CALENDAR_YEAR_MISSING',
      params: { year: 2031 },
    });
  });

  it('rejects a malformed date or count', async () => {
    expect((await add(clerk, '2026-13-01', 1)).statusCode).toBe(400);
    expect((await add(clerk, '2026-09-30', 100000)).statusCode).toBe(400);
  });
});

describe('administration', () => {
  it("an administrator's override changes the result and is audited", async () => {
    expect((await add(clerk, '2026-09-30', 2)).json().date).toBe('2026-10-09');
    const res = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/days/2026-10-09',
      payload: { isWorkingDay: false, name: '国庆节延长假期' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      day: '2026-10-09',
      isWorkingDay: false,
      kind: 'override',
      name: '国庆节延长假期',
    });
    const [stored] = await t.database.db.select().from(calendarDay).where(eq(calendarDay.day, '2026-10-09'));
    expect(stored).toMatchObject({ isWorkingDay: false, kind: 'override', source: 'admin' });
    const [event] = await auditRows(t.database, 'calendar.day_set', '2026-10-09');
    expect(event!.before).toBeNull();
    expect(event!.after).toMatchObject({ isWorkingDay: false, kind: 'override', source: 'admin' });
    // Two working days after 9月30日 are now 10月8日 and the adjusted Saturday 10月10日.
    expect((await add(clerk, '2026-09-30', 2)).json().date).toBe('2026-10-10');
    // Seeding again never overwrites it.
    await ensureCalendarSeeded(t.database.db);
    const [still] = await t.database.db.select().from(calendarDay).where(eq(calendarDay.day, '2026-10-09'));
    expect(still!.kind).toBe('override');
  });

  it('overriding a published day keeps what it was in the audit row', async () => {
    const res = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/days/2026-10-10',
      payload: { isWorkingDay: false },
    });
    expect(res.statusCode).toBe(200);
    const [event] = await auditRows(t.database, 'calendar.day_set', '2026-10-10');
    expect(event!.before).toMatchObject({
      isWorkingDay: true,
      kind: 'adjusted_workday',
      source: 'chinese-days',
    });
    expect(event!.after).toMatchObject({ isWorkingDay: false, kind: 'override', name: null });
  });

  it('a unit clerk may not change the calendar (403)', async () => {
    const before = await auditCount(t.database);
    const res = await t.as(clerk, {
      method: 'PUT',
      url: '/api/calendar/days/2026-10-12',
      payload: { isWorkingDay: false },
    });
    expect(res.statusCode).toBe(403);
    const schedule = await t.as(clerk, {
      method: 'PUT',
      url: '/api/calendar/years/2027/schedule',
      payload: { holidays: [{ name: '元旦', startDate: '2027-01-01', endDate: '2027-01-01' }], workdays: [] },
    });
    expect(schedule.statusCode).toBe(403);
    expect(await auditCount(t.database)).toBe(before);
  });

  it("a county's administrator may not change the city's calendar (403, nothing stored, nothing logged)", async () => {
    const county = await t.login('county.office');
    const before = await auditCount(t.database);
    const stored = await t.database.db.select().from(calendarDay).where(eq(calendarDay.day, '2026-12-28'));
    const res = await t.as(county, {
      method: 'PUT',
      url: '/api/calendar/days/2026-12-28',
      payload: { isWorkingDay: false, name: '县里放假' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const schedule = await t.as(county, {
      method: 'PUT',
      url: '/api/calendar/years/2027/schedule',
      payload: {
        holidays: [{ name: '县里放假', startDate: '2027-01-04', endDate: '2027-01-04' }],
        workdays: [],
      },
    });
    expect(schedule.statusCode).toBe(403);
    expect(await t.database.db.select().from(calendarDay).where(eq(calendarDay.day, '2026-12-28'))).toEqual(
      stored,
    );
    expect(await t.database.db.select().from(calendarYear).where(eq(calendarYear.year, 2027))).toEqual([]);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('a day of a year beyond the provisional one cannot be set', async () => {
    const res = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/days/2029-01-01',
      payload: { isWorkingDay: false },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_YEAR_MISSING');
  });
});

const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知
国办发明电〔2026〕7号

经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月14日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
五、端午节：6月9日（周三）放假，共1天。
六、中秋节：9月15日（周三）放假，共1天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。

节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。`;

describe("entering a year's schedule in one step", () => {
  it("reads the State Council's notice for confirmation, changing nothing", async () => {
    const before = await auditCount(t.database);
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/calendar/notice',
      payload: { text: NOTICE_2027 },
    });
    expect(res.statusCode).toBe(200);
    const schedule = res.json();
    expect(schedule.year).toBe(2027);
    expect(schedule.holidays).toHaveLength(7);
    expect(schedule.holidays[1]).toEqual({ name: '春节', startDate: '2027-02-05', endDate: '2027-02-13' });
    expect(schedule.holidays[4]).toEqual({ name: '端午节', startDate: '2027-06-09', endDate: '2027-06-09' });
    expect(schedule.workdays.map((w: { date: string }) => w.date)).toEqual([
      '2027-02-14',
      '2027-02-20',
      '2027-04-25',
      '2027-05-08',
      '2027-09-26',
      '2027-10-09',
    ]);
    expect(await auditCount(t.database)).toBe(before);
    const unreadable = await t.as(office, {
      method: 'POST',
      url: '/api/calendar/notice',
      payload: { text: '通知' },
    });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().errors[0].path).toBe('text');
  });

  it('refuses a year beyond the provisional one: its turn comes after the provisional year (422)', async () => {
    const res = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/years/2028/schedule',
      payload: { holidays: [{ name: '元旦', startDate: '2028-01-01', endDate: '2028-01-01' }], workdays: [] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect(res.json().title).toContain('2027');
  });

  it('refuses a reversed range and a workday that is not a weekend day, on the field', async () => {
    const res = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/years/2027/schedule',
      payload: {
        holidays: [{ name: '国庆节', startDate: '2027-10-07', endDate: '2027-10-01' }],
        workdays: [{ date: '2027-10-11', name: '国庆节' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'holidays.0.endDate',
      'workdays.0.date',
    ]);
  });

  it('stores the schedule, recomputes deadlines counted into the year, and shows it in their history', async () => {
    // A key task due in 30 working days from 2026-12-02, counted while 2027 was provisional.
    t.clock.set(new Date('2026-12-02T02:00:00Z'));
    // Sessions older than the idle limit ended with the move of the clock: sign in again.
    office = await t.login('office');
    clerk = await t.login('dept.clerk');
    const head = await t.login('dept.head');
    const units = (await t.as(office, { method: 'GET', url: '/api/units' })).json().items;
    const jyj = units.find((u: { name: string }) => u.name === '市教育局').id;
    const persons = (await t.as(head, { method: 'GET', url: `/api/persons?unitId=${jyj}` })).json().items;
    const campaignId = (await t.as(head, { method: 'GET', url: '/api/campaigns/current' })).json().id;
    const created = await t.as(head, {
      method: 'POST',
      url: '/api/key-tasks',
      payload: {
        campaignId,
        unitId: jyj,
        title: '寒假安全教育',
        target: '全市中小学寒假安全教育全覆盖',
        dueWorkingDays: 30,
        responsiblePersonIds: [persons[0].id],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json();
    // 30 weekdays after Wednesday 2026-12-02 (2027-01-01 counted as a working day): 2027-01-13.
    expect(task).toMatchObject({ dueDate: '2027-01-13', dueDateProvisional: true });

    const schedule = (
      await t.as(office, { method: 'POST', url: '/api/calendar/notice', payload: { text: NOTICE_2027 } })
    ).json();
    const res = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/years/2027/schedule',
      payload: { holidays: schedule.holidays, workdays: schedule.workdays },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2027, source: 'notice', recomputed: 1 });
    expect(body.days).toContainEqual({
      day: '2027-01-01',
      isWorkingDay: false,
      kind: 'holiday',
      name: '元旦',
    });
    expect(body.days).toContainEqual({
      day: '2027-02-14',
      isWorkingDay: true,
      kind: 'adjusted_workday',
      name: '春节',
    });
    const [stored] = await t.database.db.select().from(calendarYear).where(eq(calendarYear.year, 2027));
    expect(stored!.source).toBe('notice');
    const [event] = await auditRows(t.database, 'calendar.schedule_set', '2027');
    expect(event!.after).toMatchObject({ year: 2027, recomputed: 1 });

    // New Year's Day is now a holiday: the task's deadline moves by one working day, in its history.
    const after = (await t.as(head, { method: 'GET', url: `/api/key-tasks/${task.id}` })).json().task;
    expect(after).toMatchObject({ dueDate: '2027-01-14', dueDateProvisional: false });
    const history = (await t.as(head, { method: 'GET', url: `/api/history/key_task/${task.id}` })).json()
      .items;
    expect(history[0]).toMatchObject({
      action: 'key_task.deadline_recomputed',
      before: { dueDate: '2027-01-13' },
      after: { dueDate: '2027-01-14' },
    });
    // 2028 is now the provisional year; 2027 counts its holidays.
    expect((await add(clerk, '2026-12-30', 5)).json()).toEqual({ date: '2027-01-07', provisional: false });
    expect((await t.as(clerk, { method: 'GET', url: '/api/calendar/years' })).json().provisionalYear).toBe(
      2028,
    );
  });
});
