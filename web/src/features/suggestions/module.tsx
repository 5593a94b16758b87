import { CommentOutlined, MessageOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { openHref } from '../../lib/open-param';
import { suggestionRecord } from './history';
import { enUS } from './i18n/en-US';
import { type SuggestionMessages, zhCN } from './i18n/zh-CN';

export const SUGGESTIONS_PATH = '/duties/suggestions';

/** 意见建议: the suggestions inbox of the units in scope. */
export const suggestionsModule: WebModule<SuggestionMessages> = {
  name: 'suggestions',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  // Opening a suggestion shows the submitter's contact: a logged view, as from the list.
  records: [
    {
      ...suggestionRecord,
      link: { permission: 'suggestion.read', href: (id) => openHref(SUGGESTIONS_PATH, id) },
    },
  ],
  pages: [
    {
      path: SUGGESTIONS_PATH,
      permission: 'suggestion.read',
      menu: {
        group: 'duties',
        icon: <CommentOutlined />,
        label: 'suggestions',
        testId: 'nav-suggestions',
        order: 40,
      },
      load: async () => (await import('./pages/suggestions-page')).SuggestionsPage,
    },
  ],
  // The page reads `status`, `unitId` and `q` from its address.
  lists: [{ operationId: 'listSuggestions', path: SUGGESTIONS_PATH }],
  workbench: [
    {
      key: 'suggestions.toAnswer',
      label: (t) => t.suggestionWorkbench.toAnswer,
      hint: (t) => t.suggestionWorkbench.toAnswerHint,
      icon: <MessageOutlined />,
      tone: 'attention',
      order: 50,
    },
  ],
};
