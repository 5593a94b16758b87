import { fmt, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

/** A suggestion: received, answered, made public, closed. */
export const suggestionRecord: RecordDescriptor = {
  type: 'suggestion',
  label: (t) => t.suggestion.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.suggestion.status, format: fmt.label((t) => t.suggestionStatus) },
    answer: { label: (t) => t.suggestion.answer, long: true },
    isPublic: { label: (t) => t.suggestion.publish, format: fmt.bool },
    title: { label: (t) => t.suggestion.subject },
    trackingCode: { label: (t) => t.suggestion.trackingCode },
    unitId: { label: (t) => t.suggestion.unit, format: fmt.unit },
    domainId: { label: (t) => t.suggestion.domain },
    channel: { label: (t) => t.suggestion.channel, format: fmt.label((t) => t.suggestionChannel) },
    text: { label: (t) => t.suggestion.actionText, long: true },
    date: { label: (t) => t.suggestion.actionDate, format: fmt.date },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
  },
};
