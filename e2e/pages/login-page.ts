import { expect, type Locator, type Page } from '@playwright/test';

/** The sign-in screen, driven as a user would: pick a demo user, type a password, submit. */
export class LoginPage {
  readonly heading: Locator;
  readonly login: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly demoUsers: Locator;
  readonly expiredNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Sign in to / });
    this.login = page.getByLabel(/^Login/);
    this.password = page.getByLabel(/^Password/);
    this.submit = page.getByRole('button', { name: 'Sign in', exact: true });
    this.demoUsers = page.getByRole('region', { name: 'Demo users' });
    this.expiredNotice = page.getByText(
      'Your session expired. Sign in again to continue where you were.',
    );
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.heading).toBeVisible();
  }

  demoUserButton(login: string): Locator {
    return this.page.getByRole('button', { name: `Use login ${login}` });
  }

  /** Picks `login` from the demo users, types a password and submits. */
  async signInAs(login: string, password = 'any password'): Promise<void> {
    await this.demoUserButton(login).click();
    await expect(this.login).toHaveValue(login);
    await expect(this.password).toBeFocused();
    await this.password.fill(password);
    await this.submit.click();
  }
}
