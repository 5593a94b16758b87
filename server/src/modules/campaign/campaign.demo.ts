import type { CampaignPhase, DomainCode } from '@zeren/contracts';
import type { DemoRefs } from '../../platform/module';
import * as repo from './campaign.repository';
import { dateInShanghai } from './phases';
import { STANDARD_DOMAINS } from './standard-domains';

/** Lead departments of the ten domains, by demo unit key (demo-data.ts). */
const LEADS: Record<DomainCode, string[]> = {
  poverty_alleviation: ['fpb'],
  key_projects: ['fgw'],
  approval_reform: ['zwfw'],
  land: ['zrzy'],
  education: ['jyj'],
  health: ['wjw'],
  environment_utilities: ['sthj', 'cgj'],
  food_drug_safety: ['scjg'],
  police_transport: ['gaj', 'jtj'],
  work_safety: ['yjj'],
};

/** The three county governments take part in every domain. */
const PARTICIPANTS = ['cg', 'lh', 'qs'];

/** The four phases covering the year contiguously. */
function demoPhases(year: number): CampaignPhase[] {
  return [
    { phase: 'mobilization', startDate: `${year}-01-01`, endDate: `${year}-03-31` },
    { phase: 'self_inspection', startDate: `${year}-04-01`, endDate: `${year}-06-30` },
    { phase: 'inspection', startDate: `${year}-07-01`, endDate: `${year}-10-31` },
    { phase: 'summary', startDate: `${year}-11-01`, endDate: `${year}-12-31` },
  ];
}

/** What the demo city says in its campaign where the template stays general. */
const DEMO_SPECIFICS: Partial<Record<DomainCode, string>> = {
  key_projects:
    '督促各级政府对全市重点项目、专项建设基金项目、示范市“三个一批”投资促进计划项目、2026年度中央预算内投资项目的建设责任、建设目标任务落实情况进行监督检查。',
  work_safety:
    '督促各级政府健全基层监管执法机构，加强基层执法力量，落实安全生产监管责任。重点对城关区、临河县、青山县等地12处油气管道隐患整改任务完成情况进行督促检查。',
};

/** The source document's campaign, active this year, with its ten domains. */
export async function seedDemoCampaign(refs: DemoRefs): Promise<void> {
  const { tx, now } = refs;
  const unitId = (key: string) => {
    const id = refs.unitIds.get(key);
    if (!id) throw new Error(`demo unit ${key} missing`);
    return id;
  };
  const year = Number(dateInShanghai(now).slice(0, 4));
  const created = await repo.insertCampaign(tx, {
    name: '示范市2026年懒政怠政为官不为问责年活动'.replace('2026', String(year)),
    year,
    unitId: unitId('city'),
    status: 'active',
    reportDay: 5,
    createdAt: now,
    updatedAt: now,
  });
  await repo.replacePhases(tx, created.id, demoPhases(year));
  const domains = await repo.insertDomains(
    tx,
    STANDARD_DOMAINS.map((d, i) => ({
      campaignId: created.id,
      code: d.code,
      title: d.title,
      // The demo city's own specifics, as a city writes them into its campaign.
      description: DEMO_SPECIFICS[d.code] ?? d.description,
      focusProblems: d.focusProblems,
      isLocal: false,
      sortOrder: i,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await repo.insertDomainUnits(
    tx,
    domains.flatMap((d) => [
      ...LEADS[d.code as DomainCode].map((key) => ({
        domainId: d.id,
        unitId: unitId(key),
        role: 'lead' as const,
      })),
      ...PARTICIPANTS.map((key) => ({ domainId: d.id, unitId: unitId(key), role: 'participant' as const })),
    ]),
  );
}
