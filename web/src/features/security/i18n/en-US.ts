import type { SecurityMessages } from './zh-CN';

export const enUS: SecurityMessages = {
  nav: {
    sessions: 'Sessions',
  },
  security: {
    sessions: 'Active sessions',
    user: 'User',
    unit: 'Unit',
    ip: 'IP address',
    signedInAt: 'Signed in',
    lastSeenAt: 'Last seen',
    expiresAt: 'Expires',
    current: 'This session',
    revoke: 'Sign out',
    confirmRevoke: 'Sign out this session of {name}? They will have to sign in again.',
    revoked: 'Session signed out',
    noSessions: 'No active sessions',
    lockedAccounts: 'Locked accounts',
    lockedUntil: 'Locked until',
    unlock: 'Unlock',
    confirmUnlock: 'Lift the sign-in lock of {name}?',
    unlocked: 'Account unlocked',
    noLocked: 'No locked accounts',
    session: 'Session',
  },
  auditAction: {
    'session.revoked': 'Session signed out',
    'account.unlocked': 'Account unlocked',
  },
};
