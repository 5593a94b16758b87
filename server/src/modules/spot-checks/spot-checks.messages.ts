import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const spotChecksMessages: ModuleMessages = {
  'zh-CN': {
    SPOT_CHECK_INFEASIBLE: '按当前名录库和抽查参数无法完成符合规则的抽取，请按标出的原因调整',
    'spotChecks.already_listed': '该单位已在本单位的检查对象名录库中',
    'spotChecks.inspector_listed': '该人员已在本单位的执法检查人员名录库中',
    'spotChecks.listed_twice': '同一项不能重复选择',
    'spotChecks.cap_by_kind': '一般检查须设定抽查比例上限；重点检查不设上限',
    'spotChecks.transfer_needs_text': '移交纪检监察机关须写明移交说明',
    'spotChecks.no_targets': '检查对象名录库中没有可抽取的检查对象，请先添加',
    'spotChecks.not_enough_targets': '抽取数量（{count}个）超过名录库中可抽取的检查对象数（{eligible}个）',
    'spotChecks.ratio_cap':
      '一般检查的抽查比例不得超过{percent}%：名录库中有{eligible}个检查对象，最多抽取{cap}个，现为{count}个',
    'spotChecks.too_few_inspectors_per_target': '每个检查对象至少须派{min}名检查人员',
    'spotChecks.not_enough_inspectors':
      '{count}个检查对象（{units}）回避后可派的检查人员不足{needed}名，请补充执法检查人员名录库或核对回避单位',
    'spotChecks.public_value_too_early':
      '公开随机数须在锁定之后公布：锁定日期为{date}，请选用此后公布的数值，以免有人事先知道抽取结果',
    'spotChecks.date_in_future': '日期不能晚于今天',
    'spotChecks.not_assigned': '您不是该检查对象的检查人员：只有抽中的检查人员可以登记检查结果和发现的问题',
    'spotChecks.results_missing': '还有{count}个检查对象未登记检查结果，不能完成检查',
    'notification.spotChecks.started':
      '随机抽查{code}“{title}”已开始检查，您被抽中为检查人员，请按时登记检查结果',
  },
  'en-US': {
    SPOT_CHECK_INFEASIBLE:
      'No draw from these rosters and parameters can keep the rules; adjust them as the marked fields say',
    'spotChecks.already_listed': "This unit is already on the organising unit's target roster",
    'spotChecks.inspector_listed': "This person is already on the organising unit's inspector roster",
    'spotChecks.listed_twice': 'The same entry is chosen twice',
    'spotChecks.cap_by_kind': 'A general check needs a sampling cap; a key check has none',
    'spotChecks.transfer_needs_text': 'A transfer to the supervision department needs its text',
    'spotChecks.no_targets': 'The target roster has no active target to draw from; add some first',
    'spotChecks.not_enough_targets':
      'The plan draws {count} targets but the roster has only {eligible} active ones',
    'spotChecks.ratio_cap':
      'A general check may sample at most {percent}%: of {eligible} targets at most {cap} may be drawn, not {count}',
    'spotChecks.too_few_inspectors_per_target': 'Each target needs at least {min} inspectors',
    'spotChecks.not_enough_inspectors':
      '{count} targets ({units}) have fewer than {needed} inspectors free of conflicts; add inspectors or check the conflicts',
    'spotChecks.public_value_too_early':
      'The public value must be published after the commitment ({date}), so that nobody could know the draw in advance',
    'spotChecks.date_in_future': 'The date cannot be later than today',
    'spotChecks.not_assigned':
      'You are not an inspector of this target: only the inspectors drawn for it record its result and findings',
    'spotChecks.results_missing': '{count} targets have no result yet: the checks cannot be completed',
    'notification.spotChecks.started':
      'Spot check {code} “{title}” has started and you were drawn as an inspector: please record the results in time',
  },
};
