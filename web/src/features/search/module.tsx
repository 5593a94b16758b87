import type { WebModule } from '../../app/module';
import { searchRecord } from './history';
import { enUS } from './i18n/en-US';
import { type SearchMessages, zhCN } from './i18n/zh-CN';
import { SEARCH_PATH } from './paths';

export { SEARCH_PATH };

/**
 * 检索: one search box in the header over the records the person may read; the results page keeps
 * the query and its filters in its address, and each result opens its record's own page.
 */
export const searchModule: WebModule<SearchMessages> = {
  name: 'search',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [searchRecord],
  pages: [
    {
      path: SEARCH_PATH,
      load: async () => (await import('./pages/search-page')).SearchPage,
    },
  ],
  lists: [{ operationId: 'searchRecords', path: SEARCH_PATH }],
};
