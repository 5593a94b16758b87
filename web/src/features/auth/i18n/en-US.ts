import type { AuthMessages } from './zh-CN';

export const enUS: AuthMessages = {
  auth: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    mustChange:
      'Your password was set by an administrator: choose your own first (at least 12 characters, three of upper case, lower case, digits, symbols).',
    newPassword: 'New password',
    confirmPassword: 'New password again',
    passwordsDiffer: 'The two new passwords differ',
    changeAndSignIn: 'Change password and sign in',
    signedOut: 'Signed out',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
  },
  auditAction: {
    'auth.login': 'Signed in',
    'auth.login_failed': 'Sign-in failed',
    'auth.password_changed': 'Password changed',
    'auth.logout': 'Signed out',
    'auth.account_locked': 'Account locked',
    'account.preferences_updated': 'Preferences updated',
  },
};
