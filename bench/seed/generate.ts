/**
 * Fills a database holding the demo city with a city's (or a province's) worth of records,
 * through the server's own drizzle tables: a unit tree, persons, leads (public reports among
 * them), cases with determinations, supervision items, ledger items and an evaluation round's
 * ballots. Every row comes from the seeded Random, dated over the campaign year up to AS_OF.
 */
import {
  CONDUCT_TYPES,
  DOMAIN_CODES,
  type DomainCode,
  dispositionForm,
  type Measure,
} from '@zeren/contracts';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/src/db/client';
import {
  accountabilityCase,
  determination,
  lead,
  publicReport,
} from '../../server/src/modules/accountability/accountability.table';
import { findCampaignPlan } from '../../server/src/modules/campaign/campaign.service';
import { campaign, campaignDomain } from '../../server/src/modules/campaign/campaign.table';
import { ballotScore } from '../../server/src/modules/evaluation/evaluation.rules';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_GROUPS,
  DEFAULT_INDICATORS,
  DEFAULT_MUTUAL_PAIRS,
} from '../../server/src/modules/evaluation/evaluation.service';
import {
  ballot,
  evaluationRound,
  evaluationTarget,
} from '../../server/src/modules/evaluation/evaluation.table';
import { keyTask, keyTaskPerson } from '../../server/src/modules/key-tasks/key-tasks.table';
import { owingUnitsOf, snapshotAt } from '../../server/src/modules/monthly-reports/monthly-reports.service';
import { monthlyReport } from '../../server/src/modules/monthly-reports/monthly-reports.table';
import { endedMonths } from '../../server/src/modules/monthly-reports/schedule';
import { rectificationItem } from '../../server/src/modules/rectification/rectification.table';
import { suggestion } from '../../server/src/modules/suggestions/suggestions.table';
import { supervisionItem } from '../../server/src/modules/supervision/supervision.table';
import type { AuditKeys } from '../../server/src/platform/audit/audit-keys';
import { ManualClock } from '../../server/src/platform/clock';
import type { FieldCipher } from '../../server/src/platform/crypto';
import { person, unit, userAccount } from '../../server/src/platform/org/org.table';
import { seedDemo } from '../../server/src/seed/demo';
import { Random, withFixedEntropy } from './random';
import {
  CASE_FINDINGS,
  CASE_INTERVIEWS,
  DOMAIN_TEXT,
  INSTITUTIONS,
  LEADER_POSITIONS,
  leadText,
  OTHER_DEPARTMENTS,
  personName,
  placeName,
  rectificationText,
  STAFF_POSITIONS,
  supervisionText,
} from './text';

export interface Scale {
  units: number;
  persons: number;
  leads: number;
  cases: number;
  supervisionItems: number;
  rectificationItems: number;
  ballots: number;
  keyTasks: number;
  suggestions: number;
}

const CITY: Scale = {
  units: 3_000,
  persons: 60_000,
  leads: 100_000,
  cases: 20_000,
  supervisionItems: 50_000,
  rectificationItems: 200_000,
  ballots: 500_000,
  keyTasks: 3_000,
  suggestions: 10_000,
};

export const SCALES: Record<'tiny' | 'city' | 'province', Scale> = {
  // What the test seeds: every table and status, in seconds.
  tiny: {
    units: 120,
    persons: 600,
    leads: 1_000,
    cases: 200,
    supervisionItems: 400,
    rectificationItems: 800,
    ballots: 2_000,
    keyTasks: 100,
    suggestions: 300,
  },
  city: CITY,
  province: Object.fromEntries(Object.entries(CITY).map(([k, v]) => [k, v * 10])) as unknown as Scale,
};

/** The generator's "today": statuses, overdue items and dates are judged against it. */
export const AS_OF = new Date('2026-11-20T02:00:00Z');
const DAY = 86_400_000;
const FIRST_DAY = Date.parse('2026-01-05T00:00:00Z');

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** 08:30–17:30 Beijing time of that day. */
const officeTime = (random: Random, dayMs: number) => dayMs + 30 * 60_000 + random.int(0, 9 * 3600) * 1000;
const dayOf = (random: Random, from = FIRST_DAY, to = AS_OF.getTime() - DAY) =>
  Math.floor((from + random.next() * (to - from)) / DAY) * DAY;

/** What the demo seed signs and encrypts with: the keys the database will be served with. */
export interface SeedKeys {
  cipher: FieldCipher;
  auditKeys: AuditKeys;
  password: string;
}

/**
 * The whole generator on a migrated database holding the calendar: the demo as of AS_OF, its own
 * ids drawn from the seed too, then `scale`'s records. The CLI runs it on the database it made;
 * the generator's test runs it in its own process to compare seeds.
 */
