import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses an option of a select box as a user does: open it, type to narrow it if asked, click the option, and see
 * the box show it. A click that lands while the dropdown is still sliding in is dropped by the browser without an
 * error, so the whole gesture is repeated until the box shows the choice.
 */
export async function chooseOption(page: Page, field: Locator, option: string, typed?: string): Promise<void> {
  const box = field.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const openList = page.locator('.ant-select-dropdown:visible');
  const entry = openList.locator('.ant-select-item-option').filter({ hasText: option }).first();
  // A single select closes and shows the choice; a multiple one stays open and marks the option chosen.
  const taken = async () =>
    ((await box.textContent()) ?? '').includes(option) ||
    ((await entry.count()) > 0 && /ant-select-item-option-selected/.test((await entry.getAttribute('class')) ?? ''));
  await expect(async () => {
    // Clicking a chosen option of a multiple select again would take it out.
    if (await taken()) return;
    if ((await openList.count()) === 0) {
      await field.click();
      if (typed) await page.keyboard.type(typed);
    }
    await entry.click({ timeout: 5_000 });
    await expect.poll(taken, { timeout: 2_000 }).toBe(true);
  }).toPass({ timeout: 30_000 });
}

/** Opens a "more" menu and chooses an entry, again until the menu has really taken the click (it closes). */
export async function chooseMenuItem(page: Page, trigger: Locator, item: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name: item });
  await expect(async () => {
    if (!(await entry.isVisible())) await trigger.click();
    await entry.click({ timeout: 5_000 });
    await expect(entry).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
