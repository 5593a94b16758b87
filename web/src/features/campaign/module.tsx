import { SettingOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { openHref } from '../../lib/open-param';
import { campaignDomainRecord, campaignRecord } from './history';
import { enUS } from './i18n/en-US';
import { type CampaignMessages, zhCN } from './i18n/zh-CN';

export const CAMPAIGN_PATH = '/campaign';

/** 活动设置: the campaign, its phases and key domains. */
export const campaignModule: WebModule<CampaignMessages> = {
  name: 'campaign',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [
    { ...campaignRecord, link: { permission: 'campaign.read', href: (id) => openHref(CAMPAIGN_PATH, id) } },
    campaignDomainRecord,
  ],
  pages: [
    {
      path: CAMPAIGN_PATH,
      permission: 'campaign.read',
      menu: { icon: <SettingOutlined />, label: 'campaign', testId: 'nav-campaign', order: 20 },
      load: async () => (await import('./pages/campaign-page')).CampaignPage,
    },
  ],
};
