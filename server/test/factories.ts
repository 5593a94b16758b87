import { randomBytes } from 'node:crypto';
import type {
  CaseStatus,
  DataScope,
  DutyStatementStatus,
  EvaluationRoundStatus,
  ExemplarStatus,
  LeadStatus,
  NoticeStatus,
  RectificationSource,
  RectificationStatus,
  Role,
  SpotCheckPlanStatus,
  SupervisionItemStatus,
} from '@zeren/contracts';
import { and, eq } from 'drizzle-orm';
import { newId } from '../src/db/columns';
import {
  accountabilityCase,
  caseRequirement,
  determination,
  exemptionRequest,
  lead,
  publicReport,
} from '../src/modules/accountability/accountability.table';
import { campaign, campaignDomain, campaignPhase } from '../src/modules/campaign/campaign.table';
import { dutyItem, dutyItemVersion } from '../src/modules/duties/duties.table';
import { replaceTargets } from '../src/modules/evaluation/evaluation.repository';
import { evaluationRound, evaluationTarget, exemplar } from '../src/modules/evaluation/evaluation.table';
import { keyTask, keyTaskPerson } from '../src/modules/key-tasks/key-tasks.table';
import { monthlyReport } from '../src/modules/monthly-reports/monthly-reports.table';
import { notice } from '../src/modules/notices/notices.table';
import { rectificationItem } from '../src/modules/rectification/rectification.table';
import { canonicalDrawInput, commitmentOf, seedOf } from '../src/modules/spot-checks/draw';
import {
  spotCheckAssignment,
  spotCheckFinding,
  spotCheckInspector,
  spotCheckItem,
  spotCheckPlan,
  spotCheckRosterTarget,
  spotCheckTarget,
} from '../src/modules/spot-checks/spot-checks.table';
import { commitment, dutyStatement, statementComment } from '../src/modules/statements/statements.table';
import { suggestion } from '../src/modules/suggestions/suggestions.table';
import {
  supervisionCriticism,
  supervisionItem,
  supervisionReminder,
} from '../src/modules/supervision/supervision.table';
import { canonicalJson } from '../src/platform/audit/canonical';
import { SESSION_COOKIE } from '../src/platform/auth/auth.service';
import { hashPassword } from '../src/platform/auth/password';
import { session } from '../src/platform/auth/session.table';
import { hmacSm3 } from '../src/platform/crypto';
import { extensionRequest } from '../src/platform/extensions/extension.table';
import { fileBlob, storedFile } from '../src/platform/files/files.table';
import { notification } from '../src/platform/notifications/notifications.table';
import { person, roleAssignment, roleGrant, unit, userAccount } from '../src/platform/org/org.table';
import type { TestApp } from './harness';

let counter = 0;

/** The password of every factory account (a step like revealing a reporter asks for it again). */
export const FACTORY_PASSWORD = 'Matrix-Test-2026!';
let passwordHash: Promise<string> | undefined;
const factoryPasswordHash = () => {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  return passwordHash;
};
/** A short unique suffix for codes, usernames and years within one test file. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * Records made straight in the database, for tests that need many of them in a given state
 * (the permission matrix). Each factory creates what it is asked for and nothing visible to
 * other tests; ids come back for the requests.
 */
export class Factories {
  private units = new Map<string, { id: string; path: string }>();
  private demoCampaignId: string | null = null;
  private reportMonths = new Map<string, number>();

  constructor(private readonly t: TestApp) {}

  private get db() {
    return this.t.database.db;
  }

  private get now() {
    return this.t.clock.now();
  }

  /** A demo unit by its code (demo-data.ts). */
  async unit(code: string): Promise<{ id: string; path: string }> {
    let found = this.units.get(code);
    if (!found) {
      const [row] = await this.db
        .select({ id: unit.id, path: unit.path })
        .from(unit)
        .where(eq(unit.code, code));
      if (!row) throw new Error(`no demo unit ${code}`);
      found = row;
      this.units.set(code, found);
    }
    return found;
  }

