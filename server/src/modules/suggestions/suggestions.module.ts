import type { ServerModule } from '../../platform/module';
import { seedDemoSuggestions } from './suggestions.demo';
import { suggestionsMessages } from './suggestions.messages';
import { publishedSuggestionsDataset } from './suggestions.open-data';
import { suggestionsRoutes } from './suggestions.routes';
import { listSuggestions, suggestionRecord } from './suggestions.service';
import { suggestion } from './suggestions.table';

/** 意见建议征集: suggestions from the public and staff, answered and published by the unit. */
export const suggestionsModule: ServerModule = {
  name: 'suggestions',
  search: [
    {
      recordType: 'suggestion',
      permission: 'suggestion.read',
      table: suggestion,
      id: suggestion.id,
      unitId: suggestion.unitId,
      status: suggestion.status,
      domainId: suggestion.domainId,
      createdAt: suggestion.createdAt,
      title: suggestion.title,
      body: [suggestion.content, suggestion.answer],
    },
  ],
  messages: suggestionsMessages,
  records: [suggestionRecord],
  routes: suggestionsRoutes,
  seedDemo: seedDemoSuggestions,
  openData: [publishedSuggestionsDataset],
  workbench: [
    {
      key: 'suggestions.toAnswer',
      permission: 'suggestion.answer',
      operationId: 'listSuggestions',
      query: { status: 'received' },
      count: async (ctx, _query) => (await listSuggestions(ctx, { status: 'received', limit: 1 })).total,
    },
  ],
};
