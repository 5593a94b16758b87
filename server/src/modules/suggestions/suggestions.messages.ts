import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const suggestionsMessages: ModuleMessages = {
  'zh-CN': {
    'suggestions.proof_of_work': '请完成人机验证后再提交（验证已过期或已使用过时需重新验证）',
    'suggestions.no_campaign': '目前没有进行中的问责年活动，暂不能接收意见建议',
  },
  'en-US': {
    'suggestions.proof_of_work':
      'Please complete the human check before sending (an expired or already used check must be repeated)',
    'suggestions.no_campaign':
      'There is no active accountability campaign, so suggestions cannot be received now',
  },
};