  async unitId(code: string): Promise<string> {
    return (await this.unit(code)).id;
  }

  async person(unitCode: string, name = '测试人员'): Promise<string> {
    const [row] = await this.db
      .insert(person)
      .values({ unitId: await this.unitId(unitCode), name, createdAt: this.now, updatedAt: this.now })
      .returning({ id: person.id });
    return row!.id;
  }

  /** An account with the given role assignments (no password check: sessions are made directly). */
  async account(
    unitCode: string,
    roles: { role: Role; dataScope: DataScope; unit: string }[],
  ): Promise<{ id: string; personId: string }> {
    const personId = await this.person(unitCode);
    const [row] = await this.db
      .insert(userAccount)
      .values({
        username: `t.${unique()}`,
        // Signs in through sessions made directly; the password is for steps that ask for it again.
        passwordHash: await factoryPasswordHash(),
        personId,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: userAccount.id });
    for (const r of roles)
      await this.db.insert(roleAssignment).values({
        userId: row!.id,
        role: r.role,
        dataScope: r.dataScope,
        unitId: await this.unitId(r.unit),
        createdAt: this.now,
      });
    return { id: row!.id, personId };
  }

  /** A pending grant (evaluator, own unit) for a new account of a unit, requested by nobody in particular. */
  async roleGrant(unitCode: string): Promise<string> {
    const owner = await this.account(unitCode, []);
    const [row] = await this.db
      .insert(roleGrant)
      .values({
        userId: owner.id,
        role: 'evaluator',
        dataScope: 'self_unit',
        unitId: await this.unitId(unitCode),
        status: 'pending',
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: roleGrant.id });
    return row!.id;
  }

  /** A live session of a user: its id and the cookie header that presents it. */
  async session(userId: string): Promise<{ id: string; cookie: string }> {
    const token = randomBytes(32).toString('base64url');
    const [row] = await this.db
      .insert(session)
      .values({
        tokenHash: hmacSm3(this.t.config.sessionSecret, token),
        userId,
        createdAt: this.now,
        lastSeenAt: this.now,
        expiresAt: new Date(this.now.getTime() + 12 * 3_600_000),
      })
      .returning({ id: session.id });
    return { id: row!.id, cookie: `${SESSION_COOKIE}=${token}` };
  }

  /** A list item of a unit whose latest version has `status` (a published one exists for 'published'). */
  async dutyItem(
    unitCode: string,
    status: 'draft' | 'submitted' | 'returned' | 'published',
  ): Promise<string> {
    const unitId = await this.unitId(unitCode);
    const [item] = await this.db
      .insert(dutyItem)
      .values({
        unitId,
        kind: 'power',
        code: `T-${unique()}`,
        publishedVersion: status === 'published' ? 1 : null,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: dutyItem.id });
    await this.db.insert(dutyItemVersion).values({
      itemId: item!.id,
      unitId,
      version: 1,
      status,
      name: '测试事项',
      ...(status === 'published' ? { publishedAt: this.now } : {}),
      createdAt: this.now,
      updatedAt: this.now,
    });
    return item!.id;
  }

  /** The demo city's active campaign. */
  async demoCampaign(): Promise<string> {
    if (!this.demoCampaignId) {
      const [row] = await this.db
        .select({ id: campaign.id })
        .from(campaign)
        .where(eq(campaign.unitId, await this.unitId('C000')));
      this.demoCampaignId = row!.id;
    }
    return this.demoCampaignId;
  }

  /** A key task of a unit with one responsible person of that unit; its deadline set by `setBy`. */
  async keyTask(unitCode: string, setBy = unitCode): Promise<string> {
    const unitId = await this.unitId(unitCode);
    const [task] = await this.db
      .insert(keyTask)
      .values({
        campaignId: await this.demoCampaign(),
        unitId,
        setByUnitId: await this.unitId(setBy),
        title: '测试任务',
        target: '测试目标',
        dueDate: '2026-09-30',
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: keyTask.id });
    await this.db.insert(keyTaskPerson).values({ taskId: task!.id, personId: await this.person(unitCode) });
    return task!.id;
  }

