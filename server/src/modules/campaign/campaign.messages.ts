import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const campaignMessages: ModuleMessages = {
  'zh-CN': {
    PHASES_INVALID: '工作阶段的日期有误，请检查标出的阶段',
    CAMPAIGN_ALREADY_ACTIVE: '该政府已有一个进行中的问责年活动，请先结束它',
    'campaign.phases_count': '须依次包含全部 {count} 个工作阶段',
    'campaign.phase_order': '阶段顺序应为：动员部署、自查自纠、监督检查、总结提高',
    'campaign.phase_reversed': '结束日期不能早于开始日期 {start}',
    'campaign.phase_overlap': '与上一阶段重叠，应从 {expected} 开始',
    'campaign.phase_gap': '与上一阶段之间有间隔，应从 {expected} 开始',
    'campaign.unit_not_government': '问责年活动须由一级政府组织',
    'campaign.unit_outside_government': '该单位不在本活动所属政府的范围内',
    'campaign.unit_both_roles': '同一单位不能既是牵头单位又是参与单位',
    'campaign.year_taken': '该政府 {year} 年已有问责年活动',
    'campaign.domain_standard': '十大重点领域不能删除，可以修改其内容',
  },
  'en-US': {
    PHASES_INVALID: 'The phase dates are not valid; please check the marked phases',
    CAMPAIGN_ALREADY_ACTIVE: 'This government already has an active campaign; close it first',
    'campaign.phases_count': 'Must contain the {count} phases, in order',
    'campaign.phase_order':
      'The phases must be in this order: mobilization, self-inspection, inspection, summary',
    'campaign.phase_reversed': 'The end date must not be before the start date {start}',
    'campaign.phase_overlap': 'Overlaps the previous phase; it must start on {expected}',
    'campaign.phase_gap': 'Leaves a gap after the previous phase; it must start on {expected}',
    'campaign.unit_not_government': 'A campaign must be run by a government',
    'campaign.unit_outside_government': "This unit is outside the campaign's government",
    'campaign.unit_both_roles': 'A unit cannot both lead and participate in the same domain',
    'campaign.year_taken': 'This government already has a campaign for {year}',
    'campaign.domain_standard': 'The ten standard domains cannot be deleted; edit them instead',
  },
};
