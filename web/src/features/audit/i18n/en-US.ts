import type { AuditMessages } from './zh-CN';

export const enUS: AuditMessages = {
  nav: {
    audit: 'Audit log',
  },
  audit: {
    title: 'Audit log',
    time: 'Time',
    actor: 'Actor',
    action: 'Action',
    recordType: 'Record type',
    recordId: 'Record ID',
    timeRange: 'Time range',
    ip: 'IP address',
    before: 'Before',
    after: 'After',
    field: 'Field',
    noChanges: 'No field changes',
    verify: 'Verify integrity',
    verifyOk: 'Log intact: {checked} events checked',
    verifyBad: 'Problem found at event #{seq} ({id}): {reason}',
    allRecordTypes: 'All record types',
    allActions: 'All actions',
    onlyThisRecord: "Only this record's events",
    openRecord: 'Open this record',
  },
  auditAction: {
    'audit.viewed': 'Audit log viewed',
    'history.viewed': 'History viewed',
  },
};