  /** A supervision item of a unit in the given status, assigned by `assignedBy` (default: the unit itself). */
  async supervisionItem(
    unitCode: string,
    status: SupervisionItemStatus = 'in_progress',
    assignedBy = unitCode,
  ): Promise<string> {
    const [item] = await this.db
      .insert(supervisionItem)
      .values({
        campaignId: await this.demoCampaign(),
        code: `督-测试-${unique()}`,
        source: 'decision',
        title: '测试督办事项',
        task: '测试督办内容',
        unitId: await this.unitId(unitCode),
        assignedByUnitId: await this.unitId(assignedBy),
        status,
        dueDate: '2026-09-30',
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: supervisionItem.id });
    return item!.id;
  }

  /** A reminder (催办) of a new item of a unit, by the ladder or by a person; the reminder's id. */
  async supervisionReminder(unitCode: string, kind: 'ladder' | 'manual' = 'manual'): Promise<string> {
    const itemId = await this.supervisionItem(unitCode);
    const [row] = await this.db
      .insert(supervisionReminder)
      .values({
        itemId,
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        kind,
        message: kind === 'manual' ? '请加快办理进度' : null,
        dueDate: '2026-09-30',
        remindedOn: '2026-05-29',
        remindedAt: this.now,
      })
      .returning({ id: supervisionReminder.id });
    return row!.id;
  }

  /** A criticism (通报批评) the ladder recorded of an overdue item of a unit. */
  async criticism(unitCode: string): Promise<string> {
    const itemId = await this.supervisionItem(unitCode);
    const [row] = await this.db
      .insert(supervisionCriticism)
      .values({
        itemId,
        unitId: await this.unitId(unitCode),
        dueDate: '2026-05-29',
        workingDaysOverdue: 5,
        createdAt: this.now,
      })
      .returning({ id: supervisionCriticism.id });
    return row!.id;
  }

  /** A notice issued by a unit, in the given status, written by `authorIds` (default: nobody here). */
  async notice(unitCode: string, status: NoticeStatus = 'draft', authorIds: string[] = []): Promise<string> {
    const [row] = await this.db
      .insert(notice)
      .values({
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        kind: 'free_text',
        visibility: 'internal',
        status,
        issuer: '测试发文机关',
        title: `测试通报${unique()}`,
        recipients: '各单位',
        body: [{ heading: '基本情况', paragraphs: ['测试正文'] }],
        signature: '测试发文机关',
        authorIds,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: notice.id });
    return row!.id;
  }

  /** A duty statement of a unit in the given status (with a body, so it can be signed). */
  async dutyStatement(
    unitCode: string,
    status: DutyStatementStatus = 'draft',
    authorIds: string[] = [],
  ): Promise<string> {
    const [row] = await this.db
      .insert(dutyStatement)
      .values({
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        status,
        title: `测试述责报告${unique()}`,
        body: '<p>测试正文</p>',
        authorIds,
        publishedAt: status === 'published' ? this.now : null,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: dutyStatement.id });
    return row!.id;
  }

  /** A commitment (due in a month) of a new statement of a unit in the given status. */
  async commitment(unitCode: string, statementStatus: DutyStatementStatus = 'draft'): Promise<string> {
    const statementId = await this.dutyStatement(unitCode, statementStatus);
    const [row] = await this.db
      .insert(commitment)
      .values({
        statementId,
        unitId: await this.unitId(unitCode),
        promise: `测试承诺${unique()}`,
        startDate: '2026-06-01',
        workingDays: 22,
        dueDate: '2026-07-01',
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: commitment.id });
    return row!.id;
  }

  /** A public comment, pending, on a new published statement of a unit. */
  async statementComment(unitCode: string): Promise<string> {
    const [row] = await this.db
      .insert(statementComment)
      .values({
        statementId: await this.dutyStatement(unitCode, 'published'),
        displayName: '市民',
        body: `测试留言${unique()}`,
        status: 'pending',
        createdAt: this.now,
      })
      .returning({ id: statementComment.id });
    return row!.id;
  }

