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

/** A unit's group robot: its address, masked, before and after. */
export const notificationWebhookRecord: RecordDescriptor = {
  type: 'notification_webhook',
  label: (t) => t.notificationRobot.record,
  fields: { url: { label: (t) => t.notificationRobot.url } },
};

/** A daily digest sent: the channel, the day and how many notifications it held (recipients by id only). */
export const notificationDigestRecord: RecordDescriptor = {
  type: 'notification_digest',
  label: (t) => t.notificationRobot.digestRecord,
  fields: {
    channel: {
      label: (t) => t.notificationRobot.channel,
      format: fmt.label((t) => ({
        email: t.notificationRobot.channelEmail,
        webhook: t.notificationRobot.channelWebhook,
      })),
    },
    day: { label: (t) => t.notificationRobot.day, format: fmt.date },
    count: { label: (t) => t.notificationRobot.count },
  },
};
