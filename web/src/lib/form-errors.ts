import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useT } from '../i18n/use-t';
import { ApiError } from './api';
import { toFieldErrors } from './field-errors';

// Kept apart (field-errors.ts) for the sign-in page, which shows errors without the App context.
export { toFieldErrors, toNamePath } from './field-errors';

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
