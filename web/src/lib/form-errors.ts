import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useT } from '../i18n/use-t';
import { ApiError } from './api';

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

/**
 * Reports a failed call: field errors go next to their form fields, anything else
 * (or everything, without a form) to a toast with the server's detail or title.
 */
export function useApiErrorHandler(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!(error instanceof ApiError)) {
        message.error(t.common.networkError);
        return;
      }
      const fields = form ? toFieldErrors(error) : [];
      if (form && fields.length > 0) {
        form.setFields(fields);
        form.scrollToField(fields[0]!.name);
        return;
      }
      message.error(error.problem.detail ?? error.problem.title);
    },
    [message, t],
  );
}
