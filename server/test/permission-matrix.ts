/**
 * The permission matrix: every route × every principal (anonymous, each role, and accounts holding
 * two roles at different scopes) × the position of the record (or target unit) relative to the
 * caller → the status the policy says. Expected outcomes come from the policy tables in the
 * contracts — each route's declared access, each record type's read permission, each role's
 * grants — and a hand-written picture of the unit tree below; never from running the code.
 * A route without an entry here fails the first test.
 */
import {
  type DataScope,
  DEFAULT_DUAL_INQUIRY_OVERDUE_WORKING_DAYS,
  type DutyStatementAction,
  type DutyStatementStatus,
  type EvaluationRoundAction,
  type EvaluationRoundStatus,
  type MonthlyReportAction,
  type MonthlyReportStatus,
  type NoticeAction,
  type NoticeStatus,
  type OperationId,
  RECORD_TYPES,
  type RectificationAction,
  type RectificationSource,
  type RectificationStatus,
  ROLE_PERMISSIONS,
  ROLES,
  ROUTES,
  type Role,
  type RouteContract,
  type SpotCheckPlanStatus,
  type SupervisionItemAction,
  type SupervisionItemStatus,
  successStatus,
} from '@zeren/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/db/columns';
import { campaign } from '../src/modules/campaign/campaign.table';
import { evaluationRound } from '../src/modules/evaluation/evaluation.table';
import { notice, noticePrefix } from '../src/modules/notices/notices.table';
import { spotCheckPlan, spotCheckRosterTarget } from '../src/modules/spot-checks/spot-checks.table';
import { dutyStatement } from '../src/modules/statements/statements.table';
import { multipartBody } from '../src/platform/files/multipart-test-body';
import { unit } from '../src/platform/org/org.table';
import {
  FACTORY_PASSWORD,
  Factories,
  openKeyTaskExtension,
  openSupervisionExtension,
  phasesOf,
  unique,
} from './factories';
import { createTestApp, OWN_PAGE_HEADERS, type TestApp } from './harness';

// ---------------------------------------------------------------- the tree, as the policy sees it

/**
 * Positions relative to the matrix principals' anchor, 城关区教育局 (K101), by demo unit code.
 * Departments and institutions take the first six; governments (campaign owners) the last three.
 */
const DEPT = {
  own: 'K101',
  sibling: 'K102',
  parent: 'K100',
  child: 'K103',
  otherCounty: 'K201',
  city: 'C007',
} as const;
const GOVERNMENT = { parent: 'K100', otherCounty: 'K200', city: 'C000' } as const;
type Position = string;

/** Each unit's parent, written out by hand from the demo tree. */
const PARENT: Record<string, string | null> = {
  C000: null,
  C007: 'C000',
  K100: 'C000',
  K101: 'K100',
  K102: 'K100',
  K103: 'K101',
  K200: 'C000',
  K201: 'K200',
};

function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (let p = PARENT[code] ?? null; p; p = PARENT[p] ?? null) out.push(p);
  return out;
}

interface Grant {
  role: Role;
  dataScope: DataScope;
  unit: string;
}

/** Whether one assignment's data scope reaches a unit. */
function reaches(g: Grant, code: string): boolean {
  if (g.dataScope === 'all') return true;
  if (g.dataScope === 'self_unit') return g.unit === code;
  return g.unit === code || ancestorsOf(code).includes(g.unit);
}

interface Principal {
  name: string;
  grants: Grant[];
  cookie?: string;
  userId?: string;
}

const at = (role: Role, dataScope: DataScope, unit: string): Grant => ({ role, dataScope, unit });

const PRINCIPALS: Principal[] = [
  { name: 'anonymous', grants: [] },
  ...ROLES.map((role) => ({ name: role, grants: [at(role, 'unit_tree', 'K101')] })),
  // Two roles at different scopes: read the county's subtree, write only for the own unit.
  {
    name: 'inspector@county + unit_staff@own',
    grants: [at('inspector', 'unit_tree', 'K100'), at('unit_staff', 'self_unit', 'K101')],
  },
  {
    name: 'leader@county + unit_leader@own',
    grants: [at('leader', 'unit_tree', 'K100'), at('unit_leader', 'self_unit', 'K101')],
  },
  {
    name: 'inspector@county + campaign_admin@own',
    grants: [at('inspector', 'unit_tree', 'K100'), at('campaign_admin', 'self_unit', 'K101')],
  },
  { name: 'campaign_admin@county', grants: [at('campaign_admin', 'unit_tree', 'K100')] },
  { name: 'campaign_admin@all', grants: [at('campaign_admin', 'all', 'C000')] },
];

const grantsPermission = (g: Grant, permission: string) =>
  (ROLE_PERMISSIONS[g.role] as readonly string[]).includes(permission);
const holds = (p: Principal, permission: string) =>
  p.grants.some((g) => (ROLE_PERMISSIONS[g.role] as readonly string[]).includes(permission));
const reachesWith = (p: Principal, permission: string, code: string) =>
  p.grants.some(
    (g) => (ROLE_PERMISSIONS[g.role] as readonly string[]).includes(permission) && reaches(g, code),
  );

/** Unit id → the ids of the unit and its ancestors, read from the demo tree once. */
const lineage = new Map<string, string[]>();
/** Unit code → id. */
const idOf = new Map<string, string>();
/** Whether a principal's assignments granting `permission` reach a unit given by id (any unit of the demo). */
function reachesId(p: Principal, permission: string, unitId: string): boolean {
  return p.grants.some((g) => {
    if (!(ROLE_PERMISSIONS[g.role] as readonly string[]).includes(permission)) return false;
    if (g.dataScope === 'all') return true;
    const anchor = idOf.get(g.unit)!;
    return g.dataScope === 'self_unit' ? unitId === anchor : (lineage.get(unitId) ?? []).includes(anchor);
  });
}
/** Adds the lineage of units made after the part started (createUnit's), so that they are judged too. */
async function learnUnits(ids: readonly string[]): Promise<void> {
  const unknown = [...new Set(ids.filter((id) => id && !lineage.has(id)))];
  if (unknown.length === 0) return;
  for (const u of await t.database.db
    .select({ id: unit.id, path: unit.path })
    .from(unit)
    .where(inArray(unit.id, unknown)))
    lineage.set(u.id, u.path.split('/').filter(Boolean));
}
const itemsUnit = (key: string) => (body: unknown) =>
  ((body as { items: Record<string, string>[] }).items ?? []).map((i) => i[key]!);

// ---------------------------------------------------------------- the policy

type Kind =
  /** Anyone; no position. */
  | 'public'
  /** Anyone signed in; no position. */
  | 'signedIn'
  /** A list or an action on no record: the route's permission. */
  | 'list'
  /** A new record for a unit at the position: outside the route's scope the unit is "not found" (400). */
  | 'create'
  /** A record at the position: 404 outside its read scope. */
  | 'read'
  /** A record at the position: 404 outside its read scope, 403 outside the route's. */
  | 'change';

interface Case {
  principal: Principal;
  position: Position | null;
  /** True when the policy lets the request through, so it gets a fresh record in the right state. */
  allowed: boolean;
}

interface Entry {
  kind: Kind;
  /** The record type a route about any record type is tested on (the history). */
  record?: string;
  /** Positions of the records or target units (default: DEPT for create/read/change). */
  positions?: Record<string, string>;
  /** The request for one case. */
  request(f: Factories, c: Case): Promise<InjectOptions>;
  /**
   * The request depends on the caller (their own session, notification or team), so refused
   * cases cannot share one request (see the runner).
   */
  perPrincipal?: true;
  /** Status when the policy lets it through (default: the contract's success status). */
  success?: number;
  /** A rule of the route beyond data scope, applied to a case the policy lets through. */
  also?(c: Case): number | undefined;
  /** For a list: the units of the records it answered, each of which the route's scope must reach. */
  unitsOf?(body: unknown): string[];
  /** Puts back what an allowed request changed that later cases rely on. */
  after?(f: Factories, c: Case, status: number): Promise<void>;
}

/** The status the policy gives one case. */
function expectedStatus(id: OperationId, entry: Entry, c: Case): number {
  const route = ROUTES[id] as RouteContract;
  const success = entry.success ?? successStatus(route);
  const { principal: p, position } = c;
  if ('public' in route.access) return success;
  if (p.grants.length === 0) return 401;
  const recordType = entry.record ?? route.record;
  const readPermission = recordType
    ? (RECORD_TYPES as Record<string, { readPermission: string }>)[recordType]!.readPermission
    : null;
  if ('signedIn' in route.access) {
    if (entry.kind === 'read' && readPermission && position)
      return reachesWith(p, readPermission, position) ? success : 404;
    return success;
  }
  const permission = route.access.permission;
  if (!holds(p, permission)) return 403;
  // A route of the whole city (the national calendar): only a grant with data scope `all` reaches it.
  if (
    route.access.scope === 'all' &&
    !p.grants.some((g) => grantsPermission(g, permission) && g.dataScope === 'all')
  )
    return 403;
  switch (entry.kind) {
    case 'create':
      return reachesWith(p, permission, position!) ? (entry.also?.(c) ?? success) : 400;
    case 'read':
      return reachesWith(p, readPermission ?? permission, position!) ? success : 404;
    case 'change':
      if (!reachesWith(p, readPermission!, position!)) return 404;
      if (!reachesWith(p, permission, position!)) return 403;
      return entry.also?.(c) ?? success;
    default:
      return success;
  }
}

function allowedBy(id: OperationId, entry: Entry, c: Omit<Case, 'allowed'>): boolean {
  const status = expectedStatus(id, entry, { ...c, allowed: true });
  return status < 300;
}

