/** Query keys of the supervision items; invalidating `all` refreshes lists, counts and details. */
export const supervisionKeys = {
  all: ['supervision'] as const,
  list: (filters: object) => ['supervision', 'list', filters] as const,
  detail: (id: string) => ['supervision', 'detail', id] as const,
  settings: (campaignId: string) => ['supervision', 'settings', campaignId] as const,
};
