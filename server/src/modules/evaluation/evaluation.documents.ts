import type { EvaluationResults, Locale } from '@zeren/contracts';
import ExcelJS from 'exceljs';
import { shanghaiDate } from '../../platform/calendar/deadline';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { officialDocument } from '../../platform/documents/official-document';
import { guardFormula } from '../../platform/files/spreadsheet';
import { t } from '../../platform/i18n';
import type * as repo from './evaluation.repository';
import { resultsFor, roundRecord } from './evaluation.service';

const fixed2 = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/**
 * The results as the office keeps them in Excel: one sheet per category, a row per unit with its
 * rank, weighted score, each group's score and each indicator's, and the ballot counts.
 */
async function resultsWorkbook(
  locale: Locale,
  round: repo.RoundRow,
  results: EvaluationResults,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zeren';
  for (const category of results.categories) {
    const sheet = workbook.addWorksheet(category.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    const header = [
      t(locale, 'evaluation.excel.rank'),
      t(locale, 'evaluation.excel.unit'),
      t(locale, 'evaluation.excel.score'),
      ...round.groups.map((g) => `${g.name}（${g.weight}%）`),
      ...round.indicators.map((i) => i.name),
      t(locale, 'evaluation.excel.total'),
      t(locale, 'evaluation.excel.valid'),
      t(locale, 'evaluation.excel.invalid'),
      t(locale, 'evaluation.excel.trimmed'),
    ];
    sheet.addRow([guardFormula(`${round.title}　${category.name}`)]);
    sheet.mergeCells(1, 1, 1, header.length);
    sheet.getRow(1).font = { bold: true, size: 14 };
    const head = sheet.addRow(header.map(guardFormula));
    head.font = { bold: true };
    head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (const r of category.results)
      sheet.addRow([
        r.rank ?? '—',
        guardFormula(r.unitName),
        r.score ?? '—',
        ...round.groups.map((g) => r.groups.find((x) => x.group === g.group)?.score ?? '—'),
        ...round.indicators.map((i) => r.indicators.find((x) => x.key === i.key)?.score ?? '—'),
        r.ballots.total,
        r.ballots.valid,
        r.ballots.invalid,
        r.ballots.trimmed,
      ]);
    sheet.getColumn(2).width = 28;
    for (let c = 3; c <= header.length; c += 1) sheet.getColumn(c).width = 12;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * 评议结果通报 in the official layout: what the round was, how it was scored, and per category the
 * ranking with the best three and the last three named.
 */
async function resultsNotice(
  round: repo.RoundRow,
  issuer: string,
  results: EvaluationResults,
  today: string,
) {
  const groups = round.groups.map((g) => `${g.name}${g.weight}%`).join('、');
  return officialDocument({
    issuer,
    title: `关于${round.title}结果的通报`,
    recipients: '各县（市、区）人民政府，市直各部门',
    body: [
      {
        paragraphs: [
          `根据作风建设工作安排，${issuer}组织开展了${round.title}。评议按${groups}的权重综合计分${
            round.trimExtremes ? '，各评议群体去掉一个最高分和一个最低分后计算平均分' : ''
          }。现将评议结果通报如下。`,
        ],
      },
      ...results.categories.map((c) => ({
        heading: `${c.name}评议结果`,
        paragraphs: [
          ...c.results.map(
            (r) =>
              `${r.rank === null ? '—' : `第${r.rank}名`}　${r.unitName}　${fixed2(r.score)}分（有效票${r.ballots.valid}张）`,
          ),
          c.top.length > 0 ? `排名前三位的是：${c.top.join('、')}。` : '',
          c.bottom.length > 0 ? `排名后三位的是：${c.bottom.join('、')}。` : '',
        ].filter((p) => p !== ''),
      })),
      {
        heading: '有关要求',
        paragraphs: [
          `评议结果作为${today.slice(0, 4)}年度作风建设考核的重要依据。排名靠后的单位要认真查找问题，制定整改措施，于15个工作日内将整改情况报送活动办公室。`,
        ],
      },
    ],
    signature: issuer,
    date: today,
  });
}

/** Downloads of a round's results; each is audited (results are protected until published). */
export async function evaluationResultsFile(
  ctx: ServiceContext,
  id: string,
  format: 'xlsx' | 'docx',
): Promise<{ bytes: Buffer; name: string }> {
  const row = await roundRecord.loadForRead(ctx, id);
  const results = await resultsFor(ctx, row);
  const today = shanghaiDate(ctx.clock.now());
  const bytes =
    format === 'xlsx'
      ? await resultsWorkbook(ctx.locale, row.round, results)
      : await resultsNotice(row.round, row.unitName, results, today);
  await inTransaction(ctx, (tx) =>
    tx.audit({
      action: 'evaluation_round.results_exported',
      recordType: 'evaluation_round',
      recordId: id,
      unitId: row.unitId,
      after: { format },
    }),
  );
  const name = `${row.round.title}评议结果`.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 100);
  return { bytes, name: `${name}.${format}` };
}
