/** The results page of staff search. */
export const SEARCH_PATH = '/search';
