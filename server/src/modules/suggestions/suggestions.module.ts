import type { ServerModule } from '../../platform/module';
import { seedDemoSuggestions } from './suggestions.demo';
import { suggestionsMessages } from './suggestions.messages';
import { suggestionsRoutes } from './suggestions.routes';
import { suggestionRecord } from './suggestions.service';

/** 意见建议征集: suggestions from the public and staff, answered and published by the unit. */
export const suggestionsModule: ServerModule = {
  name: 'suggestions',
  messages: suggestionsMessages,
  records: [suggestionRecord],
  routes: suggestionsRoutes,
  seedDemo: seedDemoSuggestions,
};
