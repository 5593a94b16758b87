export * from '../modules/org/org.table';
export * from '../platform/audit/audit.table';
export * from '../platform/auth/session.table';
