import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const dutiesMessages: ModuleMessages = {
  'zh-CN': {},
  'en-US': {},
};
