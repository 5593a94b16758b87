import { fmt, HIDDEN, type RecordDescriptor } from '../../lib/history';

/** A notification, as its events read in the audit log: who was told of which record, who read it. */
export const notificationRecord: RecordDescriptor = {
  type: 'notification',
  label: (t) => t.notification.record,
  fields: {
    kind: { label: (t) => t.notification.kind },
    recordType: { label: (t) => t.notification.recordType },
    recordId: { label: (t) => t.notification.recordId },
    recipients: { label: (t) => t.notification.recipients, format: fmt.list() },
    readAt: { label: (t) => t.notification.readAt, format: fmt.dateTime },
    count: { label: (t) => t.notification.count },
    // The newest notification "mark all read" covered: an id, of no use to a reader.
    upTo: HIDDEN,
  },
};
