import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api';

/** Reads the pasted State Council notice into a schedule to confirm; changes nothing. */
export function parseCalendarNotice(text: string) {
  return call('parseCalendarNotice', { body: { text } });
}

export function useParseCalendarNotice() {
  return useMutation({ mutationFn: parseCalendarNotice });
}
