import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { addWorkingDays, ensureCalendarSeeded, isWorkingDay, workingDaysBetween } from './calendar.service';
import { calendarDay, calendarYear } from './calendar.table';

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
    expect(res.json()).toEqual({ date: '2026-10-08' });
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
    expect(res.json()).toEqual({ days: 4 });
  });

  it('the service functions other modules call agree (on a transaction too)', async () => {
    expect(await isWorkingDay(t.database.db, '2026-10-10')).toBe(true);
    expect(await isWorkingDay(t.database.db, '2026-10-07')).toBe(false);
    await t.database.db.transaction(async (tx) => {
      expect(await addWorkingDays(tx, '2026-09-30', 1)).toBe('2026-10-08');
      expect(await workingDaysBetween(tx, '2026-10-12', '2026-09-30')).toBe(-4);
    });
  });

  it('refuses a year without a schedule (422, naming the year)', async () => {
    const res = await add(clerk, '2026-12-30', 5);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect(res.json().title).toContain('2027');
    const en = await t.as(clerk, {
      method: 'GET',
      url: '/api/calendar/working-days/between?from=2028-01-01&to=2028-02-01',
      headers: { 'accept-language': 'en-US' },
    });
    expect(en.statusCode).toBe(422);
    expect(en.json().title).toContain('2028');
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
    expect(
      (await t.as(clerk, { method: 'POST', url: '/api/calendar/years', payload: { year: 2027 } })).statusCode,
    ).toBe(403);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('a day of an unknown year cannot be set until the year is added', async () => {
    const res = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/days/2027-01-01',
      payload: { isWorkingDay: false },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_YEAR_MISSING');
  });

  it('adding a year makes it computable (Monday–Friday until filled) and is audited', async () => {
    const res = await t.as(office, { method: 'POST', url: '/api/calendar/years', payload: { year: 2027 } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ year: 2027, source: 'admin' });
    const [stored] = await t.database.db.select().from(calendarYear).where(eq(calendarYear.year, 2027));
    expect(stored!.source).toBe('admin');
    expect((await auditRows(t.database, 'calendar.year_added', '2027')).length).toBe(1);
    // 2026-12-31 is a Thursday: five working days later is Thursday 2027-01-07.
    expect((await add(clerk, '2026-12-31', 5)).json().date).toBe('2027-01-07');
    const holiday = await t.as(office, {
      method: 'PUT',
      url: '/api/calendar/days/2027-01-01',
      payload: { isWorkingDay: false, name: '元旦' },
    });
    expect(holiday.statusCode).toBe(200);
    expect((await add(clerk, '2026-12-31', 5)).json().date).toBe('2027-01-08');
    const days = (await t.as(clerk, { method: 'GET', url: '/api/calendar/days?year=2027' })).json();
    expect(days).toEqual({
      year: 2027,
      days: [{ day: '2027-01-01', isWorkingDay: false, kind: 'override', name: '元旦' }],
    });
  });

  it('adding a known year again is a conflict', async () => {
    const before = await auditCount(t.database);
    const res = await t.as(office, { method: 'POST', url: '/api/calendar/years', payload: { year: 2026 } });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('year');
    expect(await auditCount(t.database)).toBe(before);
  });
});
