import {
  EyeInvisibleOutlined,
  EyeOutlined,
  GlobalOutlined,
  LockOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Locale, Me } from '@zeren/contracts';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError, loadContracts } from '../../../lib/api';
import { meQueryKey } from '../../../lib/get-me';
import { type LoginInput, useChangePassword, useLogin } from '../api/login';
import { useChangeLocale } from '../api/update-preferences';

/** Only same-site paths: `?next=https://evil` must not become an open redirect. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

type Field = keyof LoginInput;
type FieldErrors = Partial<Record<Field, string>>;

const OTHER: Record<Locale, Locale> = { 'zh-CN': 'en-US', 'en-US': 'zh-CN' };

/**
 * The sign-in page: the first page most people load, so it carries the form and nothing else.
 * No antd here (its styles are computed at run time, and the page would wait for them): plain
 * elements drawn like antd's (styles.css). The shell, antd and the features load after signing
 * in; the contracts (the API's route map) as soon as someone types.
 *
 * It does not ask the server who is signed in (the 401 would be logged in the console): it
 * forwards a user this tab already knows, and everyone else signs in.
 */
export function LoginPage() {
  const t = useT();
  const id = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useQueryClient().getQueryData<Me | null>(meQueryKey);
  const login = useLogin();
  const [values, setValues] = useState<LoginInput>({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [showPassword, setShowPassword] = useState(false);
  // Set when the server answers that an administrator set the password: it must be changed first.
  const [mustChange, setMustChange] = useState<LoginInput | null>(null);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;
  if (mustChange)
    return <ChangePassword current={mustChange} onDone={() => navigate(next, { replace: true })} />;

  const change = (field: Field) => (event: { target: { value: string } }) => {
    void loadContracts();
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!values.username.trim()) missing.username = t.common.required;
    if (!values.password) missing.password = t.common.required;
    setErrors(missing);
    if (missing.username || missing.password) {
      document.getElementById(`${id}-${missing.username ? 'username' : 'password'}`)?.focus();
      return;
    }
    login.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      // Field errors go next to their fields; anything else shows in the alert.
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
          setMustChange(values);
          return;
        }
        const byField: FieldErrors = {};
        for (const { path, message } of error.problem.errors ?? [])
          if (path === 'username' || path === 'password') byField[path] ??= message;
        setErrors(byField);
      },
    });
  };

  const error = login.error;
  const fieldErrorsShown = Boolean(errors.username || errors.password);
  const alert =
    error && !fieldErrorsShown
      ? error instanceof ApiError
        ? (error.problem.detail ?? error.problem.title)
        : t.common.networkError
      : null;

  return (
    <main className="login-page">
      <div className="login-lang">
        <LoginLangSwitch />
      </div>
      <div className="login-card">
        <h1 className="login-title">
          <span className="login-brand">{t.app.name}</span>
          <span className="visually-hidden"> · </span>
          {t.app.platform}
        </h1>
        <form className="login-form" onSubmit={submit} noValidate data-testid="login-form">
          <LoginField id={`${id}-username`} label={t.auth.username} error={errors.username}>
            {(props) => (
              <span className={`login-input${errors.username ? ' login-input-error' : ''}`}>
                <UserOutlined className="login-input-icon" aria-hidden />
                <input
                  {...props}
                  name="username"
                  autoComplete="username"
                  // biome-ignore lint/a11y/noAutofocus: the page exists to fill this in.
                  autoFocus
                  value={values.username}
                  onChange={change('username')}
                  data-testid="login-username"
                />
              </span>
            )}
          </LoginField>
          <LoginField id={`${id}-password`} label={t.auth.password} error={errors.password}>
            {(props) => (
              <span className={`login-input${errors.password ? ' login-input-error' : ''}`}>
                <LockOutlined className="login-input-icon" aria-hidden />
                <input
                  {...props}
                  name="password"
                  type={showPassword ? 'text' : 'password'}
                  autoComplete="current-password"
                  value={values.password}
                  onChange={change('password')}
                  data-testid="login-password"
                />
                <button
                  type="button"
                  className="login-reveal"
                  aria-label={showPassword ? t.auth.hidePassword : t.auth.showPassword}
                  aria-pressed={showPassword}
                  onClick={() => setShowPassword((shown) => !shown)}
                  data-testid="login-reveal"
                >
                  {showPassword ? <EyeOutlined aria-hidden /> : <EyeInvisibleOutlined aria-hidden />}
                </button>
              </span>
            )}
          </LoginField>
          {alert && (
            <div className="login-alert" role="alert" data-testid="login-error">
              {alert}
            </div>
          )}
          <button
            type="submit"
            className="login-submit"
            disabled={login.isPending}
            aria-busy={login.isPending}
            data-testid="login-submit"
          >
            {login.isPending && <span className="spinner spinner-small" aria-hidden="true" />}
            {t.auth.signIn}
          </button>
        </form>
      </div>
    </main>
  );
}

