import type { MonthlyFigure, MonthlyReportProgress } from '@zeren/contracts';
import {
  chineseDate,
  type DocumentSection,
  documentNumber,
  officialDocument,
} from '../../platform/documents/official-document';

/** The figures of one group in a sentence: 督办事项：新立项3件，办结1件。 */
function figureSentences(figures: MonthlyFigure[]): string[] {
  const groups: { label: string; parts: string[] }[] = [];
  for (const f of figures) {
    let group = groups.find((g) => g.label === f.groupLabel);
    if (!group) {
      group = { label: f.groupLabel, parts: [] };
      groups.push(group);
    }
    group.parts.push(`${f.label}${f.value}`);
  }
  return groups.map((g) => `${g.label}：${g.parts.join('，')}。`);
}

interface DigestRow {
  unitName: string;
  progress: MonthlyReportProgress;
  submittedAt: string | null;
  figures: MonthlyFigure[];
  report: { report: { narrative: string } } | null;
}

/**
 * The month's digest (月报情况通报) as an official document: who reported and who did not, the
 * campaign's figures as a whole, then each submitted report — its frozen figures and narrative.
 * Always in Chinese: it is an official document of the office.
 */
export function buildMonthDigest(input: {
  issuer: string;
  month: string;
  today: string;
  view: { plan: { name: string; year: number }; dueDate: string; rows: DigestRow[] };
  totals: MonthlyFigure[];
}): Promise<Buffer> {
  const { view } = input;
  const [year, monthNumber] = input.month.split('-').map(Number) as [number, number];
  const submitted = view.rows.filter((r) => r.progress === 'submitted' || r.progress === 'submitted_late');
  const late = view.rows.filter((r) => r.progress === 'submitted_late');
  const missing = view.rows.filter((r) => !submitted.includes(r));
  const names = (rows: DigestRow[]) => rows.map((r) => r.unitName).join('、');
  const body: DocumentSection[] = [
    {
      heading: '报送情况',
      paragraphs: [
        `${year}年${monthNumber}月月报应于${chineseDate(view.dueDate)}前报送。应报送单位${view.rows.length}个，` +
          `已报送${submitted.length}个（其中逾期报送${late.length}个），未报送${missing.length}个。`,
        ...(late.length > 0 ? [`逾期报送单位：${names(late)}。`] : []),
        ...(missing.length > 0 ? [`未报送单位：${names(missing)}。请抓紧报送。`] : []),
      ],
    },
    { heading: '全市主要数据', paragraphs: figureSentences(input.totals) },
    {
      heading: '各单位报送情况',
      paragraphs: submitted.length === 0 ? ['本月暂无单位报送。'] : [],
      sections: submitted.map((r) => ({
        heading: r.unitName,
        sections: [
          { heading: '主要数据', paragraphs: figureSentences(r.figures) },
          { heading: '工作情况', paragraphs: [r.report?.report.narrative || '（无）'] },
        ],
      })),
    },
  ];
  return officialDocument({
    issuer: input.issuer,
    documentNumber: documentNumber('月报', year, monthNumber),
    title: `关于${year}年${monthNumber}月${view.plan.name.replace(/^.*?(懒政怠政为官不为问责年活动)$/, '$1')}月报情况的通报`,
    recipients: '各重点领域牵头部门，各监察部门',
    body,
    signature: input.issuer,
    date: input.today,
  });
}
