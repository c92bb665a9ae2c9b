import { Anchor, AppShell, Badge, Burger, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink, Outlet, useMatch } from 'react-router';
import { PLANS_PATH, PROPOSALS_PATH, SHIPMENTS_PATH } from '../../lib/paths';
import { useAppConfig } from '../../lib/config-context';
import { seesAllProposals } from '../../domain/person';
import { useAuthSession } from '../../lib/use-auth-session';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { MobileNav } from './MobileNav';
import { SessionExpiryAlert } from './SessionExpiryAlert';
import { UserMenu } from './UserMenu';

/** Header (site, demo badge, navigation, colour scheme, account) above every signed-in page. */
export function AppLayout() {
  const config = useAppConfig();
  const session = useAuthSession();
  const [navOpened, nav] = useDisclosure(false);
  const onProposals = useMatch({ path: PROPOSALS_PATH, end: false }) !== null;
  const onShipments = useMatch({ path: SHIPMENTS_PATH, end: false }) !== null;
  // facility-wide shipments: staff only (all_proposals); users reach theirs from a proposal
  const staff = seesAllProposals(session?.permissions ?? []);
  const onPlans = useMatch({ path: PLANS_PATH, end: false }) !== null;

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close menu' : 'Open menu'}
            />
            <Anchor
              component={Link}
              to={PROPOSALS_PATH}
              fw={700}
              fz="lg"
              c="var(--mantine-color-text)"
              underline="never"
              truncate
            >
              {config.siteName}
            </Anchor>
            {config.demo && (
              <Badge color="yellow.4" variant="filled" autoContrast>
                Demo data
              </Badge>
            )}
            <Group component="nav" aria-label="Main" gap="xs" visibleFrom="sm" ml="md">
              <Button
                component={NavLink}
                to={PROPOSALS_PATH}
                variant={onProposals ? 'light' : 'subtle'}
                size="sm"
              >
                Proposals
              </Button>
              {staff && (
                <Button
                  component={NavLink}
                  to={SHIPMENTS_PATH}
                  variant={onShipments ? 'light' : 'subtle'}
                  size="sm"
                >
                  Shipments
                </Button>
              )}
              <Button
                component={NavLink}
                to={PLANS_PATH}
                variant={onPlans ? 'light' : 'subtle'}
                size="sm"
              >
                Planner
              </Button>
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeToggle />
            {session && (
              <Group visibleFrom="sm">
                <UserMenu login={session.login} />
              </Group>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <MobileNav opened={navOpened} onClose={nav.close} login={session?.login} />
      <AppShell.Main>
        <SessionExpiryAlert />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
