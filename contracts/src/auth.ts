import { z } from 'zod';
import { auditEvent, auditField, updatedEvent } from './core/audit';
import { idParamsSchema, localeSchema, okSchema, pageOf, pageQuerySchema, text } from './core/common';
import { defineRoutes } from './core/http';
import { listExportedEvent, listExportRoute } from './core/list-export';
import { defineModuleContract } from './core/module';
import { roleAssignmentViewSchema, unitSchema } from './org';

export const loginSchema = z
  .object({
    username: text().trim().min(1).max(100),
    password: text().min(1).max(200),
  })
  .strict();

/** Changing a password an administrator set (required before the first sign-in with it). */
export const changePasswordSchema = z
  .object({
    username: text().trim().min(1).max(100),
    currentPassword: text().min(1).max(200),
    newPassword: text().min(1).max(200),
  })
  .strict();

export const meSchema = z
  .object({
    user: z.object({ id: z.uuid(), username: z.string(), locale: localeSchema }),
    person: z.object({ id: z.uuid(), name: z.string(), position: z.string().nullable() }),
    unit: unitSchema.pick({ id: true, name: true, kind: true, level: true }),
    roles: z.array(roleAssignmentViewSchema),
    /** Sorted; the registry's Permission type names them. */
    permissions: z.array(z.string()),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

export const updatePreferencesSchema = z.object({ locale: localeSchema }).strict();

/** One active session as listed to the security administrator; the token hash is never included. */
export const activeSessionSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    username: z.string(),
    personName: z.string(),
    unitName: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'ActiveSession' });
export type ActiveSession = z.infer<typeof activeSessionSchema>;

// ---------------------------------------------------------------- the contract

const listSessionsRoute = {
  method: 'GET',
  path: '/api/sessions',
  tags: ['security'],
  summary: "Active sessions of users in the caller's scope",
  access: { permission: 'security.session.manage' },
  query: pageQuerySchema,
  response: { 200: pageOf(activeSessionSchema) },
} as const;

/**
 * 在线会话一览 for the security administrator: who is signed in, since when, from where — the
 * list's fields without the session's id; a session's token never leaves the server.
 */
const sessionExport = {
  recordType: 'session',
  title: { 'zh-CN': '在线会话一览', 'en-US': 'Active sessions' },
  fileName: { 'zh-CN': '在线会话一览', 'en-US': 'active-sessions' },
  columns: [
    { header: { 'zh-CN': '用户名', 'en-US': 'Username' }, value: (s) => s.username, width: 16 },
    { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, value: (s) => s.personName, width: 12 },
    { header: { 'zh-CN': '所在单位', 'en-US': 'Unit' }, value: (s) => s.unitName, width: 22 },
    {
      header: { 'zh-CN': '登录时间', 'en-US': 'Signed in at' },
      value: (s) => s.createdAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '最近活动', 'en-US': 'Last seen at' },
      value: (s) => s.lastSeenAt,
      format: 'datetime',
      width: 18,
    },
    {
      header: { 'zh-CN': '到期时间', 'en-US': 'Expires at' },
      value: (s) => s.expiresAt,
      format: 'datetime',
      width: 18,
    },
    { header: { 'zh-CN': 'IP 地址', 'en-US': 'IP address' }, value: (s) => s.ip, width: 16 },
    { header: { 'zh-CN': '浏览器', 'en-US': 'Browser' }, value: (s) => s.userAgent, width: 40 },
    {
      header: { 'zh-CN': '本人当前会话', 'en-US': 'Your current session' },
      value: (s) => s.current,
      format: 'yesNo',
      width: 10,
    },
  ],
} satisfies Parameters<typeof listExportRoute<'listSessions', typeof listSessionsRoute>>[2];

const sessionAudit = z
  .object({
    userId: auditField.id,
    username: auditField.text,
    createdAt: auditField.date,
    lastSeenAt: auditField.date,
    ip: auditField.text,
  })
  .partial()
  .strict();

/** Signing in and out, the caller's own profile, and the security administrator's session control. */
export const authContract = defineModuleContract({
  name: 'auth',
  permissions: ['security.session.manage'],
  grants: { security_admin: ['security.session.manage'] },
  records: { session: { readPermission: 'security.session.manage' } },
  auditEvents: [
    auditEvent('auth.login', 'session', { after: z.object({ userId: z.string() }).strict() }),
    auditEvent('auth.login_failed', 'user_account', {
      // `username` only when it names an account; otherwise its keyed hash (what was typed may be a password).
      after: z
        .object({ username: z.string(), usernameHash: z.string(), reason: z.string() })
        .partial()
        .strict(),
    }),
    auditEvent('auth.logout', 'session'),
    auditEvent('auth.account_locked', 'user_account', {
      // scope: one address locked out of the account, or the account as a whole (from `addresses` addresses).
      after: z
        .object({
          lockedUntil: auditField.date,
          scope: z.enum(['address', 'account']).optional(),
          addresses: z.number().int().optional(),
        })
        .strict(),
    }),
    auditEvent('session.revoked', 'session', { before: sessionAudit }),
    listExportedEvent('session'),
    updatedEvent('account.preferences_updated', 'user_account', { locale: auditField.text }),
    auditEvent('auth.password_changed', 'user_account', {
      after: z.object({ mustChangePassword: z.boolean(), sessionsEnded: z.number().int() }).strict(),
    }),
    updatedEvent('account.unlocked', 'user_account', {
      lockedUntil: auditField.date,
      failedAttempts: auditField.int,
    }),
  ],
  errors: { PASSWORD_CHANGE_REQUIRED: 403, PASSWORD_REUSED: 400 },
  routes: defineRoutes({
    login: {
      method: 'POST',
      path: '/api/auth/login',
      tags: ['auth'],
      summary: 'Sign in with username and password; sets the session cookie',
      access: { public: true },
      errors: [401, 423],
      body: loginSchema,
      response: { 200: meSchema },
    },
    changePassword: {
      method: 'POST',
      path: '/api/auth/password',
      tags: ['auth'],
      summary:
        'Change the password with the current one (required when an administrator set it); ends other sessions and signs in',
      access: { public: true },
      body: changePasswordSchema,
      response: { 200: meSchema },
      errors: [401, 423],
    },
    logout: {
      method: 'POST',
      path: '/api/auth/logout',
      tags: ['auth'],
      summary: 'End the current session',
      access: { signedIn: true },
      response: { 200: okSchema },
    },
    getMe: {
      method: 'GET',
      path: '/api/me',
      tags: ['auth'],
      summary: 'The signed-in user, person, unit, role assignments and permissions',
      access: { signedIn: true },
      response: { 200: meSchema },
    },
    updatePreferences: {
      method: 'PUT',
      path: '/api/me/preferences',
      tags: ['auth'],
      summary: "Save the user's interface language",
      access: { signedIn: true },
      body: updatePreferencesSchema,
      response: { 200: meSchema },
    },
    listSessions: listSessionsRoute,
    exportSessions: listExportRoute('listSessions', listSessionsRoute, sessionExport),
    revokeSession: {
      method: 'DELETE',
      path: '/api/sessions/:id',
      tags: ['security'],
      summary: 'End a session (the user must sign in again)',
      access: { permission: 'security.session.manage' },
      record: 'session',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
    unlockAccount: {
      method: 'POST',
      path: '/api/accounts/:id/unlock',
      tags: ['security'],
      summary: 'Lift the sign-in lock of an account',
      access: { permission: 'security.session.manage' },
      record: 'user_account',
      params: idParamsSchema,
      response: { 200: okSchema },
    },
  }),
});