// ---------------------------------------------------------------- the requests

const json = (method: InjectOptions['method'], url: string, payload?: object): InjectOptions => ({
  method,
  url,
  ...(payload !== undefined ? { payload } : {}),
});
const get = (url: string) => json('GET', url);

let years = 2031;
let scheduleYear = 2027;
/** A year no campaign or calendar year of the test holds yet (any year will do for a refused case). */
const yearFor = (c: { allowed: boolean }) => (c.allowed ? years++ : 2030);
const PASSWORD = 'Matrix-Test-2026!';

async function xlsxOf(code: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('权力清单');
  sheet.addRow(['事项编码', '事项名称', '职权类别']);
  sheet.addRow([code, '导入的测试事项', '行政许可']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A ledger of one self-inspection problem, headed as units keep it. */
async function ledgerXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('整改台账');
  sheet.addRow(['序号', '问题描述', '整改时限']);
  sheet.addRow([1, '矩阵导入的整改问题', '2026-09-30']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Restores the demo city's campaign to active after a case closed or displaced it. */
async function restoreDemoCampaign(f: Factories, t: TestApp) {
  await t.database.db
    .update(campaign)
    .set({ status: 'active' })
    .where(eq(campaign.id, await f.demoCampaign()));
}

let t: TestApp;
let f: Factories;
/** The government campaigns the campaign routes act on, by position (the city's is the demo's). */
const govCampaign = new Map<string, string>();

const MATRIX: Record<OperationId, Entry> = {
  // ---- platform
  getHealth: { kind: 'public', request: async () => get('/api/health') },
  getProofOfWorkChallenge: { kind: 'public', request: async () => get('/api/portal/altcha-challenge') },
  getWorkbench: { kind: 'signedIn', request: async () => get('/api/workbench') },

  // ---- open data (数据公开): public, published records only
  getOpenDataCatalogue: { kind: 'public', request: async () => get('/api/portal/open-data') },
  downloadOpenDatasetCsv: {
    kind: 'public',
    request: async () => get('/api/portal/open-data/duty-items.csv'),
  },
  downloadOpenDatasetJson: { kind: 'public', request: async () => get('/api/portal/open-data/notices.json') },
  getPublicProgress: { kind: 'public', request: async () => get('/api/portal/progress') },

  // ---- org
  listUnits: { kind: 'list', request: async () => get('/api/units'), unitsOf: itemsUnit('id') },
  getUnit: { kind: 'read', request: async (f, c) => get(`/api/units/${await f.unitId(c.position!)}`) },
  createUnit: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/units', {
        parentId: await f.unitId(c.position!),
        name: `测试单位${unique()}`,
        kind: 'department',
        level: 'county',
      }),
  },
  updateUnit: {
    kind: 'change',
    request: async (f, c) => json('PATCH', `/api/units/${await f.unitId(c.position!)}`, {}),
  },
  moveUnit: {
    kind: 'change',
    // A move back under the same parent: the parent must lie in the route's scope too.
    request: async (f, c) =>
      json('POST', `/api/units/${await f.unitId(c.position!)}/move`, {
        parentId: PARENT[c.position!] ? await f.unitId(PARENT[c.position!]!) : null,
      }),
    also: (c) => (reachesWith(c.principal, 'org.unit.write', PARENT[c.position!]!) ? undefined : 400),
  },
  deleteUnit: {
    kind: 'change',
    // Every position unit has persons or subordinate units: an allowed delete is refused for that.
    request: async (f, c) => json('DELETE', `/api/units/${await f.unitId(c.position!)}`),
    success: 409,
  },
  listPersons: { kind: 'list', request: async () => get('/api/persons'), unitsOf: itemsUnit('unitId') },
  viewPerson: { kind: 'read', request: async (f, c) => get(`/api/persons/${await f.person(c.position!)}`) },
  createPerson: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/persons', { unitId: await f.unitId(c.position!), name: '新人员' }),
  },
  updatePerson: {
    kind: 'change',
    request: async (f, c) => json('PATCH', `/api/persons/${await f.person(c.position!)}`, {}),
  },
  deletePerson: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/persons/${await f.person(c.position!)}`),
  },
  listAccounts: { kind: 'list', request: async () => get('/api/accounts'), unitsOf: itemsUnit('unitId') },
  getAccount: {
    kind: 'read',
    request: async (f, c) => get(`/api/accounts/${(await f.account(c.position!, [])).id}`),
  },
  createAccount: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/accounts', {
        username: `m.${unique()}`,
        password: PASSWORD,
        personId: await f.person(c.position!),
        roles: [{ role: 'evaluator', dataScope: 'self_unit', unitId: await f.unitId(c.position!) }],
      }),
  },
  updateAccount: {
    kind: 'change',
    request: async (f, c) => json('PATCH', `/api/accounts/${(await f.account(c.position!, [])).id}`, {}),
  },

  listRoleGrants: { kind: 'list', request: async () => get('/api/role-grants?status=pending') },
  approveRoleGrant: {
    kind: 'change',
    request: async (f, c) => json('POST', `/api/role-grants/${await f.roleGrant(c.position!)}/approve`, {}),
  },
  refuseRoleGrant: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/role-grants/${await f.roleGrant(c.position!)}/refuse`, { reason: '不予授权' }),
  },

  // ---- auth and sessions
  login: {
    kind: 'public',
    // Anyone may try; an unknown name gets the same refusal whoever asks.
    request: async () =>
      json('POST', '/api/auth/login', { username: `nobody.${unique()}`, password: PASSWORD }),
    success: 401,
  },
  changePassword: {
    kind: 'public',
    // Anyone may try; without the current password every caller is refused alike.
    request: async () =>
      json('POST', '/api/auth/password', {
        username: `nobody.${unique()}`,
        currentPassword: PASSWORD,
        newPassword: `${PASSWORD}-2`,
      }),
    success: 401,
  },
  logout: {
    kind: 'signedIn',
    // A session of its own, so the principal's stays.
    perPrincipal: true,
    request: async (f, c) => {
      const own = c.principal.userId ? await f.session(c.principal.userId) : null;
      return { ...json('POST', '/api/auth/logout'), ...(own ? { headers: { cookie: own.cookie } } : {}) };
    },
  },
  getMe: { kind: 'signedIn', request: async () => get('/api/me') },
  updatePreferences: {
    kind: 'signedIn',
    request: async () => json('PUT', '/api/me/preferences', { locale: 'zh-CN' }),
  },
  listSessions: { kind: 'list', request: async () => get('/api/sessions') },
  revokeSession: {
    kind: 'change',
    request: async (f, c) => {
      const owner = await f.account(c.position!, []);
      return json('DELETE', `/api/sessions/${(await f.session(owner.id)).id}`);
    },
  },
  unlockAccount: {
    kind: 'change',
    request: async (f, c) => json('POST', `/api/accounts/${(await f.account(c.position!, [])).id}/unlock`),
  },

  // ---- audit log and history
  listAuditEvents: { kind: 'list', request: async () => get('/api/audit-events?limit=1') },
  verifyAuditLog: { kind: 'list', request: async () => json('POST', '/api/audit-events/verify') },
  getRecordHistory: {
    kind: 'read',
    record: 'duty_item',
    request: async (f, c) => get(`/api/history/duty_item/${await f.dutyItem(c.position!, 'draft')}`),
  },

  // ---- calendar
  addWorkingDays: {
    kind: 'signedIn',
    request: async () => get('/api/calendar/working-days/add?from=2026-06-01&days=5'),
  },
  workingDaysBetween: {
    kind: 'signedIn',
    request: async () => get('/api/calendar/working-days/between?from=2026-06-01&to=2026-06-30'),
  },
  listCalendarYears: { kind: 'signedIn', request: async () => get('/api/calendar/years') },
  getCalendarDays: { kind: 'signedIn', request: async () => get('/api/calendar/days?year=2026') },
  setCalendarDay: {
    kind: 'list',
    request: async () =>
      json('PUT', '/api/calendar/days/2026-10-08', { isWorkingDay: false, name: '国庆节' }),
  },
  setCalendarSchedule: {
    kind: 'list',
    // Each allowed entry is the provisional year's (2027, then 2028, …); a refused one names any.
    request: async (_f, c) => {
      const year = c.allowed ? scheduleYear++ : 2027;
      return json('PUT', `/api/calendar/years/${year}/schedule`, {
        holidays: [{ name: '元旦', startDate: `${year}-01-01`, endDate: `${year}-01-01` }],
        workdays: [],
      });
    },
  },
  parseCalendarNotice: {
    kind: 'list',
    request: async () =>
      json('POST', '/api/calendar/notice', {
        text: '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假。',
      }),
  },

  // ---- files
  uploadFile: {
    kind: 'create',
    request: async (f, c) => ({
      method: 'POST',
      url: `/api/files?unitId=${await f.unitId(c.position!)}`,
      ...multipartBody('evidence.pdf', Buffer.from('%PDF-1.4\n%matrix\n'), 'application/pdf'),
    }),
  },
  downloadFile: { kind: 'read', request: async (f, c) => get(`/api/files/${await f.file(c.position!)}`) },

  // ---- notifications: every signed-in person has their own
  listNotifications: { kind: 'signedIn', request: async () => get('/api/notifications?unread=true') },
  getUnreadNotificationCount: {
    kind: 'signedIn',
    request: async () => get('/api/notifications/unread-count'),
  },
  markNotificationRead: {
    kind: 'signedIn',
    // The principal's own notification (anonymous: someone's, refused before it is looked up).
    perPrincipal: true,
    request: async (f, c) => {
      const owner = c.principal.userId ?? (await f.account('K101', [])).id;
      return json('POST', `/api/notifications/${await f.notification(owner)}/read`);
    },
  },
  markAllNotificationsRead: {
    kind: 'signedIn',
    perPrincipal: true,
    request: async (f, c) => {
      const owner = c.principal.userId ?? (await f.account('K101', [])).id;
      return json('POST', '/api/notifications/read-all', { upTo: await f.notification(owner) });
    },
  },

  listNotificationWebhooks: {
    kind: 'list',
    request: async () => get('/api/notification-webhooks'),
    unitsOf: itemsUnit('unitId'),
  },
  setUnitNotificationWebhook: {
    kind: 'change',
    request: async (f, c) =>
      json('PUT', `/api/units/${await f.unitId(c.position!)}/notification-webhook`, {
        url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=matrix-test',
      }),
  },

  // ---- campaign
  listCampaigns: { kind: 'list', request: async () => get('/api/campaigns'), unitsOf: itemsUnit('unitId') },
  getCurrentCampaign: { kind: 'list', request: async () => get('/api/campaigns/current') },
  getCampaign: {
    kind: 'read',
    positions: GOVERNMENT,
    request: async (_f, c) => get(`/api/campaigns/${govCampaign.get(c.position!)}`),
  },
  createCampaign: {
    kind: 'create',
    positions: GOVERNMENT,
    request: async (f, c) => {
      const year = yearFor(c);
      return json('POST', '/api/campaigns', {
        name: `矩阵活动 ${year}`,
        year,
        unitId: await f.unitId(c.position!),
        phases: phasesOf(year),
      });
    },
  },
  updateCampaign: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (_f, c) => json('PATCH', `/api/campaigns/${govCampaign.get(c.position!)}`, {}),
  },
  activateCampaign: {
    kind: 'change',
    positions: GOVERNMENT,
    // A fresh draft; the government's active campaign (the demo's, for the city) steps aside first.
    request: async (f, c) => {
      if (c.position === 'C000' && c.allowed)
        await t.database.db
          .update(campaign)
          .set({ status: 'closed' })
          .where(eq(campaign.id, await f.demoCampaign()));
      return json(
        'POST',
        `/api/campaigns/${await f.campaign(c.position!, 'draft', yearFor(c))}/activate`,
        {},
      );
    },
    after: async (f, c) => {
      await t.database.db
        .update(campaign)
        .set({ status: 'closed' })
        .where(eq(campaign.unitId, await f.unitId(c.position!)));
      await restoreDemoCampaign(f, t);
    },
  },
  closeCampaign: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (f, c) => {
      const id =
        c.position === 'C000' ? await f.demoCampaign() : await f.campaign(c.position!, 'active', yearFor(c));
      return json('POST', `/api/campaigns/${id}/close`, {});
    },
    after: async (f, c) => {
      if (c.position !== 'C000')
        await t.database.db
          .update(campaign)
          .set({ status: 'closed' })
          .where(eq(campaign.unitId, await f.unitId(c.position!)));
      await restoreDemoCampaign(f, t);
    },
  },
  cloneCampaign: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (_f, c) =>
      json('POST', `/api/campaigns/${govCampaign.get(c.position!)}/clone`, { year: yearFor(c) }),
  },
  addLocalDomain: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (_f, c) =>
      json('POST', `/api/campaigns/${govCampaign.get(c.position!)}/domains`, {
        title: `矩阵领域${unique()}`,
      }),
  },
  updateDomain: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (f, c) =>
      json('PATCH', `/api/campaign-domains/${await f.domain(govCampaign.get(c.position!)!)}`, {}),
  },
  deleteDomain: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (f, c) =>
      json('DELETE', `/api/campaign-domains/${await f.domain(govCampaign.get(c.position!)!)}`),
  },
  getPublicCampaign: { kind: 'public', request: async () => get('/api/portal/campaign') },

  // ---- duties
  listDutyItems: { kind: 'list', request: async () => get('/api/duty-items'), unitsOf: itemsUnit('unitId') },
  listDutyItemApprovals: {
    kind: 'list',
    request: async () => get('/api/duty-items/approval-queue'),
    unitsOf: itemsUnit('unitId'),
  },
  getDutyItemImportTemplate: {
    kind: 'list',
    request: async () => get('/api/duty-items/import-template?kind=power'),
  },
  importDutyItems: {
    kind: 'create',
    request: async (f, c) => ({
      method: 'POST',
      url: `/api/duty-items/import?kind=power&unitId=${await f.unitId(c.position!)}`,
      ...multipartBody('list.xlsx', await xlsxOf(`M-${unique()}`)),
    }),
  },
  exportDutyItems: { kind: 'list', request: async () => get('/api/duty-items/export') },
  getDutyItem: {
    kind: 'read',
    request: async (f, c) => get(`/api/duty-items/${await f.dutyItem(c.position!, 'published')}`),
  },
  createDutyItem: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/duty-items', {
        kind: 'power',
        unitId: await f.unitId(c.position!),
        code: `M-${unique()}`,
        name: '矩阵事项',
      }),
  },
  updateDutyItemDraft: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/duty-items/${await f.dutyItem(c.position!, 'draft')}/draft`, {}),
  },
  startDutyItemVersion: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/duty-items/${await f.dutyItem(c.position!, 'published')}/versions`),
  },
  submitDutyItem: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/duty-items/${await f.dutyItem(c.position!, 'draft')}/submit`, {}),
  },
  withdrawDutyItem: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/duty-items/${await f.dutyItem(c.position!, 'submitted')}/withdraw`, {}),
  },
  approveDutyItem: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/duty-items/${await f.dutyItem(c.position!, 'submitted')}/approve`, {
        opinion: '同意',
      }),
  },
  returnDutyItem: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/duty-items/${await f.dutyItem(c.position!, 'submitted')}/return`, {
        reason: '请补充依据',
      }),
  },
  deleteDutyItemDraft: {
    kind: 'change',
    request: async (f, c) =>
      json('DELETE', `/api/duty-items/${await f.dutyItem(c.position!, 'draft')}/draft`),
  },
  listPublicDutyItems: { kind: 'public', request: async () => get('/api/portal/duty-items') },
  getPublicDutyItem: {
    kind: 'public',
    request: async (f) => get(`/api/portal/duty-items/${await f.dutyItem('C007', 'published')}`),
  },
  listPublicUnits: { kind: 'public', request: async () => get('/api/portal/units') },

  // ---- key tasks
  listKeyTasks: { kind: 'list', request: async () => get('/api/key-tasks'), unitsOf: itemsUnit('unitId') },
  getKeyTask: {
    kind: 'read',
    request: async (f, c) => get(`/api/key-tasks/${await f.keyTask(c.position!)}`),
  },
  createKeyTask: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/key-tasks', {
        campaignId: await f.demoCampaign(),
        unitId: await f.unitId(c.position!),
        title: '矩阵任务',
        target: '矩阵目标',
        dueDate: '2026-09-30',
        responsiblePersonIds: [await f.person(c.position!)],
      }),
  },
  updateKeyTask: {
    kind: 'change',
    request: async (f, c) => json('PATCH', `/api/key-tasks/${await f.keyTask(c.position!)}`, {}),
  },
  deleteKeyTask: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/key-tasks/${await f.keyTask(c.position!)}`),
  },
  requestKeyTaskExtension: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/key-tasks/${await f.keyTask(c.position!, 'C000')}/extension-requests`, {
        workingDays: 5,
        reason: '需要更多时间',
      }),
  },
  // The position is the unit that set the deadline: it decides (the task is always 城关区教育局's).
  approveKeyTaskExtension: {
    kind: 'change',
    request: async (f, c) =>
      json(
        'POST',
        `/api/key-task-extensions/${(await openKeyTaskExtension(f, t, 'K101', c.position!)).requestId}/approve`,
        {},
      ),
  },
  refuseKeyTaskExtension: {
    kind: 'change',
    request: async (f, c) =>
      json(
        'POST',
        `/api/key-task-extensions/${(await openKeyTaskExtension(f, t, 'K101', c.position!)).requestId}/refuse`,
        {
          reason: '不同意延期',
        },
      ),
  },
  reportKeyTaskProgress: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/key-tasks/${await f.keyTask(c.position!)}/progress`, { percent: 10, note: '进展' }),
  },

  // ---- supervision items (the position is the lead unit, which also assigned it unless said)
  listSupervisionItems: {
    kind: 'list',
    request: async () => get('/api/supervision-items'),
    unitsOf: itemsUnit('unitId'),
  },
  // The reminders of the items in scope (the lead unit's); the matrix's own 催办 cases make some.
  listSupervisionReminders: {
    kind: 'list',
    request: async () => get('/api/supervision-reminders'),
    unitsOf: itemsUnit('unitId'),
  },
  getSupervisionItem: {
    kind: 'read',
    request: async (f, c) => get(`/api/supervision-items/${await f.supervisionItem(c.position!)}`),
  },
  createSupervisionItem: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/supervision-items', {
        campaignId: await f.demoCampaign(),
        unitId: await f.unitId(c.position!),
        title: '矩阵督办',
        task: '矩阵督办内容',
        dueDate: '2026-09-30',
      }),
  },
  updateSupervisionItem: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/supervision-items/${await f.supervisionItem(c.position!)}`, {}),
  },
  deleteSupervisionItem: {
    kind: 'change',
    request: async (f, c) =>
      json('DELETE', `/api/supervision-items/${await f.supervisionItem(c.position!, 'registered')}`),
  },
  ...supervisionStep('assign', 'registered'),
  ...supervisionStep('accept', 'assigned'),
  ...supervisionStep('decline', 'assigned', { reason: '不属于本单位职责' }),
  ...supervisionStep('submit', 'in_progress', { summary: '已办结' }),
  ...supervisionStep('approve', 'completion_requested'),
  ...supervisionStep('return', 'completion_requested', { reason: '材料不全' }),
  ...supervisionStep('close', 'reviewed'),
  ...supervisionStep('suspend', 'in_progress', { reason: '任务调整' }),
  ...supervisionStep('resume', 'suspended'),
  reportSupervisionProgress: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/supervision-items/${await f.supervisionItem(c.position!)}/progress`, {
        percent: 10,
        note: '进展',
      }),
  },
  remindSupervisionItem: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/supervision-items/${await f.supervisionItem(c.position!)}/remind`, {}),
  },
  requestSupervisionExtension: {
    kind: 'change',
    request: async (f, c) =>
      json(
        'POST',
        `/api/supervision-items/${await f.supervisionItem(c.position!, 'in_progress', 'C000')}/extension-requests`,
        { workingDays: 5, reason: '需要更多时间' },
      ),
  },
  // The position is the assigning unit: it decides (the item is always 城关区教育局's).
  approveSupervisionExtension: {
    kind: 'change',
    request: async (f, c) =>
      json(
        'POST',
        `/api/supervision-extensions/${(await openSupervisionExtension(f, t, 'K101', c.position!)).requestId}/approve`,
        {},
      ),
  },
  refuseSupervisionExtension: {
    kind: 'change',
    request: async (f, c) =>
      json(
        'POST',
        `/api/supervision-extensions/${(await openSupervisionExtension(f, t, 'K101', c.position!)).requestId}/refuse`,
        { reason: '不同意延期' },
      ),
  },
  getSupervisionSettings: {
    kind: 'read',
    positions: GOVERNMENT,
    request: async (_f, c) => get(`/api/campaigns/${govCampaign.get(c.position!)}/supervision-settings`),
  },
  updateSupervisionSettings: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (_f, c) =>
      json('PATCH', `/api/campaigns/${govCampaign.get(c.position!)}/supervision-settings`, {
        reminderWorkingDays: 3,
      }),
  },

  // ---- accountability (the position is the unit holding the lead or handling the case)
  listLeads: { kind: 'list', request: async () => get('/api/leads'), unitsOf: itemsUnit('unitId') },
  createLead: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/leads', {
        source: 'other',
        unitId: await f.unitId(c.position!),
        summary: '矩阵线索',
        details: '矩阵线索内容',
        concernedUnitIds: [await f.unitId('C004')],
      }),
  },
  getLead: { kind: 'read', request: async (f, c) => get(`/api/leads/${await f.lead(c.position!)}`) },
  updateLead: {
    kind: 'change',
    request: async (f, c) => json('PATCH', `/api/leads/${await f.lead(c.position!)}`, { summary: '改' }),
  },
  triageLead: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/leads/${await f.lead(c.position!)}/triage`, {
        disposal: 'shelved',
        reason: '暂存',
      }),
  },
  reopenLead: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/leads/${await f.lead(c.position!, 'shelved')}/reopen`, { reason: '补充线索' }),
  },
  addLeadEvidence: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/leads/${await f.lead(c.position!)}/evidence`, {
        fileIds: [await f.file(c.position!)],
      }),
  },
  sendLeadMessage: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/leads/${await f.lead(c.position!, 'received', true)}/messages`, { body: '已收到' }),
  },
  revealLeadReporter: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/leads/${await f.lead(c.position!, 'received', true)}/reveal-reporter`, {
        password: FACTORY_PASSWORD,
        reason: '核实举报内容',
      }),
  },
  getAccountabilitySettings: { kind: 'list', request: async () => get('/api/accountability-settings') },
  updateAccountabilitySettings: {
    kind: 'list',
    request: async () =>
      json('PATCH', '/api/accountability-settings', {
        dualInquiryOverdueWorkingDays: DEFAULT_DUAL_INQUIRY_OVERDUE_WORKING_DAYS,
      }),
  },
  listCases: { kind: 'list', request: async () => get('/api/cases'), unitsOf: itemsUnit('unitId') },
  getCase: {
    kind: 'read',
    request: async (f, c) => get(`/api/cases/${await f.accountabilityCase(c.position!)}`),
  },
  updateCaseVerification: {
    kind: 'change',
    request: async (f, c) =>
      json('PUT', `/api/cases/${await f.accountabilityCase(c.position!)}/verification`, {
        findings: '查明',
      }),
  },
  confirmCaseRequirement: {
    kind: 'change',
    request: async (f, c) =>
      json('PUT', `/api/cases/${await f.accountabilityCase(c.position!)}/requirements/factsClear`, {
        confirmed: true,
        note: '事实清楚',
      }),
  },
  addCaseEvidence: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/cases/${await f.accountabilityCase(c.position!)}/evidence`, {
        fileIds: [await f.file(c.position!)],
      }),
  },
  createDetermination: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/cases/${await f.accountabilityCase(c.position!)}/determinations`, {
        personId: await f.person('C004'),
        liability: 'direct',
      }),
  },
  updateDetermination: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/determinations/${await f.determination(c.position!)}`, {
        liability: 'main_leadership',
      }),
  },
  deleteDetermination: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/determinations/${await f.determination(c.position!)}`),
  },
  requestExemption: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/determinations/${await f.determination(c.position!)}/exemption-requests`, {
        ground: 'force_majeure',
        statement: '不可抗力',
      }),
  },
  listDeterminations: {
    kind: 'list',
    request: async () => get('/api/determinations'),
    unitsOf: itemsUnit('unitId'),
  },
  listUnitDeterminations: {
    kind: 'list',
    request: async () => get('/api/unit-determinations'),
    unitsOf: itemsUnit('unitId'),
  },
  // The unit reaches a determination through its person's unit only: outside the scope of the
  // route's permission it does not exist (404), as a read — the unit never reads the case.
  applyForExemption: {
    kind: 'read',
    success: 201,
    request: async (f, c) =>
      json(
        'POST',
        `/api/unit-determinations/${await f.determination('C000', c.position!)}/exemption-requests`,
        { ground: 'force_majeure', statement: '不可抗力' },
      ),
  },
  decideExemption: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/exemption-requests/${await f.exemptionRequest(c.position!)}/decide`, {
        outcome: 'mitigate',
        opinion: '从轻',
      }),
  },
  openDualInquiry: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/cases/${await f.accountabilityCase(c.position!)}/dual-inquiries`, {
        kinds: ['oversight_responsibility'],
        concernedUnitIds: [await f.unitId('C004')],
      }),
  },
  proposeCase: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/cases/${await f.accountabilityCase(c.position!, 'verifying', true)}/propose`, {
        opinion: '拟诫勉',
      }),
  },
  approveCase: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/cases/${await f.accountabilityCase(c.position!, 'proposed')}/approve`, {}),
  },
  returnCase: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/cases/${await f.accountabilityCase(c.position!, 'proposed')}/return`, {
        reason: '证据不足',
      }),
  },
  getPersonAccountability: {
    kind: 'read',
    request: async (f, c) => get(`/api/persons/${await f.person(c.position!)}/accountability`),
  },
  // Public reports: every caller alike (a receipt code that opens nothing is a 404 for anyone).
  submitPublicReport: {
    kind: 'public',
    request: async () =>
      json('POST', '/api/portal/reports', {
        anonymous: true,
        unitName: '某局',
        summary: '举报',
        details: '内容',
        altcha: 'x',
      }),
    success: 400,
  },
  getPublicReportStatus: {
    kind: 'public',
    request: async () => json('POST', '/api/portal/reports/status', { receiptCode: '00000000000000000000' }),
    success: 404,
  },
  replyToPublicReport: {
    kind: 'public',
    request: async () =>
      json('POST', '/api/portal/reports/messages', { receiptCode: '00000000000000000000', body: '补充' }),
    success: 404,
  },
  addPublicReportEvidence: {
    kind: 'public',
    request: async () =>
      json('POST', '/api/portal/reports/evidence', { receiptCode: '00000000000000000000' }),
    success: 400,
  },
  ratePublicReport: {
    kind: 'public',
    request: async () =>
      json('POST', '/api/portal/reports/satisfaction', {
        receiptCode: '00000000000000000000',
        satisfaction: 'satisfied',
      }),
    success: 404,
  },
  appealPublicReport: {
    kind: 'public',
    request: async () =>
      json('POST', '/api/portal/reports/appeal', { receiptCode: '00000000000000000000', reason: '申诉' }),
    success: 404,
  },

  // ---- rectification ledger (the position is the item's unit)
  listRectificationItems: {
    kind: 'list',
    request: async () => get('/api/rectification-items'),
    unitsOf: itemsUnit('unitId'),
  },
  getRectificationImportTemplate: {
    kind: 'list',
    request: async () => get('/api/rectification-items/import-template'),
  },
  importRectificationItems: {
    kind: 'create',
    success: 200,
    request: async (f, c) => ({
      method: 'POST',
      url: `/api/rectification-items/import?unitId=${await f.unitId(c.position!)}`,
      ...multipartBody('ledger.xlsx', await ledgerXlsx()),
    }),
  },
  getRectificationItem: {
    kind: 'read',
    request: async (f, c) => get(`/api/rectification-items/${await f.rectificationItem(c.position!)}`),
  },
  createRectificationItem: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/rectification-items', {
        unitId: await f.unitId(c.position!),
        problem: '矩阵整改问题',
        dueDate: '2026-09-30',
      }),
  },
  updateRectificationItem: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/rectification-items/${await f.rectificationItem(c.position!)}`, {}),
  },
  deleteRectificationItem: {
    kind: 'change',
    request: async (f, c) =>
      json('DELETE', `/api/rectification-items/${await f.rectificationItem(c.position!, 'pending')}`),
  },
  addRectificationEvidence: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/rectification-items/${await f.rectificationItem(c.position!)}/evidence`, {
        fileIds: [await f.file(c.position!)],
      }),
  },
  ...rectificationStep('start', 'pending'),
  ...rectificationStep('claim', 'rectifying', { summary: '已整改到位' }),
  ...rectificationStep('return', 'completion_claimed', { reason: '整改不彻底' }),
  ...rectificationStep('signOff', 'completion_claimed'),
  ...rectificationStep('confirm', 'signed_off', {}, 'inspection_finding'),
  ...rectificationStep('refuse', 'signed_off', { reason: '未见整改实效' }, 'inspection_finding'),
  ...rectificationStep('reopen', 'signed_off', { reason: '问题反弹' }),
  // ---- monthly reports (the position is the reporting unit; the office's routes are the campaign's)
  listMonthlyReports: {
    kind: 'list',
    request: async () => get('/api/monthly-reports'),
    unitsOf: itemsUnit('unitId'),
  },
  getMonthlyReport: {
    kind: 'read',
    request: async (f, c) => get(`/api/monthly-reports/${await f.monthlyReport(c.position!)}`),
  },
  updateMonthlyReport: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/monthly-reports/${await f.monthlyReport(c.position!)}`, { narrative: '矩阵月报' }),
  },
  ...monthlyReportStep('submit', 'draft'),
  ...monthlyReportStep('approve', 'awaiting_approval'),
  ...monthlyReportStep('return', 'awaiting_approval', { reason: '请补充数据' }),
  remindMonthlyReport: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/monthly-reports/${await f.monthlyReport(c.position!)}/remind`, {}),
  },
  getMonthlyReportOverview: {
    kind: 'read',
    positions: GOVERNMENT,
    request: async (_f, c) =>
      get(`/api/campaigns/${govCampaign.get(c.position!)}/monthly-reports?month=2026-05`),
  },
  exportMonthlyReports: {
    kind: 'read',
    positions: GOVERNMENT,
    request: async (_f, c) =>
      get(`/api/campaigns/${govCampaign.get(c.position!)}/monthly-reports/export?month=2026-05`),
  },
  getMonthlyReportDigest: {
    kind: 'read',
    positions: GOVERNMENT,
    request: async (_f, c) =>
      get(`/api/campaigns/${govCampaign.get(c.position!)}/monthly-reports/digest?month=2026-05`),
  },
  getMonthlyReportSettings: {
    kind: 'read',
    positions: GOVERNMENT,
    request: async (_f, c) => get(`/api/campaigns/${govCampaign.get(c.position!)}/monthly-report-settings`),
  },
  updateMonthlyReportSettings: {
    kind: 'change',
    positions: GOVERNMENT,
    request: async (_f, c) =>
      json('PATCH', `/api/campaigns/${govCampaign.get(c.position!)}/monthly-report-settings`, {
        remindBeforeWorkingDays: 2,
      }),
  },
  // ---- notices (the position is the issuing unit)
  listNotices: { kind: 'list', request: async () => get('/api/notices'), unitsOf: itemsUnit('unitId') },
  listNoticeSources: { kind: 'list', request: async () => get('/api/notices/sources?kind=criticism') },
  getNoticePrefix: {
    // The unit asked about must lie in the route's scope: else the field is "not found".
    kind: 'create',
    request: async (f, c) => get(`/api/notices/document-prefix?unitId=${await f.unitId(c.position!)}`),
  },
  setNoticePrefix: {
    kind: 'create',
    success: 200,
    request: async (f, c) =>
      json('PUT', '/api/notices/document-prefix', { unitId: await f.unitId(c.position!), prefix: '测督' }),
    after: async (f, c, status) => {
      // The prefix goes back to the derived one, so issues stay unique across units.
      if (status === 200)
        await t.database.db.delete(noticePrefix).where(eq(noticePrefix.unitId, await f.unitId(c.position!)));
    },
  },
  getNotice: { kind: 'read', request: async (f, c) => get(`/api/notices/${await f.notice(c.position!)}`) },
  getNoticeDocx: {
    kind: 'read',
    request: async (f, c) => get(`/api/notices/${await f.notice(c.position!, 'issued')}/docx`),
  },
  createNotice: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/notices', {
        campaignId: await f.demoCampaign(),
        unitId: await f.unitId(c.position!),
        title: '矩阵通报',
      }),
  },
  composeNotice: {
    kind: 'create',
    // The criticism is read with the caller's supervision scope: one it cannot read is "not found".
    also: (c) => (reachesWith(c.principal, 'supervision.read', c.position!) ? undefined : 400),
    request: async (f, c) =>
      json('POST', '/api/notices/compose', {
        unitId: await f.unitId(c.position!),
        kind: 'criticism',
        sourceIds: [await f.criticism(c.position!)],
      }),
  },
  updateNotice: {
    kind: 'change',
    request: async (f, c) => json('PATCH', `/api/notices/${await f.notice(c.position!)}`, { title: '改' }),
  },
  deleteNotice: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/notices/${await f.notice(c.position!)}`),
  },
  ...noticeStep('submit', 'draft'),
  ...noticeStep('withdraw', 'submitted'),
  ...noticeStep('return', 'submitted', { reason: '请修改' }),
  ...noticeStep('approve', 'submitted'),
  ...noticeStep('issue', 'approved'),
  listPublicNotices: { kind: 'public', request: async () => get('/api/portal/notices') },
  getPublicNotice: {
    kind: 'public',
    request: async () => get(`/api/portal/notices/${await publicNotice()}`),
  },
  getPublicNoticeDocx: {
    kind: 'public',
    request: async () => get(`/api/portal/notices/${await publicNotice()}/docx`),
  },
  // ---- 述责 (the position is the statement's unit)
  listDutyStatements: {
    kind: 'list',
    request: async () => get('/api/duty-statements'),
    unitsOf: itemsUnit('unitId'),
  },
  createDutyStatement: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/duty-statements', {
        campaignId: await f.demoCampaign(),
        unitId: await f.unitId(c.position!),
        title: '矩阵述责报告',
      }),
  },
  getDutyStatement: {
    kind: 'read',
    request: async (f, c) => get(`/api/duty-statements/${await f.dutyStatement(c.position!)}`),
  },
  getDutyStatementDocx: {
    kind: 'read',
    request: async (f, c) => get(`/api/duty-statements/${await f.dutyStatement(c.position!)}/docx`),
  },
  updateDutyStatement: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/duty-statements/${await f.dutyStatement(c.position!)}`, { title: '改' }),
  },
  deleteDutyStatement: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/duty-statements/${await f.dutyStatement(c.position!)}`),
  },
  ...statementStep('submit', 'draft'),
  ...statementStep('return', 'submitted', { reason: '请修改' }),
  ...statementStep('approve', 'submitted'),
  ...statementStep('publish', 'approved'),
  ...statementStep('unpublish', 'published', { reason: '有误' }),
  listStatementComments: {
    kind: 'read',
    request: async (f, c) => get(`/api/duty-statements/${await f.dutyStatement(c.position!)}/comments`),
  },
  moderateStatementComment: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/statement-comments/${await f.statementComment(c.position!)}/moderate`, {
        decision: 'approve',
      }),
  },
  listCommitments: {
    kind: 'list',
    request: async () => get('/api/commitments'),
    unitsOf: itemsUnit('unitId'),
  },
  createCommitment: {
    kind: 'change',
    success: 201,
    request: async (f, c) =>
      json('POST', `/api/duty-statements/${await f.dutyStatement(c.position!)}/commitments`, {
        promise: '矩阵承诺',
        workingDays: 10,
        startDate: '2026-06-01',
      }),
  },
  updateCommitment: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/commitments/${await f.commitment(c.position!)}`, { workingDays: 5 }),
  },
  deleteCommitment: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/commitments/${await f.commitment(c.position!)}`),
  },
  reportCommitmentProgress: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/commitments/${await f.commitment(c.position!, 'published')}/progress`, {
        text: '进展',
      }),
  },
  fulfilCommitment: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/commitments/${await f.commitment(c.position!, 'published')}/fulfil`, {
        text: '已完成',
      }),
  },
  markCommitmentNotFulfilled: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/commitments/${await f.commitment(c.position!, 'published')}/not-fulfilled`, {
        reason: '未完成',
      }),
  },
  listPublicDutyStatements: { kind: 'public', request: async () => get('/api/portal/duty-statements') },
  getPublicDutyStatement: {
    kind: 'public',
    request: async () => get(`/api/portal/duty-statements/${await publicStatement()}`),
  },
  getPublicDutyStatementDocx: {
    kind: 'public',
    request: async () => get(`/api/portal/duty-statements/${await publicStatement()}/docx`),
  },
  submitStatementComment: {
    kind: 'public',
    // Without a solved proof of work every caller is refused alike; the route is public either way.
    request: async () =>
      json('POST', `/api/portal/duty-statements/${await publicStatement()}/comments`, {
        body: '留言',
        altcha: 'x',
      }),
    success: 400,
  },
  listPublicCommitments: { kind: 'public', request: async () => get('/api/portal/commitments') },
  // ---- 评责 (the position is the round's organising unit, or the exemplar's nominating unit)
  listEvaluationRounds: {
    kind: 'list',
    request: async () => get('/api/evaluation-rounds'),
    unitsOf: itemsUnit('unitId'),
  },
  createEvaluationRound: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/evaluation-rounds', {
        campaignId: await f.demoCampaign(),
        unitId: await f.unitId(c.position!),
        title: '矩阵评议',
        opensAt: '2026-06-01T00:00:00+08:00',
        closesAt: '2026-12-31T00:00:00+08:00',
      }),
  },
  getEvaluationRound: {
    kind: 'read',
    request: async (f, c) => get(`/api/evaluation-rounds/${await f.evaluationRound(c.position!)}`),
  },
  updateEvaluationRound: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/evaluation-rounds/${await f.evaluationRound(c.position!)}`, { title: '改' }),
  },
  deleteEvaluationRound: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/evaluation-rounds/${await f.evaluationRound(c.position!)}`),
  },
  ...evaluationStep('open', 'draft'),
  ...evaluationStep('close', 'open'),
  ...evaluationStep('reopen', 'closed', { reason: '误截止' }),
  ...evaluationStep('approve', 'closed'),
  ...evaluationStep('publish', 'approved'),
  issueEvaluationTokens: {
    kind: 'change',
    success: 201,
    request: async (f, c) =>
      json('POST', `/api/evaluation-rounds/${await f.evaluationRound(c.position!)}/tokens`, {
        group: 'npc_deputy',
        count: 1,
      }),
  },
  listEvaluationTokens: {
    // Reading the printable tokens is a change's check: 404 outside read scope, 403 outside manage.
    kind: 'change',
    request: async (f, c) => get(`/api/evaluation-rounds/${await f.evaluationRound(c.position!)}/tokens`),
  },
  listBallots: {
    kind: 'change',
    request: async (f, c) =>
      get(`/api/evaluation-rounds/${await f.evaluationRound(c.position!, 'open')}/ballots?review=pending`),
  },
  exportBallots: {
    kind: 'change',
    request: async (f, c) =>
      get(
        `/api/evaluation-rounds/${await f.evaluationRound(c.position!, 'open')}/ballots/export.xlsx?review=pending`,
      ),
  },
  reviewBallots: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/evaluation-rounds/${await f.evaluationRound(c.position!, 'open')}/ballots/review`, {
        ballotIds: [newId()],
        decision: 'accept',
      }),
  },
  castBallot: {
    // The caller's unit (K101, category a) scores K102 (category b) in a round of the city's.
    kind: 'list',
    request: async (f) => {
      const round = await f.evaluationRound('C000', 'open', [
        { unit: 'K101', category: 'a' },
        { unit: 'K102', category: 'b' },
      ]);
      return json('POST', `/api/evaluation-rounds/${round}/ballots`, {
        targetId: await f.evaluationTarget(round, 'K102'),
        answers: { conduct: 'satisfied' },
      });
    },
  },
  listMyBallots: { kind: 'list', request: async () => get('/api/my-ballots') },
  getEvaluationResults: {
    kind: 'read',
    request: async (f, c) =>
      get(`/api/evaluation-rounds/${await f.evaluationRound(c.position!, 'closed')}/results`),
  },
  getEvaluationResultsXlsx: {
    kind: 'read',
    request: async (f, c) =>
      get(`/api/evaluation-rounds/${await f.evaluationRound(c.position!, 'closed')}/results.xlsx`),
  },
  getEvaluationResultsDocx: {
    kind: 'read',
    request: async (f, c) =>
      get(`/api/evaluation-rounds/${await f.evaluationRound(c.position!, 'closed')}/results.docx`),
  },
  listConductAssessments: {
    kind: 'read',
    request: async (f, c) => get(`/api/conduct-assessments?unitId=${await f.unitId(c.position!)}`),
  },
  listExemplars: {
    kind: 'list',
    request: async () => get('/api/exemplars'),
    unitsOf: itemsUnit('unitId'),
  },
  createExemplar: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/exemplars', {
        campaignId: await f.demoCampaign(),
        unitId: await f.unitId(c.position!),
        kind: 'unit',
        nomineeUnitId: await f.unitId(c.position!),
        title: '矩阵典型',
        citation: '事迹',
      }),
  },
  getExemplar: {
    kind: 'read',
    request: async (f, c) => get(`/api/exemplars/${await f.exemplar(c.position!)}`),
  },
  updateExemplar: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/exemplars/${await f.exemplar(c.position!)}`, { title: '改' }),
  },
  deleteExemplar: {
    kind: 'change',
    request: async (f, c) => json('DELETE', `/api/exemplars/${await f.exemplar(c.position!)}`),
  },
  approveExemplar: {
    kind: 'change',
    request: async (f, c) => json('POST', `/api/exemplars/${await f.exemplar(c.position!)}/approve`, {}),
  },
  rejectExemplar: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/exemplars/${await f.exemplar(c.position!)}/reject`, { reason: '事迹不够典型' }),
  },
  publishExemplar: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/exemplars/${await f.exemplar(c.position!, 'approved')}/publish`),
  },
  listPublicEvaluationRounds: { kind: 'public', request: async () => get('/api/portal/evaluation-rounds') },
  getPublicEvaluationRound: {
    kind: 'public',
    request: async () => get(`/api/portal/evaluation-rounds/${await publicRound()}`),
  },
  requestBallotCode: {
    kind: 'public',
    // Without a solved proof of work every caller is refused alike; the route is public either way.
    request: async () =>
      json('POST', `/api/portal/evaluation-rounds/${await publicRound()}/phone-code`, {
        phone: '13900000000',
        altcha: 'x',
      }),
    success: 400,
  },
  submitPublicBallot: {
    kind: 'public',
    // The published round takes no ballots: refused alike for everyone.
    request: async () =>
      json('POST', `/api/portal/evaluation-rounds/${await publicRound()}/ballots`, {
        phone: '13900000000',
        code: '123456',
        group: 'urban_resident',
        targetId: newId(),
        answers: {},
      }),
    success: 409,
  },
  lookupEvaluationToken: {
    kind: 'public',
    request: async () =>
      json('POST', '/api/portal/evaluation-tokens/lookup', { token: 'not-a-token-of-any-round' }),
    success: 404,
  },
  submitTokenBallot: {
    kind: 'public',
    request: async () =>
      json('POST', '/api/portal/evaluation-tokens/ballots', {
        token: 'not-a-token-of-any-round',
        targetId: newId(),
        answers: {},
      }),
    success: 404,
  },
  listPublicExemplars: { kind: 'public', request: async () => get('/api/portal/exemplars') },
  // ---- spot checks (the position is the organising unit, or the unit inspected for targets and findings)
  listSpotCheckRosterTargets: {
    kind: 'list',
    request: async () => get('/api/spot-checks/roster/targets'),
    unitsOf: itemsUnit('unitId'),
  },
  createSpotCheckRosterTarget: {
    kind: 'create',
    // The unit's own entry of its roster, removed first when an earlier case made it.
    request: async (f, c) => {
      const unitId = await f.unitId(c.position!);
      await t.database.db
        .delete(spotCheckRosterTarget)
        .where(and(eq(spotCheckRosterTarget.unitId, unitId), eq(spotCheckRosterTarget.targetUnitId, unitId)));
      return json('POST', '/api/spot-checks/roster/targets', { unitId, targetUnitId: unitId });
    },
  },
  updateSpotCheckRosterTarget: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/spot-checks/roster/targets/${await f.spotCheckRosterTarget(c.position!)}`, {}),
  },
  listSpotCheckInspectors: {
    kind: 'list',
    request: async () => get('/api/spot-checks/roster/inspectors'),
    unitsOf: itemsUnit('unitId'),
  },
  createSpotCheckInspector: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/spot-checks/roster/inspectors', {
        unitId: await f.unitId(c.position!),
        personId: await f.person(c.position!),
      }),
  },
  updateSpotCheckInspector: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/spot-checks/roster/inspectors/${(await f.spotCheckInspector(c.position!)).id}`, {}),
  },
  listSpotCheckItems: {
    kind: 'list',
    request: async () => get('/api/spot-checks/items'),
    unitsOf: itemsUnit('unitId'),
  },
  createSpotCheckItem: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/spot-checks/items', {
        unitId: await f.unitId(c.position!),
        code: `M-${unique()}`,
        title: '矩阵抽查事项',
      }),
  },
  updateSpotCheckItem: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/spot-checks/items/${await f.spotCheckItem(c.position!)}`, {}),
  },
  listSpotCheckPlans: {
    kind: 'list',
    request: async () => get('/api/spot-checks/plans'),
    unitsOf: itemsUnit('unitId'),
  },
  getSpotCheckPlan: {
    kind: 'read',
    request: async (f, c) => get(`/api/spot-checks/plans/${await f.spotCheckPlan(c.position!)}`),
  },
  createSpotCheckPlan: {
    kind: 'create',
    request: async (f, c) =>
      json('POST', '/api/spot-checks/plans', {
        campaignId: await f.demoCampaign(),
        unitId: await f.unitId(c.position!),
        title: '矩阵抽查',
        kind: 'key',
        targetCount: 1,
        ratioCapPercent: null,
        checkItemIds: [await f.spotCheckItem(c.position!)],
      }),
  },
  updateSpotCheckPlan: {
    kind: 'change',
    request: async (f, c) =>
      json('PATCH', `/api/spot-checks/plans/${await f.spotCheckPlan(c.position!)}`, {}),
  },
  commitSpotCheckPlan: {
    kind: 'change',
    request: async (f, c) => {
      // Two inspectors of another unit, so the roster can always be drawn from.
      await f.spotCheckRosterTarget(c.position!);
      await f.spotCheckInspector(c.position!);
      await f.spotCheckInspector(c.position!);
      return json('POST', `/api/spot-checks/plans/${await f.spotCheckPlan(c.position!)}/commit`, {});
    },
  },
  drawSpotCheckPlan: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/spot-checks/plans/${await f.spotCheckPlan(c.position!, 'committed')}/draw`, {
        publicValue: '01 02 03 04 05 06 + 07',
        publicValueSource: '矩阵测试公开数值',
        publicValueDate: '2026-06-01',
      }),
  },
  ...spotCheckStep('start', 'drawn'),
  ...spotCheckStep('complete', 'in_progress'),
  ...spotCheckStep('publish', 'completed'),
  listSpotCheckTargets: {
    kind: 'list',
    request: async () => get('/api/spot-checks/targets'),
    unitsOf: itemsUnit('unitId'),
  },
  getSpotCheckTarget: {
    kind: 'read',
    request: async (f, c) => get(`/api/spot-checks/targets/${await f.spotCheckTarget(c.position!)}`),
  },
  // The principal is one of the target's inspectors (the rule for the others is the module's test).
  recordSpotCheckResult: {
    kind: 'change',
    perPrincipal: true,
    request: async (f, c) => {
      const personId = c.principal.userId ? await f.personOfAccount(c.principal.userId) : undefined;
      return json(
        'PUT',
        `/api/spot-checks/targets/${await f.spotCheckTarget(c.position!, personId)}/result`,
        {
          outcome: 'no_problem',
          resultSummary: '未发现问题',
          checkedOn: '2026-06-01',
        },
      );
    },
  },
  createSpotCheckFinding: {
    kind: 'change',
    perPrincipal: true,
    request: async (f, c) => {
      const personId = c.principal.userId ? await f.personOfAccount(c.principal.userId) : undefined;
      return json(
        'POST',
        `/api/spot-checks/targets/${await f.spotCheckTarget(c.position!, personId)}/findings`,
        {
          problem: '矩阵问题',
          conduct: 'inaction',
          severity: 'minor',
        },
      );
    },
  },
  disposeSpotCheckFinding: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/spot-checks/findings/${await f.spotCheckFinding(c.position!)}/dispose`, {
        disposition: 'rectification',
      }),
  },
  listPublicSpotChecks: { kind: 'public', request: async () => get('/api/portal/spot-checks') },
  getPublicSpotCheck: {
    kind: 'public',
    request: async () => get(`/api/portal/spot-checks/${await publishedSpotCheck()}`),
  },
  verifyPublicSpotCheck: {
    kind: 'public',
    request: async () => get(`/api/portal/spot-checks/${await publishedSpotCheck()}/verify`),
  },

  // ---- suggestions
  submitPublicSuggestion: {
    kind: 'public',
    // Without a solved proof of work every caller is refused alike; the route is public either way.
    request: async () =>
      json('POST', '/api/portal/suggestions', { title: '建议', content: '内容', altcha: 'x' }),
    success: 400,
  },
  trackSuggestion: { kind: 'public', request: async () => get('/api/portal/suggestions/SGDEMQANSWER') },
  listPublicSuggestions: { kind: 'public', request: async () => get('/api/portal/suggestions') },
  listSuggestions: {
    kind: 'list',
    request: async () => get('/api/suggestions'),
    unitsOf: itemsUnit('unitId'),
  },
  viewSuggestion: {
    kind: 'read',
    request: async (f, c) => get(`/api/suggestions/${await f.suggestion(c.position!, 'received')}`),
  },
  createSuggestion: {
    // Suggestions may be addressed to any unit: no scope on the way in.
    kind: 'list',
    request: async (f) =>
      json('POST', '/api/suggestions', { unitId: await f.unitId('K201'), title: '建议', content: '内容' }),
  },
  recordSuggestionAction: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/suggestions/${await f.suggestion(c.position!, 'answered')}/actions`, {
        text: '已立行立改',
      }),
  },
  answerSuggestion: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/suggestions/${await f.suggestion(c.position!, 'received')}/answer`, {
        answer: '答复',
      }),
  },
  publishSuggestion: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/suggestions/${await f.suggestion(c.position!, 'answered')}/publish`, {}),
  },
  unpublishSuggestion: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/suggestions/${await f.suggestion(c.position!, 'published')}/unpublish`, {}),
  },
  closeSuggestion: {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/suggestions/${await f.suggestion(c.position!, 'answered')}/close`, {}),
  },

  // ---- list exports (issue 13, part "exports"): each has its list's access; that an export holds
  // only the rows its list shows the caller is list-export.routes.test.ts's to prove.
  exportPersons: { kind: 'list', request: async () => get('/api/persons/export.xlsx') },
  exportSupervisionItems: { kind: 'list', request: async () => get('/api/supervision-items/export.xlsx') },
  exportSupervisionReminders: {
    kind: 'list',
    request: async () => get('/api/supervision-reminders/export.xlsx'),
  },
  exportKeyTasks: { kind: 'list', request: async () => get('/api/key-tasks/export.xlsx') },
  exportLeads: { kind: 'list', request: async () => get('/api/leads/export.xlsx') },
  exportRectificationItems: {
    kind: 'list',
    request: async () => get('/api/rectification-items/export.xlsx'),
  },
  exportSuggestions: { kind: 'list', request: async () => get('/api/suggestions/export.xlsx') },
  exportCases: { kind: 'list', request: async () => get('/api/cases/export.xlsx') },
  exportDeterminations: { kind: 'list', request: async () => get('/api/determinations/export.xlsx') },
  exportUnitDeterminations: {
    kind: 'list',
    request: async () => get('/api/unit-determinations/export.xlsx'),
  },
  exportNotices: { kind: 'list', request: async () => get('/api/notices/export.xlsx') },
  exportDutyStatements: { kind: 'list', request: async () => get('/api/duty-statements/export.xlsx') },
  exportCommitments: { kind: 'list', request: async () => get('/api/commitments/export.xlsx') },
  exportEvaluationRounds: { kind: 'list', request: async () => get('/api/evaluation-rounds/export.xlsx') },
  exportExemplars: { kind: 'list', request: async () => get('/api/exemplars/export.xlsx') },
  exportSpotCheckPlans: { kind: 'list', request: async () => get('/api/spot-checks/plans/export.xlsx') },
  exportSpotCheckRosterTargets: {
    kind: 'list',
    request: async () => get('/api/spot-checks/roster/targets/export.xlsx'),
  },
  exportSpotCheckInspectors: {
    kind: 'list',
    request: async () => get('/api/spot-checks/roster/inspectors/export.xlsx'),
  },
  exportSpotCheckItems: { kind: 'list', request: async () => get('/api/spot-checks/items/export.xlsx') },
  exportSpotCheckTargets: { kind: 'list', request: async () => get('/api/spot-checks/targets/export.xlsx') },
  exportAccounts: { kind: 'list', request: async () => get('/api/accounts/export.xlsx') },
  exportDutyItemApprovals: {
    kind: 'list',
    request: async () => get('/api/duty-items/approval-queue/export.xlsx'),
  },
  exportRoleGrants: { kind: 'list', request: async () => get('/api/role-grants/export.xlsx') },
  exportSessions: { kind: 'list', request: async () => get('/api/sessions/export.xlsx') },
  // ---- dashboard (领导驾驶舱): figures in scope are checked by dashboard.routes.test.ts
  getDashboardSummary: {
    kind: 'list',
    request: async (f) => get(`/api/dashboard/summary?campaignId=${await f.demoCampaign()}`),
  },
  // The briefing names the campaign: the caller reads it (its scope, or the campaign they work under).
  exportDashboardBriefing: {
    kind: 'list',
    request: async (f) => get(`/api/dashboard/briefing.docx?campaignId=${await f.demoCampaign()}`),
  },
  // The rows are the children of the unit at the position: outside the dashboard's scope it is not found.
  getDashboardHeat: {
    kind: 'read',
    request: async (f, c) =>
      get(
        `/api/dashboard/heat?campaignId=${await f.demoCampaign()}&parentUnitId=${await f.unitId(c.position!)}`,
      ),
  },
  // ---- search (issue 13, staff search): every signed-in person may search; each record type is
  // read with its own permission, which server/test/search.test.ts checks per type.
  searchRecords: { kind: 'signedIn', request: async () => get('/api/search?q=%E6%95%B4%E6%94%B9') },
};

