import { Alert, Button, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useHttp } from '../../api/http-context';
import { authConfigQuery, logIn, type Credentials } from '../../api/ispyb/auth';
import { createSession, setSession } from '../../lib/auth-session';
import { useAppConfig } from '../../lib/config-context';
import { DemoUsers } from './DemoUsers';
import { describeLoginError } from './login-error';

interface FieldErrors {
  login?: string;
  password?: string;
}

/**
 * Login + password for the server's password plugins. On success the session is stored and
 * the page (which watches it) goes on to `returnTo`.
 */
export function LoginForm() {
  const http = useHttp();
  const { demo } = useAppConfig();
  const { data: plugins } = useSuspenseQuery(authConfigQuery(http));
  const [pluginName, setPluginName] = useState(
    () => (plugins.find((p) => p.kind === 'password') ?? plugins[0])?.name ?? '',
  );
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);

  const signIn = useMutation({
    mutationFn: (credentials: Credentials) => logIn(http, credentials),
    onSuccess: (answer) =>
      setSession(createSession(answer.token, answer.login, answer.permissions)),
    onError: () => {
      setPassword('');
      passwordRef.current?.focus();
    },
  });

  if (plugins.length === 0) {
    return (
      <Alert
        color="red"
        variant="light"
        title="No way to sign in"
        icon={<IconAlertTriangle aria-hidden />}
      >
        This ISPyB server offers no sign-in method. Ask the facility to check its configuration.
      </Alert>
    );
  }
  const plugin = plugins.find((p) => p.name === pluginName);
  const unsupported = plugin?.kind === 'token';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {
      login: login.trim() ? undefined : 'Enter your login',
      password: password ? undefined : 'Enter your password',
    };
    setFieldErrors(errors);
    if (errors.login || errors.password || unsupported) return;
    signIn.mutate({ plugin: pluginName, login: login.trim(), password });
  };
  const failure = signIn.isError ? describeLoginError(signIn.error) : undefined;

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label="Sign in">
        <Stack gap="sm">
          {plugins.length > 1 && (
            <NativeSelect
              label="Sign-in method"
              value={pluginName}
              onChange={(event) => setPluginName(event.currentTarget.value)}
              data={plugins.map((p) => p.name)}
            />
          )}
          {unsupported && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
              Single sign-on ({pluginName}) isn’t supported by this client yet.
              {plugins.some((p) => p.kind === 'password')
                ? ' Choose another sign-in method.'
                : ' Use the facility’s other ISPyB portal for now.'}
            </Alert>
          )}
          <TextInput
            label="Login"
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={login}
            onChange={(event) => setLogin(event.currentTarget.value)}
            error={fieldErrors.login}
            disabled={unsupported}
          />
          <PasswordInput
            ref={passwordRef}
            label="Password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
            disabled={unsupported}
          />
          {failure && (
            <Alert
              role="alert"
              color="red"
              variant="light"
              title={failure.title}
              icon={<IconAlertTriangle aria-hidden />}
            >
              {failure.message}
            </Alert>
          )}
          <Button type="submit" loading={signIn.isPending} disabled={unsupported}>
            Sign in
          </Button>
        </Stack>
      </form>
      {demo && demo.users.length > 0 && (
        <DemoUsers
          users={demo.users}
          onPick={(user) => {
            setLogin(user);
            setFieldErrors({});
            passwordRef.current?.focus();
          }}
        />
      )}
    </Stack>
  );
}
