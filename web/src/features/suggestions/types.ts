/** Types of the suggestions inbox come from the contracts (contracts/src/suggestion.ts). */
import type { CreateSuggestionInput, SUGGESTION_CHANNELS } from '@zeren/contracts';
import type { QueryOf } from '../../lib/api';

export {
  SUGGESTION_CHANNELS,
  SUGGESTION_STATUSES,
  SUGGESTION_WORKFLOW,
  type Suggestion,
  type SuggestionAction,
  type SuggestionStatus,
} from '@zeren/contracts';

export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

/** A suggestions query as the caller writes it (the route's input type: `limit` and `after` optional). */
export type SuggestionQuery = QueryOf<'listSuggestions'>;
/** The inbox's filters: the query without its paging. */
export type SuggestionFilters = Omit<SuggestionQuery, 'limit' | 'after'>;

export type CreateSuggestionBody = CreateSuggestionInput;
