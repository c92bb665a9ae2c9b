import { Code } from '@mantine/core';
import { useLocation } from 'react-router';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';

/** Any URL the router does not know. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <NotFoundPanel title="There is no page at this address">
        Nothing lives at <Code>{pathname}</Code>. The link may be old or mistyped.
      </NotFoundPanel>
    </>
  );
}
