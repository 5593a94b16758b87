import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRows, createTestApp, type TestApp } from '../../../test/harness';
import { person, roleAssignment, unit, userAccount } from './org.table';

let t: TestApp;
let office: string;
let county: string;
let clerk: string;
let sysadmin: string;
const unitId = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login('office');
  county = await t.login('county.office');
  clerk = await t.login('dept.clerk');
  sysadmin = await t.login('sysadmin');
  const all = await t.as(office, { method: 'GET', url: '/api/units' });
  for (const u of all.json().items) unitId.set(u.name, u.id);
});
afterAll(() => t.close());

const COUNTY_TREE = [
  '城关区人民政府',
  '城关区教育局',
  '城关区实验小学',
  '城关区市场监管局',
  '东门街道办事处',
];

describe('data scope', () => {
  it('a county-scoped user lists only the units of its subtree', async () => {
    const res = await t.as(county, { method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((u: { name: string }) => u.name)
        .sort(),
    ).toEqual([...COUNTY_TREE].sort());
  });

  it('a county-scoped user lists only persons and accounts of its subtree', async () => {
    const persons = (await t.as(county, { method: 'GET', url: '/api/persons' })).json().items;
    expect(persons.length).toBeGreaterThan(0);
    for (const p of persons) expect(COUNTY_TREE).toContain(p.unitName);
    const accounts = (await t.as(county, { method: 'GET', url: '/api/accounts' })).json().items;
    expect(accounts.map((a: { username: string }) => a.username)).toEqual([
      'county.inspector',
      'county.office',
    ]);
    // The city-wide office sees more than the county does.
    const all = (await t.as(office, { method: 'GET', url: '/api/persons' })).json().items;
    expect(all.length).toBeGreaterThan(persons.length);
  });

  it('reading an out-of-scope record by id answers 404, not 403', async () => {
    const cityEdu = unitId.get('市教育局')!;
    const res = await t.as(county, { method: 'GET', url: `/api/units/${cityEdu}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    const [outside] = await t.database.db.select().from(person).where(eq(person.unitId, cityEdu));
    expect((await t.as(county, { method: 'GET', url: `/api/persons/${outside!.id}` })).statusCode).toBe(404);
    const [clerkAccount] = await t.database.db
      .select()
      .from(userAccount)
      .where(eq(userAccount.username, 'dept.clerk'));
    expect((await t.as(county, { method: 'GET', url: `/api/accounts/${clerkAccount!.id}` })).statusCode).toBe(
      404,
    );
    // …while the same id inside scope is found.
    expect(
      (await t.as(county, { method: 'GET', url: `/api/units/${unitId.get('城关区教育局')}` })).statusCode,
    ).toBe(200);
  });

  it('a self_unit clerk sees only its own unit', async () => {
    const res = await t.as(clerk, { method: 'GET', url: '/api/units' });
    expect(res.json().items.map((u: { name: string }) => u.name)).toEqual(['市教育局']);
  });

  it('a county-scoped user cannot create a unit outside its subtree', async () => {
    const before = await auditCount(t.database);
    const res = await t.as(county, {
      method: 'POST',
      url: '/api/units',
      payload: {
        parentId: unitId.get('临河县人民政府'),
        name: '越权单位',
        kind: 'department',
        level: 'county',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('parentId');
    expect(await t.database.db.select().from(unit).where(eq(unit.name, '越权单位'))).toHaveLength(0);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('only a caller reaching every unit creates a root unit or moves a unit to the top (403)', async () => {
    const before = await auditCount(t.database);
    const root = { parentId: null, name: '县级根单位', kind: 'government', level: 'county' };
    expect((await t.as(county, { method: 'POST', url: '/api/units', payload: root })).statusCode).toBe(403);
    const move = await t.as(county, {
      method: 'POST',
      url: `/api/units/${unitId.get('城关区市场监管局')}/move`,
      payload: { parentId: null },
    });
    expect(move.statusCode).toBe(403);
    expect(await t.database.db.select().from(unit).where(eq(unit.name, '县级根单位'))).toHaveLength(0);
    const [stored] = await t.database.db.select().from(unit).where(eq(unit.name, '城关区市场监管局'));
    expect(stored!.parentId).toBe(unitId.get('城关区人民政府'));
    expect(await auditCount(t.database)).toBe(before);
    // The city-wide administrator may.
    const ok = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: { ...root, name: '另一个根单位' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().parentId).toBeNull();
  });
});

describe('units', () => {
  it('dept.clerk cannot create units: 403, nothing stored, no audit event', async () => {
    const before = await auditCount(t.database);
    const res = await t.as(clerk, {
      method: 'POST',
      url: '/api/units',
      payload: { parentId: unitId.get('市教育局'), name: '非法科室', kind: 'department', level: 'city' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect(await t.database.db.select().from(unit).where(eq(unit.name, '非法科室'))).toHaveLength(0);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('creates a unit under a county: response, stored path, audit event', async () => {
    const parentId = unitId.get('城关区人民政府')!;
    const res = await t.as(county, {
      method: 'POST',
      url: '/api/units',
      payload: { parentId, name: '城关区审批局', kind: 'department', level: 'county', code: 'K109' },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    const [stored] = await t.database.db.select().from(unit).where(eq(unit.id, created.id));
    const [parent] = await t.database.db.select().from(unit).where(eq(unit.id, parentId));
    expect(stored!.path).toBe(`${parent!.path}${created.id}/`);
    const [event] = await auditRows(t.database, 'unit.created', created.id);
    expect(event!.after).toMatchObject({ name: '城关区审批局', parentId, code: 'K109' });
    expect(event!.actorName).toBe('郑区督');
    // The county now sees it in its tree.
    const names = (await t.as(county, { method: 'GET', url: '/api/units' }))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(names).toContain('城关区审批局');
  });

  it('edits a unit and audits only the changed fields', async () => {
    const id = unitId.get('城关区市场监管局')!;
    const res = await t.as(county, {
      method: 'PATCH',
      url: `/api/units/${id}`,
      payload: { shortName: '区市监局' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().shortName).toBe('区市监局');
    const [event] = await auditRows(t.database, 'unit.updated', id);
    expect(event!.before).toEqual({ shortName: null });
    expect(event!.after).toEqual({ shortName: '区市监局' });
  });

  it('refuses a duplicate unit code on the field', async () => {
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: {
        parentId: unitId.get('示范市人民政府'),
        name: '重复编码',
        kind: 'department',
        level: 'city',
        code: 'C007',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'code', message: '已被使用，请换一个' }]);
  });

  it('moves a unit with its subtree and rewrites every path', async () => {
    const township = unitId.get('东门街道办事处')!;
    const target = unitId.get('城关区教育局')!;
    const res = await t.as(office, {
      method: 'POST',
      url: `/api/units/${township}/move`,
      payload: { parentId: target },
    });
    expect(res.statusCode).toBe(200);
    const [moved] = await t.database.db.select().from(unit).where(eq(unit.id, township));
    const [parent] = await t.database.db.select().from(unit).where(eq(unit.id, target));
    expect(moved!.parentId).toBe(target);
    expect(moved!.path).toBe(`${parent!.path}${township}/`);
    expect((await auditRows(t.database, 'unit.moved', township)).length).toBe(1);
    // and back
    await t.as(office, {
      method: 'POST',
      url: `/api/units/${township}/move`,
      payload: { parentId: unitId.get('城关区人民政府') },
    });
  });

  it('refuses to move a unit under its own descendant, changing nothing', async () => {
    const countyId = unitId.get('临河县人民政府')!;
    const [before] = await t.database.db.select().from(unit).where(eq(unit.id, countyId));
    const res = await t.as(office, {
      method: 'POST',
      url: `/api/units/${countyId}/move`,
      payload: { parentId: unitId.get('河口镇人民政府') },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('UNIT_CYCLE');
    const [after] = await t.database.db.select().from(unit).where(eq(unit.id, countyId));
    expect(after).toEqual(before);
    const self = await t.as(office, {
      method: 'POST',
      url: `/api/units/${countyId}/move`,
      payload: { parentId: countyId },
    });
    expect(self.json().code).toBe('UNIT_CYCLE');
  });

  it('refuses to delete a unit with children, and one with persons', async () => {
    const withChildren = await t.as(office, {
      method: 'DELETE',
      url: `/api/units/${unitId.get('青山县人民政府')}`,
    });
    expect(withChildren.statusCode).toBe(409);
    expect(withChildren.json().code).toBe('UNIT_HAS_CHILDREN');
    const withPersons = await t.as(office, {
      method: 'DELETE',
      url: `/api/units/${unitId.get('青山县扶贫办')}`,
    });
    expect(withPersons.statusCode).toBe(409);
    expect(withPersons.json().code).toBe('UNIT_HAS_RECORDS');
    expect(
      await t.database.db
        .select()
        .from(unit)
        .where(eq(unit.id, unitId.get('青山县扶贫办')!)),
    ).toHaveLength(1);
  });

  it('deletes an empty unit and audits it', async () => {
    const created = await t.as(office, {
      method: 'POST',
      url: '/api/units',
      payload: {
        parentId: unitId.get('青山县人民政府'),
        name: '临时单位',
        kind: 'institution',
        level: 'county',
      },
    });
    const id = created.json().id;
    const res = await t.as(office, { method: 'DELETE', url: `/api/units/${id}` });
    expect(res.statusCode).toBe(200);
    expect(await t.database.db.select().from(unit).where(eq(unit.id, id))).toHaveLength(0);
    expect((await auditRows(t.database, 'unit.deleted', id))[0]!.before).toMatchObject({ name: '临时单位' });
  });
});

describe('persons', () => {
  it('masks contact details in lists, shows them on a single view, and audits the view', async () => {
    const created = await t.as(office, {
      method: 'POST',
      url: '/api/persons',
      payload: {
        unitId: unitId.get('市公安局'),
        name: '钱警官',
        position: '科长',
        phone: '13912345678',
        email: 'qian@example.cn',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const [stored] = await t.database.db.select().from(person).where(eq(person.id, id));
    expect(stored!.phoneEnc).not.toContain('13912345678');
    const listed = (
      await t.as(office, { method: 'GET', url: `/api/persons?q=${encodeURIComponent('钱警官')}` })
    ).json().items;
    expect(listed[0].phone).toBe('*******5678');
    expect(listed[0].email).toBe('q***@example.cn');
    const viewed = await t.as(office, { method: 'GET', url: `/api/persons/${id}` });
    expect(viewed.json().phone).toBe('13912345678');
    expect((await auditRows(t.database, 'person.viewed', id)).length).toBe(1);
    const [createdEvent] = await auditRows(t.database, 'person.created', id);
    expect(createdEvent!.after).toMatchObject({ phone: '*******5678', name: '钱警官' });
  });
});

describe('accounts', () => {
  async function newPerson(name: string) {
    const res = await t.as(office, {
      method: 'POST',
      url: '/api/persons',
      payload: { unitId: unitId.get('市应急管理局'), name },
    });
    return res.json().id as string;
  }

  it('refuses to combine the three administrator roles, storing nothing', async () => {
    const personId = await newPerson('冯双岗');
    const before = await auditCount(t.database);
    const res = await t.as(sysadmin, {
      method: 'POST',
      url: '/api/accounts',
      payload: {
        username: 'two.hats',
        password: 'Str0ng-password!',
        personId,
        roles: [
          { role: 'sys_admin', dataScope: 'all', unitId: unitId.get('示范市人民政府') },
          { role: 'audit_admin', dataScope: 'all', unitId: unitId.get('示范市人民政府') },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('ADMIN_ROLES_EXCLUSIVE');
    expect(
      await t.database.db.select().from(userAccount).where(eq(userAccount.username, 'two.hats')),
    ).toHaveLength(0);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuses to add an administrator role to an existing business account', async () => {
    const [acc] = await t.database.db
      .select()
      .from(userAccount)
      .where(eq(userAccount.username, 'supervisor'));
    const res = await t.as(sysadmin, {
      method: 'PATCH',
      url: `/api/accounts/${acc!.id}`,
      payload: {
        roles: [
          { role: 'supervisor', dataScope: 'all', unitId: unitId.get('示范市纪委监委') },
          { role: 'security_admin', dataScope: 'all', unitId: unitId.get('示范市人民政府') },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('ADMIN_ROLES_EXCLUSIVE');
    expect(
      await t.database.db.select().from(roleAssignment).where(eq(roleAssignment.userId, acc!.id)),
    ).toHaveLength(1);
  });

  it('enforces the password rules with a message on the field', async () => {
    const personId = await newPerson('褚弱密');
    const res = await t.as(sysadmin, {
      method: 'POST',
      url: '/api/accounts',
      headers: { 'accept-language': 'en-US' },
      payload: {
        username: 'weak.one',
        password: 'short',
        personId,
        roles: [{ role: 'unit_staff', dataScope: 'self_unit', unitId: unitId.get('市应急管理局') }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'password', message: 'at least 12 characters' },
      {
        path: 'password',
        message: 'at least three of: upper-case letters, lower-case letters, digits, symbols',
      },
    ]);
  });

  it('creates an account that can sign in with its scope, and audits it without the password', async () => {
    const personId = await newPerson('卫新人');
    const res = await t.as(sysadmin, {
      method: 'POST',
      url: '/api/accounts',
      payload: {
        username: 'yj.clerk',
        password: 'Emergency-2026!',
        personId,
        roles: [{ role: 'unit_staff', dataScope: 'self_unit', unitId: unitId.get('市应急管理局') }],
      },
    });
    expect(res.statusCode).toBe(201);
    const account = res.json();
    // The role waits for the security administrator (三员分立); the password is one-time.
    expect(account.roles).toHaveLength(0);
    expect(account.pendingRoles).toHaveLength(1);
    expect(account.mustChangePassword).toBe(true);
    const [event] = await auditRows(t.database, 'account.created', account.id);
    expect(JSON.stringify(event)).not.toContain('Emergency-2026!');
    const cookie = await t.activate('yj.clerk', 'Emergency-2026!');
    const units = (await t.as(cookie, { method: 'GET', url: '/api/units' })).json().items;
    expect(units.map((u: { name: string }) => u.name)).toEqual(['市应急管理局']);
  });

  it('sys_admin cannot read the audit log and audit_admin cannot manage units', async () => {
    expect((await t.as(sysadmin, { method: 'GET', url: '/api/audit-events' })).statusCode).toBe(403);
    const auditor = await t.login('auditadmin');
    expect((await t.as(auditor, { method: 'GET', url: '/api/units' })).statusCode).toBe(403);
  });
});