/** One step of the 督办 lifecycle, on an item in a state the step leaves from. */
function supervisionStep<A extends SupervisionItemAction>(
  action: A,
  from: SupervisionItemStatus,
  body: Record<string, string> = {},
): Record<`${A}SupervisionItem`, Entry> {
  const entry: Entry = {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/supervision-items/${await f.supervisionItem(c.position!, from)}/${action}`, body),
  };
  return { [`${action}SupervisionItem`]: entry } as Record<`${A}SupervisionItem`, Entry>;
}

/** One step of the ledger's lifecycle, on an item in a state the step leaves from. */
function rectificationStep<A extends RectificationAction>(
  action: A,
  from: RectificationStatus,
  body: Record<string, string> = {},
  source: RectificationSource = 'self_inspection',
): Record<`${A}RectificationItem`, Entry> {
  const entry: Entry = {
    kind: 'change',
    perPrincipal: true,
    request: async (f, c) => {
      // An inspection's finding is confirmed by its own team: the principal is on it.
      const personId = c.principal.userId ? await f.personOfAccount(c.principal.userId) : undefined;
      const id = await f.rectificationItem(c.position!, from, source, personId);
      return json('POST', `/api/rectification-items/${id}/${action}`, body);
    },
  };
  return { [`${action}RectificationItem`]: entry } as Record<`${A}RectificationItem`, Entry>;
}

/** One step of a monthly report's lifecycle, on a report in a state the step leaves from. */
function monthlyReportStep<A extends MonthlyReportAction>(
  action: A,
  from: MonthlyReportStatus,
  body: Record<string, string> = {},
): Record<`${A}MonthlyReport`, Entry> {
  const entry: Entry = {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/monthly-reports/${await f.monthlyReport(c.position!, from)}/${action}`, body),
  };
  return { [`${action}MonthlyReport`]: entry } as Record<`${A}MonthlyReport`, Entry>;
}

