import type { NoticeListQuery } from '@zeren/contracts';
import type { ServiceContext } from '../../platform/context';
import type { ServerModule } from '../../platform/module';
import { seedDemoNotices } from './notices.demo';
import { noticesMessages } from './notices.messages';
import { publicNoticesDataset } from './notices.open-data';
import { noticesRoutes, registerNoticeSources } from './notices.routes';
import { listNotices, noticeRecord } from './notices.service';
import { notice } from './notices.table';

/** 通报: notices drafted, approved by another person (四眼), issued with a number, public ones on the portal. */
export const noticesModule: ServerModule = {
  name: 'notices',
  search: [
    {
      recordType: 'notice',
      permission: 'notice.read',
      table: notice,
      id: notice.id,
      unitId: notice.unitId,
      status: notice.status,
      domainId: null,
      createdAt: notice.createdAt,
      title: notice.title,
      body: [notice.documentNumber, notice.recipients, notice.issuer],
    },
  ],
  messages: noticesMessages,
  records: [noticeRecord],
  routes: (app) => {
    // 通报批评 are composed from the supervision ladder's criticisms.
    registerNoticeSources();
    noticesRoutes(app);
  },
  seedDemo: seedDemoNotices,
  openData: [publicNoticesDataset],
  workbench: [
    {
      key: 'notices.toApprove',
      permission: 'notice.approve',
      operationId: 'listNotices',
      query: { toApprove: 'true' },
      count: async (ctx: ServiceContext, q: Record<string, string | number | boolean>) =>
        (await listNotices(ctx, { ...q, limit: 1 } as NoticeListQuery)).total,
    },
  ],
};