export async function seedBenchData(db: Db, seed: number, scale: Scale, keys: SeedKeys): Promise<Counts> {
  const random = new Random(seed);
  await withFixedEntropy(random, AS_OF.getTime(), () =>
    seedDemo({
      db,
      clock: new ManualClock(AS_OF),
      cipher: keys.cipher,
      auditKeys: keys.auditKeys,
      password: keys.password,
    }),
  );
  return generate(db, random, scale);
}

/** Seconds spent inserting (generating the rows included, as they are made chunk by chunk) per table. */
export const seconds: Record<string, number> = {};

/** Inserts rows in multi-row statements (under the 65,535 parameters of one statement), one transaction per table. */
async function insertAll<T extends PgTable>(
  db: Db,
  table: T,
  rows: AsyncIterable<T['$inferInsert'][]> | Iterable<T['$inferInsert'][]>,
): Promise<number> {
  let n = 0;
  const started = performance.now();
  await db.transaction(async (tx) => {
    for await (const chunk of rows) {
      if (chunk.length === 0) continue;
      await tx.insert(table).values(chunk);
      n += chunk.length;
    }
  });
  const name = (table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')]!;
  seconds[name] = (seconds[name] ?? 0) + (performance.now() - started) / 1000;
  return n;
}

/** Splits a generated sequence into chunks of `size`. */
function* chunks<T>(count: number, size: number, make: (i: number) => T): Generator<T[]> {
  for (let i = 0; i < count; i += size)
    yield Array.from({ length: Math.min(size, count - i) }, (_, j) => make(i + j));
}

interface UnitRow {
  id: string;
  name: string;
  parentId: string;
  path: string;
  kind: 'government' | 'organ' | 'department' | 'institution' | 'enterprise';
  level: 'city' | 'county' | 'township';
}

/** A county (or the city itself): who holds its leads, who assigns its items, its units. */
interface Area {
  name: string;
  governmentId: string;
  /** Where its leads are held: the discipline commission (or the government, for the demo's counties). */
  leadHolderId: string;
  /** Who assigns supervision items: the city's supervision office, a county's government. */
  assignerId: string;
  /** Units records concern (departments, townships, institutions). */
  units: { id: string; name: string }[];
}

export interface Counts {
  [table: string]: number;
}

export async function generate(db: Db, random: Random, scale: Scale): Promise<Counts> {
  const counts: Counts = {};
  const [c] = await db
    .select({ id: campaign.id, year: campaign.year })
    .from(campaign)
    .where(eq(campaign.status, 'active'));
  if (!c) throw new Error('the demo campaign is missing');
  const domains = new Map(
    (
      await db
        .select({ id: campaignDomain.id, code: campaignDomain.code })
        .from(campaignDomain)
        .where(eq(campaignDomain.campaignId, c.id))
    ).map((d) => [d.code as DomainCode, d.id]),
  );
  const demoUnits = await db
    .select({ id: unit.id, code: unit.code, name: unit.name, path: unit.path, parentId: unit.parentId })
    .from(unit);
  const demoUnit = (code: string) => demoUnits.find((u) => u.code === code)!;
  const accounts = new Map(
    (await db.select({ id: userAccount.id, username: userAccount.username }).from(userAccount)).map((a) => [
      a.username,
      a.id,
    ]),
  );
  const account = (name: string) => accounts.get(name)!;
  const root = demoUnit('C000');

  // ---- the unit tree: the city's departments, then counties until the budget is spent
  const units: UnitRow[] = [];
  const budget = Math.max(0, scale.units - demoUnits.length);
  const add = (u: Omit<UnitRow, 'id' | 'path'>, parentPath: string): UnitRow | null => {
    if (units.length >= budget) return null;
    const id = random.id(FIRST_DAY - 30 * DAY + units.length);
    const row = { ...u, id, path: `${parentPath}${id}/` };
    units.push(row);
    return row;
  };
  const departmentSuffixes = [
    ...new Set([...DOMAIN_CODES.flatMap((d) => DOMAIN_TEXT[d].departments), ...OTHER_DEPARTMENTS]),
  ];
  const cityArea: Area = {
    name: '示范市',
    governmentId: root.id,
    leadHolderId: demoUnit('C002').id,
    assignerId: demoUnit('C001').id,
    units: demoUnits.filter((u) => u.code?.startsWith('C') && u.code !== 'C000').map((u) => ({ ...u })),
  };
  for (const suffix of departmentSuffixes) {
    const dept = add(
      { name: `市${suffix}`, parentId: root.id, kind: 'department', level: 'city' },
      root.path,
    );
    if (!dept) break;
    cityArea.units.push(dept);
    for (const inst of random.sample(INSTITUTIONS, random.int(1, 3))) {
      const u = add(
        { name: `市${suffix}${inst}`, parentId: dept.id, kind: 'institution', level: 'city' },
        dept.path,
      );
      if (u) cityArea.units.push(u);
    }
  }
  const areas: Area[] = [cityArea];
  // The demo's three counties hold records too, so its county accounts see a busy county.
  for (const code of ['K100', 'K200', 'K300']) {
    const gov = demoUnit(code);
    areas.push({
      name: gov.name.replace('人民政府', ''),
      governmentId: gov.id,
      leadHolderId: gov.id,
      assignerId: gov.id,
      units: demoUnits.filter((u) => u.path.startsWith(gov.path) && u.id !== gov.id).map((u) => ({ ...u })),
    });
  }
  const usedPlaces = new Set(['城关', '临河', '青山']);
  while (units.length < budget) {
    let place = placeName(random);
    while (usedPlaces.has(place)) place = placeName(random);
    usedPlaces.add(place);
    const county = `${place}${random.pick(['县', '县', '区', '市'])}`;
    const gov = add(
      { name: `${county}人民政府`, parentId: root.id, kind: 'government', level: 'county' },
      root.path,
    );
    if (!gov) break;
    const area: Area = {
      name: county,
      governmentId: gov.id,
      leadHolderId: gov.id,
      assignerId: gov.id,
      units: [],
    };
    areas.push(area);
    const jw = add({ name: `${county}纪委监委`, parentId: gov.id, kind: 'organ', level: 'county' }, gov.path);
    if (jw) area.leadHolderId = jw.id;
    for (const suffix of departmentSuffixes) {
      const dept = add(
        { name: `${county}${suffix}`, parentId: gov.id, kind: 'department', level: 'county' },
        gov.path,
      );
      if (!dept) break;
      area.units.push(dept);
      for (const inst of random.sample(INSTITUTIONS, random.int(0, 2))) {
        const u = add(
          { name: `${county}${suffix}${inst}`, parentId: dept.id, kind: 'institution', level: 'county' },
          dept.path,
        );
        if (u) area.units.push(u);
      }
    }
    for (let t = 0; t < 18; t++) {
      const town = `${placeName(random)}${random.pick(['镇', '镇', '乡', '街道'])}`;
      const name = town.endsWith('街道') ? `${town}办事处` : `${town}人民政府`;
      const u = add({ name, parentId: gov.id, kind: 'government', level: 'township' }, gov.path);
      if (!u) break;
      area.units.push(u);
    }
    if (area.units.length === 0) area.units.push({ id: gov.id, name: gov.name });
  }
  counts.unit = await insertAll(
    db,
    unit,
    chunks(units.length, 2_000, (i) => {
      const u = units[i]!;
      const at = new Date(FIRST_DAY - 30 * DAY);
      return {
        ...u,
        code: `G${String(i + 1).padStart(6, '0')}`,
        sortOrder: 1_000 + i,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );

  // ---- persons: everyone works somewhere; each unit's first is its leader
  const everyUnit = [...demoUnits.map((u) => ({ id: u.id, name: u.name })), ...units];
  const personsOf = new Map<string, { id: string; name: string; leader: boolean }[]>();
  const personRows: (typeof person.$inferInsert)[] = [];
  for (let i = 0; i < scale.persons; i++) {
    const u = everyUnit[i % everyUnit.length]!;
    const list = personsOf.get(u.id) ?? [];
    const leader = list.length === 0 || random.chance(0.08);
    const p = { id: random.id(FIRST_DAY - 20 * DAY + i), name: personName(random), leader };
    list.push(p);
    personsOf.set(u.id, list);
    const at = new Date(FIRST_DAY - 20 * DAY);
    personRows.push({
      id: p.id,
      unitId: u.id,
      name: p.name,
      position: random.pick(leader ? LEADER_POSITIONS : STAFF_POSITIONS),
      isLeader: leader,
      createdAt: at,
      updatedAt: at,
    });
  }
  counts.person = await insertAll(
    db,
    person,
    chunks(personRows.length, 4_000, (i) => personRows[i]!),
  );
  personRows.length = 0;

  // ---- leads, their public reports and cases
  const [leadsBefore] = await db.select({ n: sql<number>`count(*)::int` }).from(lead);
  const caseShare = scale.cases / scale.leads;
  const leadIds: string[] = [];
  const leadRows: (typeof lead.$inferInsert)[] = [];
  const reports: (typeof publicReport.$inferInsert)[] = [];
  const cases: (typeof accountabilityCase.$inferInsert)[] = [];
  const determinations: (typeof determination.$inferInsert)[] = [];
  const dayList = Array.from({ length: scale.leads }, () => dayOf(random)).sort((a, b) => a - b);
  for (let i = 0; i < scale.leads; i++) {
    const received = dayList[i]!;
    const createdAt = officeTime(random, received);
    const id = random.id(createdAt);
    const area = random.chance(0.3) ? cityArea : random.pick(areas);
    const concerned = random.pick(area.units);
    const staff = personsOf.get(concerned.id) ?? [];
    const concernedPersons = random.sample(staff, random.int(0, 2));
    const domain = random.pick(DOMAIN_CODES);
    const conduct = random.pick(CONDUCT_TYPES);
    const source = random.weighted({
      superior_assignment: 12,
      leader_instruction: 10,
      media_exposure: 8,
      public_report: 40,
      inspection: 22,
      other: 8,
    });
    const age = (AS_OF.getTime() - received) / DAY;
    // Cases are the accepted leads: `caseShare` of all, fewer among the newest.
    let status: NonNullable<(typeof lead.$inferInsert)['status']>;
    if (age < 10 && random.chance(0.7)) status = 'received';
    else if (random.chance(caseShare)) status = age > 60 && random.chance(0.75) ? 'concluded' : 'accepted';
    else
      status = random.weighted({
        received: age > 60 ? 3 : 25,
        shelved: 12,
        closed: 45,
        forwarded: 20,
        merged: leadIds.length > 0 ? 6 : 0,
      });
    const disposal =
      status === 'accepted' || status === 'concluded'
        ? random.weighted({ talk_or_inquiry_letter: 60, preliminary_verification: 40 })
        : ((
            {
              shelved: 'shelved',
              closed: 'closed_no_action',
              forwarded: 'forwarded',
              merged: 'merged',
            } as const
          )[status as 'shelved'] ?? null);
    const text = leadText(random, domain, conduct, concerned.name);
    const n = leadsBefore!.n + i + 1;
    const code = `XS${c.year}-${String(n).padStart(4, '0')}`;
    const dueDay = received + random.int(20, 45) * DAY;
    const row: typeof lead.$inferInsert = {
      id,
      code,
      campaignId: c.id,
      unitId: area.leadHolderId,
      source,
      sourceRef:
        source === 'superior_assignment'
          ? `省督查室督办函〔${c.year}〕${random.int(1, 300)}号`
          : source === 'media_exposure'
            ? `《示范日报》${c.year}年${new Date(received).getUTCMonth() + 1}月${new Date(received).getUTCDate()}日`
            : source === 'leader_instruction'
              ? `市领导批示（${iso(received)}）`
              : null,
      summary: text.summary,
      details: text.details,
      concernedUnitIds: [concerned.id],
      concernedPersonIds: concernedPersons.map((p) => p.id),
      domainId: domains.get(domain) ?? null,
      conduct,
      receivedOn: iso(received),
      dueDate: iso(dueDay),
      status,
      disposal,
      mergedIntoId: status === 'merged' ? random.pick(leadIds) : null,
      forwardedTo:
        status === 'forwarded'
          ? `${area.name}${random.pick(['信访局', '市场监督管理局', '公安局', '人民法院'])}`
          : null,
      anonymous: source === 'public_report' ? random.chance(0.6) : null,
      createdBy: source === 'public_report' ? null : account('supervisor'),
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt + (status === 'received' ? 0 : random.int(1, 20) * DAY)),
    };
    if (source === 'public_report') {
      const closedOut = status === 'closed' || status === 'concluded' || status === 'shelved';
      reports.push({
        leadId: id,
        // A lookup key no receipt code can name: the app's are hex (or, before the keyed lookup, digits).
        lookupKey: `g${String(i).padStart(9, '0')}`,
        // Not a hash of any code: generated reports cannot be followed up by receipt code.
        codeHash: `generated$${random.u32().toString(16)}`,
        named: !row.anonymous,
        satisfaction: closedOut
          ? random.weighted({ satisfied: 62, basically_satisfied: 25, dissatisfied: 13, none: 20 }) === 'none'
            ? null
            : random.weighted({ satisfied: 62, basically_satisfied: 25, dissatisfied: 13 })
          : null,
      });
    }
    if (status === 'accepted' || status === 'concluded') {
      const caseId = random.id(createdAt + DAY);
      row.caseId = caseId;
      const decided = status === 'concluded';
      const caseStatus = decided ? 'decided' : random.weighted({ verifying: 70, proposed: 30 });
      const conclusion =
        caseStatus === 'verifying'
          ? null
          : random.weighted({ substantiated: 45, partly_substantiated: 30, not_substantiated: 25 });
      const decidedOn = decided ? Math.min(received + random.int(25, 60) * DAY, AS_OF.getTime() - DAY) : null;
      cases.push({
        id: caseId,
        code,
        leadId: id,
        campaignId: c.id,
        unitId: area.leadHolderId,
        disposal: disposal as 'talk_or_inquiry_letter',
        status: caseStatus,
        handlerId: account('supervisor'),
        dueDate: iso(received + random.int(30, 60) * DAY),
        interviews: random.pick(CASE_INTERVIEWS),
        findings: conclusion ? random.pick(CASE_FINDINGS) : null,
        conclusion,
        proposal: conclusion && conclusion !== 'not_substantiated' ? '建议对相关责任人予以问责。' : null,
        proposedBy: conclusion ? account('supervisor') : null,
        decidedOn: decidedOn ? iso(decidedOn) : null,
        approvedBy: decided ? account('supervisor2') : null,
        createdAt: new Date(createdAt + DAY),
        updatedAt: new Date(decidedOn ?? createdAt + DAY),
      });
      if (conclusion && conclusion !== 'not_substantiated') {
        for (const p of concernedPersons.length > 0 ? concernedPersons : staff.slice(0, 1)) {
          // The lighter measures are the common ones (四种形态: the first form is most of them).
          const measures = [
            ...new Set(
              Array.from({ length: random.int(1, 2) }, () =>
                random.weighted<Measure>({
                  talk_reminder: 30,
                  criticism_education: 20,
                  written_inspection: 15,
                  circulated_criticism: 15,
                  admonition: 12,
                  suspension: 2,
                  reassignment: 2,
                  ordered_resignation: 1,
                  demotion: 1,
                  removal: 1,
                  major_reassignment: 1.5,
                  case_review: 1.5,
                }),
              ),
            ),
          ];
          determinations.push({
            id: random.id(createdAt + 2 * DAY),
            caseId,
            personId: p.id,
            liability: p.leader
              ? random.weighted({ overall_leadership: 15, main_leadership: 45, important_leadership: 40 })
              : random.weighted({ direct: 85, important_leadership: 15 }),
            conducts: [conduct],
            domainId: domains.get(domain) ?? null,
            measures,
            form: dispositionForm(measures, []),
            createdAt: new Date(createdAt + 2 * DAY),
            updatedAt: new Date(decidedOn ?? createdAt + 2 * DAY),
          });
        }
      }
    }
    leadIds.push(id);
    leadRows.push(row);
  }
  counts.lead = await insertAll(
    db,
    lead,
    chunks(leadRows.length, 1_500, (i) => leadRows[i]!),
  );
  // The app numbers new leads from the sequence: past the generated ones.
  await db.execute(sql`select setval('lead_code_seq', ${leadsBefore!.n + scale.leads})`);
  leadRows.length = 0;
  counts.public_report = await insertAll(
    db,
    publicReport,
    chunks(reports.length, 4_000, (i) => reports[i]!),
  );
  counts.accountability_case = await insertAll(
    db,
    accountabilityCase,
    chunks(cases.length, 2_000, (i) => cases[i]!),
  );
  counts.determination = await insertAll(
    db,
    determination,
    chunks(determinations.length, 3_000, (i) => determinations[i]!),
  );

  // ---- supervision items
  const [itemsBefore] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(supervisionItem)
    .where(eq(supervisionItem.campaignId, c.id));
  const itemDays = Array.from({ length: scale.supervisionItems }, () => dayOf(random)).sort((a, b) => a - b);
  counts.supervision_item = await insertAll(
    db,
    supervisionItem,
    chunks(scale.supervisionItems, 2_000, (i) => {
      const day = itemDays[i]!;
      const createdAt = officeTime(random, day);
      const area = random.chance(0.35) ? cityArea : random.pick(areas);
      const target = random.pick(area.units);
      const domain = random.pick(DOMAIN_CODES);
      const due = day + random.int(15, 90) * DAY;
      const overdue = due < AS_OF.getTime();
      const status = random.weighted(
        overdue
          ? {
              closed: 62,
              in_progress: 14,
              completion_requested: 6,
              reviewed: 4,
              returned: 4,
              accepted: 4,
              suspended: 3,
              rejected_assignment: 3,
            }
          : {
              registered: 4,
              assigned: 12,
              accepted: 14,
              in_progress: 40,
              completion_requested: 10,
              reviewed: 5,
              closed: 12,
              returned: 3,
            },
      );
      const source = random.weighted({ decision: 55, leader_instruction: 30, other: 15 });
      const text = supervisionText(random, domain, target.name);
      const leader = personsOf.get(target.id)?.find((p) => p.leader);
      const closedAt =
        status === 'closed' ? Math.min(due + random.int(-30, 10) * DAY, AS_OF.getTime() - DAY) : null;
      return {
        id: random.id(createdAt),
        campaignId: c.id,
        code: `督-${c.year}-${String(itemsBefore!.n + i + 1).padStart(4, '0')}`,
        domainId: domains.get(domain) ?? null,
        source,
        instruction: source === 'leader_instruction' ? `请${target.name}抓紧落实，按期报结果。` : null,
        instructingLeader:
          source === 'leader_instruction' ? random.pick(['孙市长', '常务副市长', '分管副市长']) : null,
        title: text.title,
        task: text.task,
        unitId: target.id,
        responsiblePersonId: leader?.id ?? null,
        assignedByUnitId: area.assignerId,
        status,
        dueDate: iso(due),
        progress:
          status === 'closed' || status === 'reviewed'
            ? 100
            : status === 'registered' || status === 'assigned'
              ? 0
              : random.int(10, 90),
        createdBy: account(area === cityArea ? 'office' : 'county.office'),
        createdAt: new Date(createdAt),
        closedAt: closedAt ? new Date(Math.max(closedAt, createdAt + DAY)) : null,
        updatedAt: new Date(closedAt ?? createdAt + random.int(0, 30) * DAY),
      };
    }),
  );

  // ---- the rectification ledger
  const ledgerDays = Array.from({ length: scale.rectificationItems }, () => dayOf(random)).sort(
    (a, b) => a - b,
  );
  counts.rectification_item = await insertAll(
    db,
    rectificationItem,
    chunks(scale.rectificationItems, 2_500, (i) => {
      const day = ledgerDays[i]!;
      const createdAt = officeTime(random, day);
      const area = random.pick(areas);
      const target = random.pick(area.units);
      const domain = random.pick(DOMAIN_CODES);
      const conduct = random.pick(CONDUCT_TYPES);
      const due = day + random.int(20, 120) * DAY;
      const status = random.weighted(
        due < AS_OF.getTime()
          ? { signed_off: 60, confirmed: 10, completion_claimed: 10, rectifying: 17, pending: 3 }
          : { pending: 15, rectifying: 50, completion_claimed: 15, signed_off: 17, confirmed: 3 },
      );
      const source = random.weighted({
        self_inspection: 55,
        inspection_finding: 25,
        supervision_item: 12,
        suggestion: 8,
      });
      const text = rectificationText(random, domain, conduct);
      const closed = status === 'signed_off' || status === 'confirmed';
      const closedAt = closed ? Math.min(due + random.int(-40, 5) * DAY, AS_OF.getTime() - DAY) : null;
      const responsible = personsOf.get(target.id)?.[0];
      return {
        id: random.id(createdAt),
        campaignId: c.id,
        unitId: target.id,
        source,
        sourceLabel:
          source === 'self_inspection'
            ? '自查自纠'
            : source === 'inspection_finding'
              ? `${c.year}年第${random.int(1, 4)}轮督查发现问题`
              : source === 'supervision_item'
                ? '督办事项转整改'
                : '意见建议征集',
        problem: text.problem,
        domainId: domains.get(domain) ?? null,
        conduct,
        measures: text.measures,
        responsiblePerson: responsible?.name ?? null,
        dueDate: iso(due),
        status,
        completion: status === 'completion_claimed' || closed ? text.completion : null,
        closedAt: closedAt ? new Date(Math.max(closedAt, createdAt + DAY)) : null,
        createdBy: account(area === cityArea ? 'office' : 'county.office'),
        createdAt: new Date(createdAt),
        updatedAt: new Date(closedAt ?? createdAt),
      };
    }),
  );

  // ---- an evaluation round of the whole city: its ballots, awaiting approval
  const base = {
    scale: 'satisfaction' as const,
    levelScores: { satisfied: 100, basically_satisfied: 70, dissatisfied: 30 },
    indicators: DEFAULT_INDICATORS,
  };
  const roundId = random.id(Date.parse('2026-10-20T01:00:00Z'));
  await db.insert(evaluationRound).values({
    id: roundId,
    campaignId: c.id,
    unitId: root.id,
    status: 'closed',
    title: `${c.year}年度全市作风建设群众评议`,
    description: '对市直部门和县（市、区）人民政府全年履职尽责、作风建设情况开展评议。',
    trimExtremes: true,
    opensAt: new Date('2026-10-26T00:00:00Z'),
    closesAt: new Date('2026-11-15T16:00:00Z'),
    categories: DEFAULT_CATEGORIES,
    groups: DEFAULT_GROUPS,
    mutualPairs: DEFAULT_MUTUAL_PAIRS,
    createdBy: account('office'),
    createdAt: new Date('2026-10-20T01:00:00Z'),
    updatedAt: new Date('2026-11-16T01:00:00Z'),
    ...base,
  });
  counts.evaluation_round = 1;
  const targets = [
    ...demoUnits
      .filter((u) => /^C0(0[3-9]|1[0-4])$/.test(u.code ?? ''))
      .map((u) => ({ unitId: u.id, category: 'city_department' })),
    ...units
      .filter((u) => u.kind === 'department' && u.level === 'city')
      .map((u) => ({ unitId: u.id, category: 'city_department' })),
    ...areas.slice(1).map((a) => ({ unitId: a.governmentId, category: 'county_government' })),
  ].map((t) => ({ ...t, id: random.id(Date.parse('2026-10-20T01:00:00Z')), roundId }));
  counts.evaluation_target = await insertAll(
    db,
    evaluationTarget,
    chunks(targets.length, 2_000, (i) => targets[i]!),
  );
  const standing = new Map(targets.map((t) => [t.id, random.next()]));
  const level = (bias: number) => {
    if (random.chance(0.04)) return 'unknown' as const;
    const x = random.next() * 0.6 + bias * 0.5;
    return x > 0.62
      ? ('satisfied' as const)
      : x > 0.38
        ? ('basically_satisfied' as const)
        : ('dissatisfied' as const);
  };
  const opens = Date.parse('2026-10-26T00:00:00Z');
  counts.ballot = await insertAll(
    db,
    ballot,
    chunks(scale.ballots, 3_000, (i) => {
      const target = targets[i % targets.length]!;
      const g = random.weighted({
        npc_deputy: 3,
        cppcc_member: 3,
        democratic_party: 1,
        worker: 2,
        third_party: 1,
        urban_resident: 55,
        rural_resident: 30,
        mutual: 5,
      });
      const channel =
        g === 'mutual' ? 'mutual' : g === 'urban_resident' || g === 'rural_resident' ? 'public' : 'token';
      const answers = Object.fromEntries(
        DEFAULT_INDICATORS.map((x) => [x.key, level(standing.get(target.id)!)]),
      );
      return {
        id: random.id(opens + Math.floor((i / scale.ballots) * 20 * DAY)),
        roundId,
        targetId: target.id,
        group: g,
        channel,
        // Unique per target by construction (the voter's number), as the app's keyed hashes are.
        voterKey: `${channel}:${Math.floor(i / targets.length)}`,
        answers,
        score: ballotScore(base, answers),
        createdAt: new Date(opens + Math.floor((i / scale.ballots) * 20 * DAY)),
      };
    }),
  );

  // ---- key tasks (三个清单), with their responsible persons
  const taskRows: (typeof keyTask.$inferInsert)[] = [];
  const taskPersons: (typeof keyTaskPerson.$inferInsert)[] = [];
  for (let i = 0; i < scale.keyTasks; i++) {
    const area = random.chance(0.3) ? cityArea : random.pick(areas);
    const target = random.pick(area.units);
    const domain = random.pick(DOMAIN_CODES);
    const t = DOMAIN_TEXT[domain];
    const createdAt = officeTime(random, dayOf(random, FIRST_DAY, Date.parse('2026-04-30T00:00:00Z')));
    const due = createdAt + random.int(60, 300) * DAY;
    const progress =
      due < AS_OF.getTime()
        ? random.weighted({ 100: 75, 80: 10, 60: 10, 30: 5 })
        : random.weighted({ 100: 15, 70: 30, 50: 30, 20: 20, 0: 5 });
    const id = random.id(createdAt);
    taskRows.push({
      id,
      campaignId: c.id,
      domainId: domains.get(domain) ?? null,
      unitId: target.id,
      title: `${random.pick(t.measures)}（${random.pick(t.objects)}）`,
      target: `年底前${random.pick(t.objects)}方面“${random.pick(t.problems)}”问题全部整改到位，群众满意率达到90%以上。`,
      dueDate: iso(due),
      setByUnitId: area.assignerId,
      progress: Number(progress),
      completedAt:
        progress === '100' ? new Date(Math.min(due - random.int(0, 20) * DAY, AS_OF.getTime() - DAY)) : null,
      createdBy: account(area === cityArea ? 'office' : 'county.office'),
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    });
    for (const p of random.sample(personsOf.get(target.id) ?? [], random.int(1, 2)))
      taskPersons.push({ taskId: id, personId: p.id });
  }
  counts.key_task = await insertAll(
    db,
    keyTask,
    chunks(taskRows.length, 2_000, (i) => taskRows[i]!),
  );
  counts.key_task_person = await insertAll(
    db,
    keyTaskPerson,
    chunks(taskPersons.length, 5_000, (i) => taskPersons[i]!),
  );

  // ---- suggestions (意见建议征集): answered, published (open data) and closed ones
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const suggestionDays = Array.from({ length: scale.suggestions }, () => dayOf(random)).sort((a, b) => a - b);
  counts.suggestion = await insertAll(
    db,
    suggestion,
    chunks(scale.suggestions, 2_000, (i) => {
      const createdAt = officeTime(random, suggestionDays[i]!);
      const area = random.pick(areas);
      const target = random.pick(area.units);
      const domain = random.pick(DOMAIN_CODES);
      const t = DOMAIN_TEXT[domain];
      const object = random.pick(t.objects);
      const status = random.weighted({ received: 20, answered: 25, published: 40, closed: 15 });
      const answeredAt =
        status === 'received'
          ? null
          : Math.min(createdAt + random.int(2, 25) * DAY, AS_OF.getTime() - 3600_000);
      const channel = random.weighted({ public: 80, staff: 20 });
      return {
        id: random.id(createdAt),
        trackingCode: `SG${Array.from({ length: 10 }, () => random.pick([...alphabet])).join('')}`,
        campaignId: c.id,
        unitId: target.id,
        domainId: domains.get(domain) ?? null,
        channel,
        title: `关于${target.name}${object}的建议`,
        content: `建议${target.name}针对${object}${random.pick(t.problems)}的情况，${random.pick(t.measures)}，并向社会公开办理结果。`,
        submittedBy: channel === 'staff' ? account('dept.clerk') : null,
        status,
        answer: answeredAt ? `感谢您的建议。我单位已${random.pick(t.measures)}，将持续跟踪落实。` : null,
        answeredBy: answeredAt ? account('dept.head') : null,
        answeredAt: answeredAt ? new Date(answeredAt) : null,
        isPublic: status === 'published',
        publishedAt: status === 'published' ? new Date(answeredAt! + 3600_000) : null,
        createdAt: new Date(createdAt),
        updatedAt: new Date(answeredAt ?? createdAt),
      };
    }),
  );

  // ---- monthly reports: every owing unit's months before the demo's last one, most on time
  // Their snapshots count the rows above: with statistics first, or each count plans a scan per unit.
  await db.execute(sql`analyze`);
  const plan = (await findCampaignPlan(db, c.id))!;
  const months = endedMonths(plan.startDate, plan.endDate, iso(AS_OF.getTime())).slice(0, -1);
  const owing = await owingUnitsOf(db, plan);
  const monthly: (typeof monthlyReport.$inferInsert)[] = [];
  for (const u of owing)
    for (const month of months) {
      const [y, m] = month.split('-').map(Number) as [number, number];
      // Due on the campaign's report day of the next month; a few a little late, a few never sent.
      const submitted = Date.UTC(
        y,
        m,
        plan.reportDay - random.int(0, 4) + (random.chance(0.12) ? random.int(2, 8) : 0),
        2,
      );
      const state = random.weighted({ submitted: 90, returned: 3, awaiting_approval: 2, missing: 5 });
      if (state === 'missing') continue;
      const at = new Date(submitted);
      monthly.push({
        id: random.id(submitted),
        campaignId: c.id,
        unitId: u.unitId,
        month,
        role: u.role,
        status: state,
        narrative: `${month.replace('-', '年')}月，${u.unitName}牵头推进懒政怠政为官不为问责工作：受理问题线索${random.int(3, 40)}件，办结督办事项${random.int(2, 30)}件，整改台账销号${random.int(5, 80)}项。`,
        editedAt: at,
        returnReason: state === 'returned' ? '请补充本月问题线索处置的具体数据。' : null,
        submittedAt: state === 'submitted' ? at : null,
        submittedBy: state === 'submitted' ? account('office') : null,
        snapshot: state === 'submitted' ? await snapshotAt(db, plan, { ...u, month }, at) : null,
        createdAt: at,
        updatedAt: at,
      });
    }
  counts.monthly_report = await insertAll(
    db,
    monthlyReport,
    chunks(monthly.length, 500, (i) => monthly[i]!),
  );

  await db.execute(sql`analyze`);
  return counts;
}

/** Rows per table as they stand (the demo's and the generated ones). */
export async function tableCounts(db: Db, tables: string[]): Promise<Counts> {
  const out: Counts = {};
  for (const t of tables) {
    const r = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(t)}` as SQL,
    );
    out[t] = Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
  }
  return out;
}