/** One step of a notice's lifecycle, on a notice (written by someone else) in a state the step leaves from. */
function noticeStep<A extends NoticeAction>(
  action: A,
  from: NoticeStatus,
  body: Record<string, string> = {},
): Record<`${A}Notice`, Entry> {
  const entry: Entry = {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/notices/${await f.notice(c.position!, from)}/${action}`, body),
  };
  return { [`${action}Notice`]: entry } as Record<`${A}Notice`, Entry>;
}

/** The demo's issued public notice. */
async function publicNotice(): Promise<string> {
  const [row] = await t.database.db
    .select({ id: notice.id })
    .from(notice)
    .where(and(eq(notice.status, 'issued'), eq(notice.visibility, 'public')))
    .limit(1);
  return row!.id;
}

/** One step of a statement's lifecycle, on a statement (written by someone else) in a state the step leaves from. */
function statementStep<A extends DutyStatementAction>(
  action: A,
  from: DutyStatementStatus,
  body: Record<string, string> = {},
): Record<`${A}DutyStatement`, Entry> {
  const entry: Entry = {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/duty-statements/${await f.dutyStatement(c.position!, from)}/${action}`, body),
  };
  return { [`${action}DutyStatement`]: entry } as Record<`${A}DutyStatement`, Entry>;
}