  /**
   * An evaluation round organised by a unit, open from yesterday for a month: two groups (人大代表
   * by token, 互评 from category a to b), the given targets (default: the organiser itself, in a).
   */
  async evaluationRound(
    unitCode: string,
    status: EvaluationRoundStatus = 'draft',
    targets: { unit: string; category: 'a' | 'b' }[] = [{ unit: unitCode, category: 'a' }],
  ): Promise<string> {
    const day = 86_400_000;
    const [row] = await this.db
      .insert(evaluationRound)
      .values({
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        status,
        title: `测试评议${unique()}`,
        description: '',
        scale: 'satisfaction',
        levelScores: { satisfied: 100, basically_satisfied: 70, dissatisfied: 30 },
        trimExtremes: false,
        opensAt: new Date(this.now.getTime() - day),
        closesAt: new Date(this.now.getTime() + 30 * day),
        categories: [
          { key: 'a', name: '甲类' },
          { key: 'b', name: '乙类' },
        ],
        groups: [
          { group: 'npc_deputy', name: '人大代表', weight: 60, channel: 'token' },
          { group: 'mutual', name: '互评', weight: 40, channel: 'mutual' },
        ],
        indicators: [{ key: 'conduct', name: '工作作风' }],
        mutualPairs: [{ from: 'a', to: 'b' }],
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: evaluationRound.id });
    await replaceTargets(
      this.db,
      row!.id,
      await Promise.all(
        targets.map(async (x) => ({ unitId: await this.unitId(x.unit), category: x.category })),
      ),
    );
    return row!.id;
  }

  /** The id of a round's target for a unit. */
  async evaluationTarget(roundId: string, unitCode: string): Promise<string> {
    const unitId = await this.unitId(unitCode);
    const [row] = await this.db
      .select({ id: evaluationTarget.id })
      .from(evaluationTarget)
      .where(and(eq(evaluationTarget.roundId, roundId), eq(evaluationTarget.unitId, unitId)));
    return row!.id;
  }

  /** An exemplar a unit nominated (itself), in the given status, by no one of the test. */
  async exemplar(unitCode: string, status: ExemplarStatus = 'nominated'): Promise<string> {
    const unitId = await this.unitId(unitCode);
    const [row] = await this.db
      .insert(exemplar)
      .values({
        campaignId: await this.demoCampaign(),
        unitId,
        kind: 'unit',
        nomineeUnitId: unitId,
        nomineeName: `测试典型${unique()}`,
        title: '测试事迹',
        citation: '测试事迹材料',
        status,
        publishedAt: status === 'published' ? this.now : null,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: exemplar.id });
    return row!.id;
  }

  /** A ledger item of a unit in the given status, from the given source. */
  async rectificationItem(
    unitCode: string,
    status: RectificationStatus = 'rectifying',
    source: RectificationSource = 'self_inspection',
    /** For an inspection's finding: a person on the team of the finding's target. */
    teamPersonId?: string,
  ): Promise<string> {
    // An item from an inspection stands on a real finding: its team alone confirms the item.
    const sourceId =
      source === 'inspection_finding' ? await this.spotCheckFinding(unitCode, teamPersonId) : null;
    const [item] = await this.db
      .insert(rectificationItem)
      .values({
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        source,
        sourceId,
        problem: `测试整改问题 ${unique()}`,
        dueDate: '2026-09-30',
        status,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: rectificationItem.id });
    return item!.id;
  }

  /** The person of an account. */
  async personOfAccount(userId: string): Promise<string> {
    const [row] = await this.db
      .select({ personId: userAccount.personId })
      .from(userAccount)
      .where(eq(userAccount.id, userId));
    return row!.personId;
  }

