import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createHttpClient } from '../api/http';
import { HttpContext } from '../api/http-context';
import { getSession, setSession } from '../lib/auth-session';
import type { AppConfig } from '../lib/config';
import { ConfigContext } from '../lib/config-context';
import { createQueryClient } from './query-client';
import { cssVariablesResolver, theme } from '../lib/theme';
import { createAppRouter } from './router';

export function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(createQueryClient);
  const [http] = useState(() =>
    createHttpClient({
      baseUrl: config.apiUrl,
      getToken: () => getSession()?.token,
      // A 401 ends the session; RequireAuth then sends the user to sign in and back here.
      onUnauthorized: () => {
        if (!getSession()) return;
        setSession(undefined, 'expired');
        queryClient.clear();
      },
    }),
  );
  const [router] = useState(createAppRouter);

  return (
    <ConfigContext.Provider value={config}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
      >
        <QueryClientProvider client={queryClient}>
          <HttpContext.Provider value={http}>
            <RouterProvider router={router} />
          </HttpContext.Provider>
        </QueryClientProvider>
      </MantineProvider>
    </ConfigContext.Provider>
  );
}
