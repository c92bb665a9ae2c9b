import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { reportCaughtError } from './app/caught-errors';
import { loadConfig } from './lib/config';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container, { onCaughtError: reportCaughtError });

loadConfig()
  .then((config) => {
    document.title = config.siteName;
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    // Without a valid config.json there is no API to talk to: say so plainly, without Mantine.
    root.render(
      <main
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '40rem',
          margin: '4rem auto',
          padding: '0 1rem',
        }}
      >
        <h1>ispyb-web cannot start</h1>
        <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
        <p>Ask the facility to check the app's config.json, then reload this page.</p>
      </main>,
    );
  });
