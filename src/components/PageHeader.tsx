import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

export interface PageHeaderProps {
  /** Ancestors of this page, outermost first; the page itself is added from `title`. */
  crumbs?: Crumb[];
  title: string;
  /** A line under the title (e.g. a proposal's full title). */
  subtitle?: ReactNode;
  /** Actions or badges on the right (below the title on narrow screens). */
  right?: ReactNode;
}

/** Breadcrumb trail + the page's only `h1`. Renders at once, before any data has loaded. */
export function PageHeader({ crumbs = [], title, subtitle, right }: PageHeaderProps) {
  return (
    <Stack gap={4} mb="md">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb">
          <Group component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
            {crumbs.map((crumb) => (
              <Group component="li" key={crumb.to} gap={6} wrap="nowrap">
                <Anchor component={Link} to={crumb.to} size="sm">
                  {crumb.label}
                </Anchor>
                <Text span size="sm" c="dimmed" aria-hidden>
                  /
                </Text>
              </Group>
            ))}
            <Box component="li">
              <Text span size="sm" aria-current="page">
                {title}
              </Text>
            </Box>
          </Group>
        </nav>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {subtitle && <Text c="dimmed">{subtitle}</Text>}
        </Stack>
        {right}
      </Group>
    </Stack>
  );
}
