/** Query keys of the campaign settings; invalidating `all` refreshes the current one and the list. */
export const campaignKeys = {
  all: ['campaigns'] as const,
  list: ['campaigns', 'list'] as const,
  current: ['campaigns', 'current'] as const,
  detail: (id: string) => ['campaigns', 'detail', id] as const,
};
