/** Query keys of the duties lists; invalidating `all` refreshes lists, queue and details. */
export const dutyKeys = {
  all: ['duty-items'] as const,
  lists: ['duty-items', 'list'] as const,
  list: (filters: object) => [...dutyKeys.lists, filters] as const,
  queue: ['duty-items', 'approval-queue'] as const,
  queuePage: (page: object) => [...dutyKeys.queue, page] as const,
  detail: (id: string) => ['duty-items', 'detail', id] as const,
};