/**
 * The password an administrator set is one-time: the user chooses their own before signing in
 * (the server opens a session only then). Same plain elements as the sign-in form.
 */
function ChangePassword({ current, onDone }: { current: LoginInput; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const change = useChangePassword();
  const [values, setValues] = useState({ newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<'newPassword' | 'confirm', string>>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof errors = {};
    if (!values.newPassword) problems.newPassword = t.common.required;
    if (!values.confirm) problems.confirm = t.common.required;
    else if (values.confirm !== values.newPassword) problems.confirm = t.auth.passwordsDiffer;
    setErrors(problems);
    if (problems.newPassword || problems.confirm) return;
    change.mutate(
      { username: current.username, currentPassword: current.password, newPassword: values.newPassword },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const byField: typeof errors = {};
          for (const { path, message } of error.problem.errors ?? [])
            if (path === 'newPassword') byField.newPassword ??= message;
          setErrors(byField);
        },
      },
    );
  };
  const error = change.error;
  const alert =
    error && !errors.newPassword
      ? error instanceof ApiError
        ? (error.problem.detail ?? error.problem.title)
        : t.common.networkError
      : null;
  const field = (name: 'newPassword' | 'confirm', label: string, testId: string, autoFocus = false) => (
    <LoginField id={`${id}-${name}`} label={label} error={errors[name]}>
      {(props) => (
        <span className={`login-input${errors[name] ? ' login-input-error' : ''}`}>
          <LockOutlined className="login-input-icon" aria-hidden />
          <input
            {...props}
            name={name}
            type="password"
            autoComplete="new-password"
            // biome-ignore lint/a11y/noAutofocus: the page exists to fill this in.
            autoFocus={autoFocus}
            value={values[name]}
            onChange={(event) => {
              setValues((v) => ({ ...v, [name]: event.target.value }));
              setErrors((e) => ({ ...e, [name]: undefined }));
            }}
            data-testid={testId}
          />
        </span>
      )}
    </LoginField>
  );
  return (
    <main className="login-page">
      <div className="login-lang">
        <LoginLangSwitch />
      </div>
      <div className="login-card">
        <h1 className="login-title">
          <span className="login-brand">{t.app.name}</span>
          <span className="visually-hidden"> · </span>
          {t.app.platform}
        </h1>
        <div className="login-alert login-alert-warning" role="status" data-testid="login-must-change">
          {t.auth.mustChange}
        </div>
        <form className="login-form" onSubmit={submit} noValidate data-testid="change-password-form">
          {field('newPassword', t.auth.newPassword, 'change-new-password', true)}
          {field('confirm', t.auth.confirmPassword, 'change-confirm-password')}
          {alert && (
            <div className="login-alert" role="alert" data-testid="login-error">
              {alert}
            </div>
          )}
          <button
            type="submit"
            className="login-submit"
            disabled={change.isPending}
            aria-busy={change.isPending}
            data-testid="change-password-submit"
          >
            {change.isPending && <span className="spinner spinner-small" aria-hidden="true" />}
            {t.auth.changeAndSignIn}
          </button>
        </form>
      </div>
    </main>
  );
}

/** A labelled field with its error under it, tied together for screen readers. */
function LoginField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  return (
    <div className="login-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}) })}
      {error && (
        <div id={`${id}-error`} className="login-field-error">
          {error}
        </div>
      )}
    </div>
  );
}

/** The language switch of the sign-in page; the button names the language it switches to. */
function LoginLangSwitch() {
  const t = useT();
  const next = OTHER[useLocale()];
  const changeLocale = useChangeLocale();
  return (
    <button
      type="button"
      className="login-lang-switch"
      lang={next}
      aria-label={format(t.common.labelValue, { label: t.lang.label, value: t.lang[next] })}
      onClick={() => void changeLocale(next)}
      data-testid="lang-switch"
    >
      <GlobalOutlined aria-hidden />
      {t.lang[next]}
    </button>
  );
}
