/**
 * Every keyboard shortcut of the app, its keys and when it applies: the one table the key handler and the
 * shortcut list (?) read. Pure, so its rules are tested without a browser.
 */
export const SHORTCUT_ACTIONS = ['search', 'new', 'save', 'print', 'close', 'next', 'previous', 'help'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/** The parts of a keydown event the rules read. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What the focused element is: typing into a field, or in a drop-down list that owns the arrow keys. */
export interface FocusKind {
  typing: boolean;
  listbox: boolean;
}

interface Shortcut {
  /** The keys as the shortcut list shows them. */
  keys: string[];
  matches(e: KeyPress, focus: FocusKind): boolean;
  /** The browser's own meaning of the keys (print, save page, new window) is suppressed whether or not it runs. */
  claimsKeys: boolean;
}

/** Ctrl on Windows and Linux, ⌘ on a Mac: either is taken. */
const command = (e: KeyPress) => (e.ctrlKey || e.metaKey) && !e.altKey;
const letter = (e: KeyPress, l: string) => e.key.toLowerCase() === l;

export const SHORTCUTS: Record<ShortcutAction, Shortcut> = {
  search: { keys: ['Ctrl+K'], matches: (e) => command(e) && letter(e, 'k'), claimsKeys: true },
  new: { keys: ['Ctrl+N'], matches: (e) => command(e) && !e.shiftKey && letter(e, 'n'), claimsKeys: true },
  save: { keys: ['Ctrl+S'], matches: (e) => command(e) && letter(e, 's'), claimsKeys: true },
  print: { keys: ['Ctrl+P'], matches: (e) => command(e) && letter(e, 'p'), claimsKeys: true },
  // Drawers and dialogs close themselves on Esc (the topmost one, through its own close button's path).
  close: { keys: ['Esc'], matches: () => false, claimsKeys: false },
  next: {
    keys: ['Alt+↓'],
    matches: (e, f) => e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowDown' && !f.listbox,
    claimsKeys: false,
  },
  previous: {
    keys: ['Alt+↑'],
    matches: (e, f) => e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowUp' && !f.listbox,
    claimsKeys: false,
  },
  // A question mark typed into a field is text, not a request for help.
  help: {
    keys: ['?'],
    matches: (e, f) => e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !f.typing,
    claimsKeys: false,
  },
};

/** The shortcut these keys call for, if any. */
export function shortcutFor(e: KeyPress, focus: FocusKind): ShortcutAction | null {
  return SHORTCUT_ACTIONS.find((a) => SHORTCUTS[a].matches(e, focus)) ?? null;
}

/** Whether an element takes typed text or owns the arrow keys (a select, a combobox). */
export function focusKindOf(
  el: { tagName?: string; isContentEditable?: boolean; getAttribute?(n: string): string | null } | null,
): FocusKind {
  if (!el?.tagName) return { typing: false, listbox: false };
  const tag = el.tagName.toLowerCase();
  const role = el.getAttribute?.('role') ?? '';
  const listbox = role === 'combobox' || role === 'listbox' || tag === 'select';
  const type = (el.getAttribute?.('type') ?? 'text').toLowerCase();
  const textInput =
    tag === 'input' && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  return { typing: textInput || tag === 'textarea' || tag === 'select' || Boolean(el.isContentEditable), listbox };
}