  /** An entry of an organiser's target roster naming 东门街道办事处 (never a matrix position). */
  async spotCheckRosterTarget(organiserCode: string): Promise<string> {
    const unitId = await this.unitId(organiserCode);
    const targetUnitId = await this.unitId('K110');
    const [found] = await this.db
      .select({ id: spotCheckRosterTarget.id })
      .from(spotCheckRosterTarget)
      .where(
        and(eq(spotCheckRosterTarget.unitId, unitId), eq(spotCheckRosterTarget.targetUnitId, targetUnitId)),
      );
    if (found) return found.id;
    const [row] = await this.db
      .insert(spotCheckRosterTarget)
      .values({ unitId, targetUnitId, createdAt: this.now, updatedAt: this.now })
      .returning({ id: spotCheckRosterTarget.id });
    return row!.id;
  }

  /** An inspector on an organiser's roster: a new person of `personUnitCode` (default 市政府督查室). */
  async spotCheckInspector(
    organiserCode: string,
    personUnitCode = 'C001',
  ): Promise<{ id: string; personId: string }> {
    const personId = await this.person(personUnitCode);
    const [row] = await this.db
      .insert(spotCheckInspector)
      .values({
        unitId: await this.unitId(organiserCode),
        personId,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: spotCheckInspector.id });
    return { id: row!.id, personId };
  }

  /** A check item of an organiser. */
  async spotCheckItem(organiserCode: string): Promise<string> {
    const [row] = await this.db
      .insert(spotCheckItem)
      .values({
        unitId: await this.unitId(organiserCode),
        code: `T-${unique()}`,
        title: '测试抽查事项',
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: spotCheckItem.id });
    return row!.id;
  }

  /**
   * A key-check plan of an organiser in `status` (one target, two inspectors each). From
   * 'committed' on it holds a draw input it can draw from (two more inspectors of 市政府督查室 join
   * the roster, so every target of it has two free of conflicts), committed the day before.
   */
  async spotCheckPlan(organiserCode: string, status: SpotCheckPlanStatus = 'draft'): Promise<string> {
    const unitId = await this.unitId(organiserCode);
    const id = newId();
    const plan = {
      id,
      kind: 'key' as const,
      targetCount: 1,
      ratioCapPercent: null,
      inspectorsPerTarget: 2,
    };
    let frozen = {};
    if (status !== 'draft') {
      await this.spotCheckRosterTarget(organiserCode);
      await this.spotCheckInspector(organiserCode);
      await this.spotCheckInspector(organiserCode);
      const targets = await this.db
        .select({ id: spotCheckRosterTarget.id, unitId: spotCheckRosterTarget.targetUnitId })
        .from(spotCheckRosterTarget)
        .where(and(eq(spotCheckRosterTarget.unitId, unitId), eq(spotCheckRosterTarget.active, true)));
      const inspectors = await this.db
        .select({
          id: spotCheckInspector.id,
          personId: spotCheckInspector.personId,
          unitId: person.unitId,
          conflicts: spotCheckInspector.conflicts,
        })
        .from(spotCheckInspector)
        .innerJoin(person, eq(person.id, spotCheckInspector.personId))
        .where(and(eq(spotCheckInspector.unitId, unitId), eq(spotCheckInspector.active, true)));
      const input = canonicalDrawInput({
        algorithm: 'zeren-spot-check-draw/1',
        plan,
        targets,
        inspectors: inspectors.map((i) => ({ ...i, conflictUnitIds: i.conflicts.map((c) => c.unitId) })),
      });
      const text = canonicalJson(input);
      const commitment = commitmentOf(text);
      frozen = {
        drawInput: text,
        commitment,
        committedAt: new Date(this.now.getTime() - 86_400_000),
        eligibleTargets: targets.length,
        eligibleInspectors: inspectors.length,
      };
      // Past the draw: what the draw stored (its targets are the caller's to add).
      if (status !== 'committed')
        frozen = {
          ...frozen,
          publicValue: '1',
          publicValueSource: '测试公开数值',
          publicValueDate: '2026-06-01',
          seed: seedOf(commitment, '1'),
          algorithm: 'zeren-spot-check-draw/1',
          drawSteps: [],
          drawnAt: this.now,
          ...(status === 'published' ? { publishedAt: this.now } : {}),
        };
    }
    await this.db.insert(spotCheckPlan).values({
      ...plan,
      campaignId: await this.demoCampaign(),
      code: `抽-测试-${unique()}`,
      unitId,
      title: '测试抽查计划',
      checkItemIds: [await this.spotCheckItem(organiserCode)],
      status,
      ...frozen,
      createdAt: this.now,
      updatedAt: this.now,
    });
    return id;
  }

