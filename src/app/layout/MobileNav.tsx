import { Button, Divider, Drawer, NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { IconCalendarTime, IconFolders, IconLogout, IconPackage } from '@tabler/icons-react';
import { NavLink, useMatch } from 'react-router';
import { PLANS_PATH, PROPOSALS_PATH, SHIPMENTS_PATH } from '../../lib/paths';
import { seesAllProposals } from '../../domain/person';
import { useAuthSession } from '../../lib/use-auth-session';
import { useSignOutTo } from './use-sign-out-to';

export interface MobileNavProps {
  opened: boolean;
  onClose: () => void;
  login: string | undefined;
}

/** Narrow screens: the header's links and account actions, in a drawer opened by the burger. */
export function MobileNav({ opened, onClose, login }: MobileNavProps) {
  const signOutTo = useSignOutTo();
  const onProposals = useMatch({ path: PROPOSALS_PATH, end: false }) !== null;
  const onShipments = useMatch({ path: SHIPMENTS_PATH, end: false }) !== null;
  const staff = seesAllProposals(useAuthSession()?.permissions ?? []);
  const onPlans = useMatch({ path: PLANS_PATH, end: false }) !== null;
  return (
    <Drawer opened={opened} onClose={onClose} title="Menu" size="xs" hiddenFrom="sm">
      <Stack gap="sm" component="nav" aria-label="Main">
        <MantineNavLink
          component={NavLink}
          to={PROPOSALS_PATH}
          label="Proposals"
          leftSection={<IconFolders size={18} aria-hidden />}
          active={onProposals}
          onClick={onClose}
        />
        {staff && (
          <MantineNavLink
            component={NavLink}
            to={SHIPMENTS_PATH}
            label="Shipments"
            leftSection={<IconPackage size={18} aria-hidden />}
            active={onShipments}
            onClick={onClose}
          />
        )}
        <MantineNavLink
          component={NavLink}
          to={PLANS_PATH}
          label="Planner"
          leftSection={<IconCalendarTime size={18} aria-hidden />}
          active={onPlans}
          onClick={onClose}
        />
        <Divider />
        {login && (
          <Text size="sm" c="dimmed">
            Signed in as {login}
          </Text>
        )}
        <Button
          variant="light"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOutTo()}
        >
          Sign out
        </Button>
      </Stack>
    </Drawer>
  );
}
