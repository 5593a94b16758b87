import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { explainedCode } from '../ballots';

/**
 * Reports a failed call of 评责: the codes it knows in the page's words (in the user's language),
 * anything else as every page does (field errors beside their fields, or a toast).
 */
export function useEvaluationErrorHandler(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const t = useT();
  const onError = useApiErrorHandler();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const code = explainedCode(error);
      if (code) message.error(t.evaluationError[code]);
      else onError(error, form);
    },
    [message, t, onError],
  );
}
