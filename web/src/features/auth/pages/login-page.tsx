import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { toFieldErrors, useApiErrorHandler } from '../../../lib/form-errors';
import { useMe } from '../../../lib/get-me';
import { type LoginInput, useLogin } from '../api/login';
import { LangSwitch } from '../components/lang-switch';

/** Only same-site paths: `?next=https://evil` must not become an open redirect. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const t = useT();
  const [form] = Form.useForm<LoginInput>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const loginMutation = useLogin();
  const onError = useApiErrorHandler();
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const onFinish = (values: LoginInput) =>
    loginMutation.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      // Field errors go next to the fields; anything else shows in the alert below.
      onError: (error) => {
        if (error instanceof ApiError && toFieldErrors(error).length > 0) onError(error, form);
      },
    });

  const error = loginMutation.error;
  const alert =
    error && !(error instanceof ApiError && toFieldErrors(error).length > 0)
      ? error instanceof ApiError
        ? (error.problem.detail ?? error.problem.title)
        : t.common.networkError
      : null;

  return (
    <main className="login-page">
      <div className="login-lang">
        <LangSwitch />
      </div>
      <Card className="login-card">
        <Typography.Title level={1} className="login-title">
          {t.app.title}
        </Typography.Title>
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="login-form">
          <Form.Item
            label={t.auth.username}
            name="username"
            rules={[{ required: true, whitespace: true, message: t.common.required }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            label={t.auth.password}
            name="password"
            rules={[{ required: true, message: t.common.required }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          {alert && (
            <Alert type="error" showIcon title={alert} className="login-alert" data-testid="login-error" />
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={loginMutation.isPending}
            data-testid="login-submit"
          >
            {t.auth.signIn}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
