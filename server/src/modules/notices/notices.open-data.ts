import { noticeText } from '@zeren/contracts';
import { type OpenDatasetSource, openField, pagesOf } from '../../platform/open-data';
import { listPublicNotices } from './notices.service';

/**
 * 公开通报: every issued public notice as the portal shows it — an official document, its text
 * whole (a 通报批评 names the officials it criticises, as its published text does).
 */
export const publicNoticesDataset: OpenDatasetSource = {
  id: 'notices',
  title: { 'zh-CN': '公开通报', 'en-US': 'Public notices' },
  description: {
    'zh-CN': '已印发的公开通报（典型案例通报、通报批评等）的文号、标题和正文，与门户“通报”页一致。',
    'en-US':
      'Issued public notices (typical cases, criticisms and others): number, title and text, as the portal shows them.',
  },
  fields: [
    openField('id', 'string', '通报标识（稳定）', 'Notice id (stable)'),
    openField('kind', 'string', '类型：typical_cases 典型案例，criticism 通报批评，free_text 其他', 'Kind'),
    openField('issuer', 'string', '发文机关', 'Issuing authority'),
    openField('documentNumber', 'string', '发文字号', 'Document number'),
    openField('title', 'string', '标题', 'Title'),
    openField('recipients', 'string', '主送机关', 'Addressed to'),
    openField(
      'body',
      'string',
      '正文（标题已编号，每段一行）',
      'Text (headings numbered, a paragraph a line)',
    ),
    openField('signature', 'string', '落款', 'Signed by (authority)'),
    openField('date', 'date', '成文日期', 'Date of the document'),
    openField('cc', 'string', '抄送机关，以“、”分隔', 'Copied to, separated by 、'),
    openField('issuedAt', 'datetime', '印发时间', 'Issued at'),
  ],
  updatedField: 'issuedAt',
  async *rows(ctx) {
    for await (const n of pagesOf((p) => listPublicNotices(ctx, p))) {
      yield {
        id: n.id,
        kind: n.kind,
        issuer: n.issuer,
        documentNumber: n.documentNumber,
        title: n.title,
        recipients: n.recipients,
        body: noticeText(n.body),
        signature: n.signature,
        date: n.date,
        cc: n.cc.join('、'),
        issuedAt: n.issuedAt,
      };
    }
  },
};