  /**
   * A drawn target of a unit, in a plan of that unit in progress, with `inspectorPersonId` among
   * its two inspectors (and one more of 市政府督查室).
   */
  async spotCheckTarget(unitCode: string, inspectorPersonId?: string): Promise<string> {
    const planId = await this.spotCheckPlan(unitCode, 'in_progress');
    const [row] = await this.db
      .insert(spotCheckTarget)
      .values({
        planId,
        unitId: await this.unitId(unitCode),
        rosterId: await this.spotCheckRosterTarget(unitCode),
        ordinal: 1,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: spotCheckTarget.id });
    const other = await this.spotCheckInspector(unitCode);
    const people = [other.personId, inspectorPersonId ?? (await this.spotCheckInspector(unitCode)).personId];
    await this.db
      .insert(spotCheckAssignment)
      .values(
        people.map((personId, n) => ({ targetId: row!.id, rosterId: other.id, personId, ordinal: n + 1 })),
      );
    return row!.id;
  }

  /** A finding not yet disposed of, at a target of a unit (with `inspectorPersonId` on its team). */
  async spotCheckFinding(unitCode: string, inspectorPersonId?: string): Promise<string> {
    const targetId = await this.spotCheckTarget(unitCode, inspectorPersonId);
    const [target] = await this.db.select().from(spotCheckTarget).where(eq(spotCheckTarget.id, targetId));
    const [row] = await this.db
      .insert(spotCheckFinding)
      .values({
        planId: target!.planId,
        targetId,
        unitId: target!.unitId,
        problem: '测试问题',
        conduct: 'inaction',
        severity: 'minor',
        createdAt: this.now,
      })
      .returning({ id: spotCheckFinding.id });
    return row!.id;
  }

  /** A suggestion to a unit in the given status. */
  async suggestion(
    unitCode: string,
    status: 'received' | 'answered' | 'published' | 'closed',
  ): Promise<string> {
    const answered = status !== 'received';
    const [row] = await this.db
      .insert(suggestion)
      .values({
        trackingCode: `SG${randomBytes(5).toString('hex').toUpperCase()}`,
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        channel: 'staff',
        title: '测试建议',
        content: '测试内容',
        status,
        answer: answered ? '测试答复' : null,
        answeredAt: answered ? this.now : null,
        isPublic: status === 'published',
        publishedAt: status === 'published' ? this.now : null,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: suggestion.id });
    return row!.id;
  }