/** One step of a round's lifecycle, on a round of the position in a state the step leaves from. */
function evaluationStep<A extends EvaluationRoundAction>(
  action: A,
  from: EvaluationRoundStatus,
  body: object = {},
): Record<`${A}EvaluationRound`, Entry> {
  const entry: Entry = {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/evaluation-rounds/${await f.evaluationRound(c.position!, from)}/${action}`, body),
  };
  return { [`${action}EvaluationRound`]: entry } as Record<`${A}EvaluationRound`, Entry>;
}

/** The demo's published evaluation round. */
async function publicRound(): Promise<string> {
  const [row] = await t.database.db
    .select({ id: evaluationRound.id })
    .from(evaluationRound)
    .where(eq(evaluationRound.status, 'published'))
    .limit(1);
  return row!.id;
}

/** The demo's published statement. */
async function publicStatement(): Promise<string> {
  const [row] = await t.database.db
    .select({ id: dutyStatement.id })
    .from(dutyStatement)
    .where(eq(dutyStatement.status, 'published'))
    .limit(1);
  return row!.id;
}

/** One step of a spot-check plan's lifecycle, on a plan in a state the step leaves from. */
function spotCheckStep<A extends 'start' | 'complete' | 'publish'>(
  action: A,
  from: SpotCheckPlanStatus,
): Record<`${A}SpotCheckPlan`, Entry> {
  const entry: Entry = {
    kind: 'change',
    request: async (f, c) =>
      json('POST', `/api/spot-checks/plans/${await f.spotCheckPlan(c.position!, from)}/${action}`, {}),
  };
  return { [`${action}SpotCheckPlan`]: entry } as Record<`${A}SpotCheckPlan`, Entry>;
}

/** The demo's published spot check. */
async function publishedSpotCheck(): Promise<string> {
  const [row] = await t.database.db
    .select({ id: spotCheckPlan.id })
    .from(spotCheckPlan)
    .where(eq(spotCheckPlan.status, 'published'))
    .limit(1);
  return row!.id;
}

// ---------------------------------------------------------------- running it

/**
 * The routes of one part of the matrix: whole record types (every route of a record type in the
 * same part, so each part proves read ≠ write for its own types and the parts together for all),
 * dealt largest first to the part with the fewest routes. The parts are separate test files
 * (permission-matrix-N.test.ts), so the run's workers share the matrix instead of one of them
 * taking it all.
 */
export function matrixPart(part: number, parts: number): OperationId[] {
  const groups = new Map<string, OperationId[]>();
  for (const id of Object.keys(ROUTES) as OperationId[]) {
    const key = (ROUTES[id] as RouteContract).record ?? `route:${id}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const loads = Array.from({ length: parts }, () => [] as OperationId[]);
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [, ids] of ordered) {
    const lightest = loads.reduce((min, l) => (l.length < min.length ? l : min), loads[0]!);
    lightest.push(...ids);
  }
  return loads[part - 1]!;
}

