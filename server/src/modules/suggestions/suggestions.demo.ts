import { shanghaiDate } from '../../platform/calendar/deadline';
import type { DemoRefs } from '../../platform/module';
import { findRootActiveCampaignRef, listDomainRefs } from '../campaign/campaign.service';
import { suggestion, suggestionAction } from './suggestions.table';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Three suggestions with fixed, easy-to-type tracking codes: a citizen's about 市教育局 that
 * was answered and published, with what the unit did (立行立改), a citizen's still waiting (name
 * and contact sealed), and one sent by a staff member. Skipped while there is no demo campaign.
 */
export async function seedDemoSuggestions(refs: DemoRefs): Promise<void> {
  const campaign = await findRootActiveCampaignRef(refs.tx);
  if (!campaign) return;
  const domains = await listDomainRefs(refs.tx, campaign.id);
  const unit = (key: string) => refs.unitIds.get(key)!;
  const ago = (days: number) => new Date(refs.now.getTime() - days * DAY);
  const domain = (code: string) => domains.find((d) => d.code === code)?.id ?? null;
  const [answered] = await refs.tx
    .insert(suggestion)
    .values([
      {
        trackingCode: 'SGDEMQANSWER',
        campaignId: campaign.id,
        unitId: unit('jyj'),
        domainId: domain('education'),
        channel: 'public',
        title: '建议公开民办学校收费标准',
        content: '部分民办学校收费项目多、标准不清楚，建议教育局统一公开各校的收费项目和标准，方便家长监督。',
        submitterNameEnc: refs.cipher.encrypt('李女士'),
        submitterContactEnc: refs.cipher.encrypt('13800001234'),
        status: 'published',
        answer:
          '感谢您的建议。我局已要求全市民办学校在学校网站和校门口公示收费项目、标准和依据，并在局网站开设收费公示专栏，接受社会监督。',
        answeredBy: refs.accountIds.get('dept.clerk') ?? null,
        answeredAt: ago(5),
        isPublic: true,
        publishedAt: ago(4),
        createdAt: ago(12),
        updatedAt: ago(4),
      },
      {
        trackingCode: 'SGDEMQRECEVD',
        campaignId: campaign.id,
        unitId: unit('cgj'),
        domainId: domain('environment_utilities'),
        channel: 'public',
        title: '老旧小区路灯长期不亮',
        content: '东门街道幸福里小区的路灯已坏了两个多月，夜间出行不安全，希望尽快维修。',
        submitterNameEnc: refs.cipher.encrypt('张先生'),
        submitterContactEnc: refs.cipher.encrypt('zhang@example.com'),
        status: 'received',
        createdAt: ago(2),
        updatedAt: ago(2),
      },
      {
        trackingCode: 'SGDEMQSTAFF2',
        campaignId: campaign.id,
        unitId: unit('wjw'),
        domainId: domain('health'),
        channel: 'staff',
        title: '简化基层医疗机构报表',
        content: '基层卫生院每月需填报的报表较多且内容重复，建议整合报表、减轻基层负担。',
        submittedBy: refs.accountIds.get('inspector') ?? null,
        status: 'received',
        createdAt: ago(1),
        updatedAt: ago(1),
      },
    ])
    .returning({ id: suggestion.id });
  await refs.tx.insert(suggestionAction).values({
    suggestionId: answered!.id,
    text: '已在局网站开设“民办学校收费公示”专栏，全市46所民办学校的收费项目、标准和依据全部公示；对2所未按要求公示的学校下发整改通知。',
    date: shanghaiDate(ago(2)),
    createdBy: refs.accountIds.get('dept.clerk') ?? null,
    createdAt: ago(2),
  });
}