  /**
   * A monthly report of a unit in the demo campaign in `status`, each for a month of its own
   * (2005–2025: years whose holiday schedule the calendar holds).
   */
  async monthlyReport(
    unitCode: string,
    status: 'draft' | 'awaiting_approval' | 'returned' | 'submitted' = 'draft',
  ): Promise<string> {
    const n = this.reportMonths.get(unitCode) ?? 0;
    this.reportMonths.set(unitCode, n + 1);
    const month = `${2005 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
    const [row] = await this.db
      .insert(monthlyReport)
      .values({
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        month,
        role: 'domain_lead',
        status,
        narrative: '测试月报',
        editedAt: this.now,
        submittedAt: status === 'submitted' ? this.now : null,
        snapshot: status === 'submitted' ? { figures: [], dueDate: `${month}-28`, late: false } : null,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: monthlyReport.id });
    return row!.id;
  }

  /** A campaign of a government in `status`, for a year no other campaign of it holds. */
  async campaign(govCode: string, status: 'draft' | 'active' | 'closed', year: number): Promise<string> {
    const id = newId();
    await this.db.insert(campaign).values({
      id,
      name: `测试活动 ${year}`,
      year,
      unitId: await this.unitId(govCode),
      status,
      reportDay: 5,
      createdAt: this.now,
      updatedAt: this.now,
    });
    await this.db.insert(campaignPhase).values(phasesOf(year).map((p) => ({ ...p, campaignId: id })));
    return id;
  }

  /** A local domain (自选动作) of a campaign. */
  async domain(campaignId: string): Promise<string> {
    const [row] = await this.db
      .insert(campaignDomain)
      .values({
        campaignId,
        title: `测试领域 ${unique()}`,
        isLocal: true,
        sortOrder: 100,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: campaignDomain.id });
    return row!.id;
  }

  /** An uploaded file of a unit, not yet attached to a record. */
  /** The demo supervisor's account: the handler and proposer of factory cases (never a matrix principal). */
  private async demoSupervisor(): Promise<string> {
    const [row] = await this.db
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(eq(userAccount.username, 'supervisor'));
    return row!.id;
  }

  /**
   * A lead held by a unit, in a status, about 市发展改革委 (never a matrix principal's unit, so no
   * principal is kept from it by recusal). `named`: a public report with a named reporter.
   */
  async lead(unitCode: string, status: LeadStatus = 'received', named = false): Promise<string> {
    const [row] = await this.db
      .insert(lead)
      .values({
        code: `XS-T-${unique()}`,
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        source: named ? 'public_report' : 'superior_assignment',
        summary: `测试线索 ${unique()}`,
        details: '测试线索内容',
        concernedUnitIds: [await this.unitId('C004')],
        receivedOn: '2026-05-20',
        dueDate: '2026-09-30',
        status,
        ...(status === 'shelved' ? { disposal: 'shelved' as const } : {}),
        anonymous: named ? false : null,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: lead.id });
    if (named)
      await this.db.insert(publicReport).values({
        leadId: row!.id,
        lookupKey: randomBytes(6).toString('hex'),
        codeHash: 'unused',
        named: true,
        reporterNameEnc: null,
        reporterContactEnc: null,
      });
    return row!.id;
  }

  /**
   * A case handled in a unit, in a status, handled and proposed by the demo supervisor.
   * `ready`: its conclusion drawn and the six requirements confirmed (the decision is unlocked).
   */
  async accountabilityCase(
    unitCode: string,
    status: CaseStatus = 'verifying',
    ready = false,
  ): Promise<string> {
    const leadId = await this.lead(unitCode, 'accepted');
    const supervisorId = await this.demoSupervisor();
    const [row] = await this.db
      .insert(accountabilityCase)
      .values({
        code: `XS-T-${unique()}`,
        leadId,
        campaignId: await this.demoCampaign(),
        unitId: await this.unitId(unitCode),
        disposal: 'preliminary_verification',
        status,
        handlerId: supervisorId,
        dueDate: '2026-09-30',
        conclusion: ready || status !== 'verifying' ? 'substantiated' : null,
        proposedBy: status === 'verifying' ? null : supervisorId,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: accountabilityCase.id });
    await this.db.update(lead).set({ caseId: row!.id }).where(eq(lead.id, leadId));
    if (ready || status !== 'verifying')
      for (const requirement of [
        'factsClear',
        'evidenceConclusive',
        'characterisationAccurate',
        'dispositionAppropriate',
        'procedureLawful',
        'formalitiesComplete',
      ] as const)
        await this.db
          .insert(caseRequirement)
          .values({ caseId: row!.id, requirement, confirmed: true, note: '已核实', confirmedAt: this.now });
    return row!.id;
  }

  /** A determination of a case under verification in a unit, about a new person of 市发展改革委. */
  /** A determination in a case of one unit about a person of another (default: 市财政局). */
  async determination(unitCode: string, personUnitCode = 'C004'): Promise<string> {
    const caseId = await this.accountabilityCase(unitCode);
    const [row] = await this.db
      .insert(determination)
      .values({
        caseId,
        personId: await this.person(personUnitCode),
        liability: 'direct',
        measures: ['admonition'],
        form: 1,
        createdAt: this.now,
        updatedAt: this.now,
      })
      .returning({ id: determination.id });
    return row!.id;
  }

  /** A pending fault-tolerance request, asked by the demo supervisor who handles its case. */
  async exemptionRequest(unitCode: string): Promise<string> {
    const determinationId = await this.determination(unitCode);
    const [d] = await this.db.select().from(determination).where(eq(determination.id, determinationId));
    const [row] = await this.db
      .insert(exemptionRequest)
      .values({
        determinationId,
        caseId: d!.caseId,
        ground: 'reform_pilot',
        statement: '测试容错申请',
        requestedBy: await this.demoSupervisor(),
        status: 'pending',
        createdAt: this.now,
      })
      .returning({ id: exemptionRequest.id });
    return row!.id;
  }

  async file(unitCode: string): Promise<string> {
    const bytes = Buffer.from('%PDF-1.4\n%test\n');
    const [row] = await this.db
      .insert(storedFile)
      .values({
        unitId: await this.unitId(unitCode),
        filename: 'test.pdf',
        mimeType: 'application/pdf',
        size: bytes.length,
        sm3: 'x',
        createdAt: this.now,
      })
      .returning({ id: storedFile.id });
    await this.db.insert(fileBlob).values({ fileId: row!.id, bytes });
    return row!.id;
  }

  /** An unread notification of an account about a key task (no message needed: it reads as generic). */
  async notification(recipientId: string, kind = 'keyTasks.test'): Promise<string> {
    const [row] = await this.db
      .insert(notification)
      .values({
        recipientId,
        kind,
        recordType: 'key_task',
        recordId: newId(),
        params: {},
        createdAt: this.now,
      })
      .returning({ id: notification.id });
    return row!.id;
  }
}

/** The four phases of a year, contiguous. */
export function phasesOf(year: number) {
  return [
    { phase: 'mobilization' as const, startDate: `${year}-01-01`, endDate: `${year}-03-31` },
    { phase: 'self_inspection' as const, startDate: `${year}-04-01`, endDate: `${year}-06-30` },
    { phase: 'inspection' as const, startDate: `${year}-07-01`, endDate: `${year}-10-31` },
    { phase: 'summary' as const, startDate: `${year}-11-01`, endDate: `${year}-12-31` },
  ];
}

/** An open extension request of a key task, to be decided by the unit that set the deadline. */
/** A supervision item of `unitCode` assigned by `assignedBy`, with an open extension request. */
export async function openSupervisionExtension(
  f: Factories,
  t: TestApp,
  unitCode: string,
  assignedBy: string,
) {
  const itemId = await f.supervisionItem(unitCode, 'in_progress', assignedBy);
  const [row] = await t.database.db
    .insert(extensionRequest)
    .values({
      subjectType: 'supervision_item',
      subjectId: itemId,
      unitId: await f.unitId(unitCode),
      deciderUnitId: await f.unitId(assignedBy),
      status: 'requested',
      currentDueDate: '2026-09-30',
      requestedDueDate: '2026-10-30',
      reason: '测试延期',
      requestedAt: t.clock.now(),
    })
    .returning({ id: extensionRequest.id });
  return { itemId, requestId: row!.id };
}

export async function openKeyTaskExtension(f: Factories, t: TestApp, unitCode: string, setBy: string) {
  const taskId = await f.keyTask(unitCode, setBy);
  const [row] = await t.database.db
    .insert(extensionRequest)
    .values({
      subjectType: 'key_task',
      subjectId: taskId,
      unitId: await f.unitId(unitCode),
      deciderUnitId: await f.unitId(setBy),
      status: 'requested',
      currentDueDate: '2026-09-30',
      requestedDueDate: '2026-10-30',
      reason: '测试延期',
      requestedAt: t.clock.now(),
    })
    .returning({ id: extensionRequest.id });
  return { taskId, requestId: row!.id };
}
