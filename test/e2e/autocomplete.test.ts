import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { activeElement, tabUntil, useE2E } from './helpers.js';

const TYPED = 'entre';

interface Combobox {
  role: string | null;
  expanded: string | null;
  controls: string | null;
  activeDescendant: string | null;
  value: string;
}

async function combobox(page: Page, inputId: string): Promise<Combobox> {
  return page.evaluate((id) => {
    const input = document.getElementById(id) as HTMLInputElement;
    return {
      role: input.getAttribute('role'),
      expanded: input.getAttribute('aria-expanded'),
      controls: input.getAttribute('aria-controls'),
      activeDescendant: input.getAttribute('aria-activedescendant'),
      value: input.value,
    };
  }, inputId);
}

/** Opens the page, tabs to the search box, types, and waits for the suggestions to show. */
async function typeInSearchBox(page: Page, inputId: string): Promise<{ listId: string; options: { id: string; text: string }[] }> {
  await page.goto('/');
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('role') === 'combobox', inputId);
  await tabUntil(page, (focused) => focused.id === inputId, { what: `#${inputId}` });
  await page.keyboard.type(TYPED, { delay: 20 });
  const state = await combobox(page, inputId);
  assert.ok(state.controls, 'the combobox names its listbox with aria-controls');
  const list = page.locator(`#${state.controls}`);
  await list.waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await list.getAttribute('role'), 'listbox');
  assert.equal((await combobox(page, inputId)).expanded, 'true', 'aria-expanded is true while the list shows');
  const options = await list.locator('[role="option"]').evaluateAll((items) => items.map((item) => ({ id: item.id, text: (item.firstChild?.textContent ?? '').trim() })));
  assert.ok(options.length > 0, `typing "${TYPED}" should suggest services`);
  assert.ok(
    options.some((option) => /entre/i.test(option.text.normalize('NFD').replace(/\p{M}/gu, ''))),
    `suggestions should match "${TYPED}": ${options.map((option) => option.text).join(', ')}`,
  );
  return { listId: state.controls, options };
}

describe('search autocomplete (ARIA combobox) in Chromium', () => {
  const e2e = useE2E();

  for (const inputId of ['recherche-accueil-q', 'search-header-input']) {
    test(`#${inputId}: ArrowDown then Enter opens the suggested service`, async () => {
      const { context, page, errors } = await e2e.newPage();
      const { listId, options } = await typeInSearchBox(page, inputId);
      const first = options[0]!;

      // The open list passes axe too.
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include(`#${listId}`).analyze();
      assert.deepEqual(
        results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
        [],
        'no axe violation in the open suggestion list',
      );

      await page.keyboard.press('ArrowDown');
      const state = await combobox(page, inputId);
      assert.equal(state.activeDescendant, first.id, 'ArrowDown makes the first option the active descendant');
      assert.equal(await page.locator(`#${first.id}`).getAttribute('aria-selected'), 'true');
      assert.equal((await activeElement(page)).id, inputId, 'the focus stays in the search box');

      const slug = await page.evaluate(async ({ q }) => {
        const response = await fetch(`/api/v1/suggestions?q=${encodeURIComponent(q)}`);
        return ((await response.json()) as { suggestions: { slug: string }[] }).suggestions[0]?.slug;
      }, { q: TYPED });
      assert.ok(slug, 'the API suggests the same first service');
      await Promise.all([page.waitForURL((url) => url.pathname === `/services/${slug}`), page.keyboard.press('Enter')]);
      assert.equal(await page.locator('h1').innerText(), first.text, 'the page of the chosen suggestion opens');
      assert.deepEqual(errors, [], 'no console error');
      await context.close();
    });
  }

  test('Escape closes the list and keeps what was typed; Enter then searches for it', async () => {
    const { context, page, errors } = await e2e.newPage();
    const inputId = 'recherche-accueil-q';
    const { listId } = await typeInSearchBox(page, inputId);
    await page.keyboard.press('ArrowDown');

    await page.keyboard.press('Escape');
    await page.locator(`#${listId}`).waitFor({ state: 'hidden', timeout: 2000 });
    const state = await combobox(page, inputId);
    assert.equal(state.expanded, 'false', 'aria-expanded is false once closed');
    assert.equal(state.activeDescendant, null, 'no active descendant once closed');
    assert.equal(state.value, TYPED, 'Escape closes the suggestions without erasing the text');
    assert.equal(new URL(page.url()).pathname, '/', 'Escape does not navigate');
    await page.waitForTimeout(400);
    assert.equal(await page.locator(`#${listId}`).isVisible(), false, 'the list stays closed');

    // Typing reopens the list; Escape pressed before the pending lookup answers keeps it closed.
    await page.keyboard.type('t');
    await page.locator(`#${listId}`).waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.type('i');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
    assert.equal(await page.locator(`#${listId}`).isVisible(), false, 'a suggestion lookup still pending when Escape was pressed does not reopen the list');
    assert.equal((await combobox(page, inputId)).expanded, 'false');
    const typed = `${TYPED}ti`;
    assert.equal((await combobox(page, inputId)).value, typed);

    await Promise.all([page.waitForURL((url) => url.pathname === '/recherche'), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).searchParams.get('q'), typed, 'Enter with no active option submits the search');
    assert.deepEqual(errors, [], 'no console error');
    await context.close();
  });
});
