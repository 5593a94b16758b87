/** Types of the suggestions inbox come from the contracts (contracts/src/suggestion.ts). */
import type { CreateSuggestionInput, SUGGESTION_CHANNELS, SuggestionStatus } from '@zeren/contracts';

export {
  SUGGESTION_CHANNELS,
  SUGGESTION_STATUSES,
  SUGGESTION_WORKFLOW,
  type Suggestion,
  type SuggestionAction,
  type SuggestionStatus,
} from '@zeren/contracts';

export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

export interface SuggestionFilters {
  status?: SuggestionStatus | undefined;
  unitId?: string | undefined;
  q?: string | undefined;
}

export type CreateSuggestionBody = CreateSuggestionInput;
