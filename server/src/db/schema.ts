export * from '../modules/campaign/campaign.table';
export * from '../modules/duties/duties.table';
export * from '../modules/org/org.table';
export * from '../platform/audit/audit.table';
export * from '../platform/auth/session.table';
export * from '../platform/calendar/calendar.table';
export * from '../platform/files/files.table';
