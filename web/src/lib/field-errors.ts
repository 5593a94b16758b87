import type { ApiError } from './api';

type NamePath = (string | number)[];

/** `roles.0.unitId` or `roles[0].unitId` → `['roles', 0, 'unitId']`, the antd Form name path. */
export function toNamePath(path: string): NamePath {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Groups the problem's field errors by antd name path; errors without a path are left out. */
export function toFieldErrors(error: ApiError): { name: NamePath; errors: string[] }[] {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of error.problem.errors ?? []) {
    if (!path) continue;
    byPath.set(path, [...(byPath.get(path) ?? []), message]);
  }
  return [...byPath].map(([path, errors]) => ({ name: toNamePath(path), errors }));
}
