import type { AuthMessages } from './zh-CN';

export const enUS: AuthMessages = {
  auth: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedOut: 'Signed out',
  },
  auditAction: {
    'auth.login': 'Signed in',
    'auth.login_failed': 'Sign-in failed',
    'auth.logout': 'Signed out',
    'auth.account_locked': 'Account locked',
    'account.preferences_updated': 'Preferences updated',
  },
};
