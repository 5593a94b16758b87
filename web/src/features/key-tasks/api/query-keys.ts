/** Query keys of the key tasks; invalidating `all` refreshes lists and details. */
export const keyTaskKeys = {
  all: ['key-tasks'] as const,
  list: (filters: object) => ['key-tasks', 'list', filters] as const,
  detail: (id: string) => ['key-tasks', 'detail', id] as const,
};