/** The record types whose reading and changing roles can be combined: each must show read ≠ write. */
const READ_NOT_WRITE_TYPES = [
  'campaign',
  'campaign_domain',
  'commitment',
  'duty_item',
  'duty_statement',
  'evaluation_round',
  'exemplar',
  'key_task',
  'key_task_extension',
  'monthly_report',
  'notice',
  'person',
  'rectification_item',
  'spot_check_finding',
  'spot_check_inspector',
  'spot_check_item',
  'spot_check_plan',
  'spot_check_roster_target',
  'statement_comment',
  'suggestion',
  'supervision_extension',
  'supervision_item',
  'unit',
];

/** One part of the matrix on its own app and database (`part` of `parts`, from 1). */
export function permissionMatrix(part: number, parts: number): void {
  const ids = matrixPart(part, parts);
  /** What a loader refused as readable but not writable, by record type: read ≠ write was exercised. */
  const readNotWrite = new Map<string, number>();

  beforeAll(async () => {
    // Test files share this module within a worker: each part starts from its own app's ids.
    lineage.clear();
    idOf.clear();
    govCampaign.clear();
    t = await createTestApp();
    f = new Factories(t);
    for (const u of await t.database.db
      .select({ id: unit.id, code: unit.code, path: unit.path })
      .from(unit)) {
      lineage.set(u.id, u.path.split('/').filter(Boolean));
      if (u.code) idOf.set(u.code, u.id);
    }
    for (const p of PRINCIPALS) {
      if (p.grants.length === 0) continue;
      const account = await f.account(p.grants[p.grants.length - 1]!.unit, p.grants);
      p.userId = account.id;
      p.cookie = (await f.session(account.id)).cookie;
    }
    // Every position unit holds a person, so that an allowed unit deletion is refused for its records.
    for (const code of Object.values(DEPT)) await f.person(code);
    govCampaign.set('K100', await f.campaign('K100', 'draft', years++));
    govCampaign.set('K200', await f.campaign('K200', 'draft', years++));
    govCampaign.set('C000', await f.demoCampaign());
  });
  afterAll(() => t.close());

  describe(`permission matrix, part ${part} of ${parts}`, () => {
    it('has an entry for every route, and the parts hold every route once', () => {
      expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(ROUTES).sort());
      const all = Array.from({ length: parts }, (_, i) => matrixPart(i + 1, parts)).flat();
      expect(all.sort()).toEqual(Object.keys(ROUTES).sort());
    });

    for (const id of ids) {
      const entry = MATRIX[id];
      if (!entry) continue;
      const route = ROUTES[id] as RouteContract;
      it(`${id}: ${route.method} ${route.path}`, async () => {
        const positioned = entry.kind === 'create' || entry.kind === 'read' || entry.kind === 'change';
        const positions = positioned ? Object.values(entry.positions ?? DEPT) : [null];
        const wrong: string[] = [];
        const refused = new Map<string, InjectOptions>();
        for (const [index, principal] of PRINCIPALS.entries()) {
          for (const position of positions) {
            const c: Case = { principal, position, allowed: allowedBy(id, entry, { principal, position }) };
            const expected = expectedStatus(id, entry, c);
            // A request the policy refuses changes nothing, so the refused cases of a position share
            // one record (a refusal that did change it would fail its own case anyway); each allowed
            // case gets a fresh record in the state its step leaves from.
            let options: InjectOptions;
            const sharedKey = position ?? '-';
            if (!c.allowed && !entry.perPrincipal && refused.has(sharedKey))
              options = refused.get(sharedKey)!;
            else {
              options = await entry.request(f, c);
              if (!c.allowed && !entry.perPrincipal) refused.set(sharedKey, options);
            }
            const res = await t.app.inject({
              // Each principal calls from its own address, so per-address rate limits stay out of the way.
              remoteAddress: `10.9.0.${index + 1}`,
              ...options,
              headers: {
                ...OWN_PAGE_HEADERS,
                ...(principal.cookie ? { cookie: principal.cookie } : {}),
                ...(options.headers ?? {}),
              },
            });
            if (res.statusCode !== expected)
              wrong.push(
                `${principal.name} @${position ?? '-'}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
              );
            else if (entry.unitsOf && res.statusCode === 200 && 'permission' in route.access) {
              const permission = route.access.permission;
              const listed = entry.unitsOf(res.json());
              await learnUnits(listed);
              const outside = listed.filter((u) => !reachesId(principal, permission, u));
              if (outside.length > 0)
                wrong.push(
                  `${principal.name}: listed records of units outside its scope: ${outside.join(', ')}`,
                );
            }
            if (
              expected === 403 &&
              holds(principal, 'permission' in route.access ? route.access.permission : '') &&
              route.record
            )
              readNotWrite.set(route.record, (readNotWrite.get(route.record) ?? 0) + 1);
            await entry.after?.(f, c, res.statusCode);
          }
        }
        expect(wrong).toEqual([]);
      });
    }

    it('proves read ≠ write on every record type of this part whose reading and changing roles can be combined', () => {
      // Accounts and sessions are read and changed only by administrator roles, which no account may
      // combine with another role (三员分立), so their read and write scopes cannot differ.
      const ofPart = new Set(ids.map((id) => (ROUTES[id] as RouteContract).record));
      expect([...readNotWrite.keys()].sort()).toEqual(
        READ_NOT_WRITE_TYPES.filter((r) => ofPart.has(r)).sort(),
      );
    });
  });
}
