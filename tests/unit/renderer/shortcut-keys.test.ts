import { describe, expect, it } from 'vitest';
import {
  focusKindOf,
  shortcutFor,
  SHORTCUT_ACTIONS,
  SHORTCUTS,
  type KeyPress,
} from '../../../renderer/src/app/shortcut-keys';
import { mayVisit } from '../../../renderer/src/app/route-access';
import { roleCan, type Role } from '../../../electron/shared/auth/roles';
import { quickUiEn, quickUiZhCN } from '../../../renderer/src/app/quick-i18n';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const nowhere = { typing: false, listbox: false };
const inField = { typing: true, listbox: false };
const inSelect = { typing: true, listbox: true };

describe('which shortcut a key press calls for', () => {
  it('Ctrl (or ⌘) with K, N, S, P: search, new, save, print — in a field too, capitals (Caps Lock) too', () => {
    expect(shortcutFor(press('k', { ctrlKey: true }), nowhere)).toBe('search');
    expect(shortcutFor(press('K', { metaKey: true }), inField)).toBe('search');
    expect(shortcutFor(press('n', { ctrlKey: true }), nowhere)).toBe('new');
    expect(shortcutFor(press('s', { ctrlKey: true }), inField)).toBe('save');
    expect(shortcutFor(press('P', { ctrlKey: true }), inField)).toBe('print');
    // Ctrl+Shift+N (a private window) and AltGr combinations are not ours; plain letters are typing.
    expect(shortcutFor(press('N', { ctrlKey: true, shiftKey: true }), nowhere)).toBeNull();
    expect(shortcutFor(press('s', { ctrlKey: true, altKey: true }), nowhere)).toBeNull();
    expect(shortcutFor(press('s'), nowhere)).toBeNull();
  });

  it('? shows the list, but not while typing: then it is a question mark', () => {
    expect(shortcutFor(press('?', { shiftKey: true }), nowhere)).toBe('help');
    expect(shortcutFor(press('?', { shiftKey: true }), inField)).toBeNull();
  });

  it('Alt+↓ / Alt+↑ go to the next and previous record, except in a drop-down, which opens with them', () => {
    expect(shortcutFor(press('ArrowDown', { altKey: true }), nowhere)).toBe('next');
    expect(shortcutFor(press('ArrowUp', { altKey: true }), inField)).toBe('previous');
    expect(shortcutFor(press('ArrowDown', { altKey: true }), inSelect)).toBeNull();
    expect(shortcutFor(press('ArrowDown'), nowhere)).toBeNull();
  });

  it('Esc is the drawers’ own (listed, never taken here); the browser’s print, save and new window are suppressed', () => {
    expect(shortcutFor(press('Escape'), nowhere)).toBeNull();
    expect(SHORTCUT_ACTIONS.filter((a) => SHORTCUTS[a].claimsKeys)).toEqual(['search', 'new', 'save', 'print']);
  });

  it('every shortcut is described in both languages', () => {
    for (const a of SHORTCUT_ACTIONS) {
      expect(quickUiZhCN.keys.actions[a]).toBeTruthy();
      expect(quickUiEn.keys.actions[a]).toBeTruthy();
    }
  });
});

describe('what the focused element is', () => {
  const el = (tagName: string, attrs: Record<string, string> = {}, isContentEditable = false) => ({
    tagName,
    isContentEditable,
    getAttribute: (n: string) => attrs[n] ?? null,
  });
  it('text boxes and text areas are typing; a combobox owns the arrows; a checkbox or a button is neither', () => {
    expect(focusKindOf(el('INPUT'))).toEqual({ typing: true, listbox: false });
    expect(focusKindOf(el('INPUT', { role: 'combobox' }))).toEqual({ typing: true, listbox: true });
    expect(focusKindOf(el('TEXTAREA'))).toEqual({ typing: true, listbox: false });
    expect(focusKindOf(el('DIV', {}, true))).toEqual({ typing: true, listbox: false });
    expect(focusKindOf(el('INPUT', { type: 'checkbox' }))).toEqual({ typing: false, listbox: false });
    expect(focusKindOf(el('BUTTON'))).toEqual({ typing: false, listbox: false });
    expect(focusKindOf(null)).toEqual({ typing: false, listbox: false });
  });
});

describe('after a change of user, the page stays only if the new user may see it', () => {
  const may = (path: string, role: Role) => mayVisit(path, role, (p) => roleCan(role, p));
  it('a dispatch clerk keeps the notes and orders, but not invoices, quotes or the dashboard', () => {
    expect(may('/deliveries/notes', 'dispatch')).toBe(true);
    expect(may('/orders', 'dispatch')).toBe(true);
    expect(may('/invoices', 'dispatch')).toBe(false);
    expect(may('/invoices/uninvoiced', 'dispatch')).toBe(false);
    expect(may('/quotes', 'dispatch')).toBe(false);
    expect(may('/dashboard', 'dispatch')).toBe(false);
    expect(may('/dashboard', 'manager')).toBe(true);
    expect(may('/', 'dispatch')).toBe(true);
  });
  it('settings sub-pages follow settings; pages outside the navigation are the router’s to handle', () => {
    expect(may('/settings/users', 'sales')).toBe(true);
    expect(may('/audit', 'purchaser')).toBe(true);
    expect(may('/nowhere', 'sales')).toBe(true);
  });
});
