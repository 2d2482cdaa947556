import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { SearchPalette } from './SearchPalette';
import { ShortcutHelp } from './ShortcutHelp';
import { focusKindOf, shortcutFor, SHORTCUTS, type ShortcutAction } from './shortcut-keys';

type Handler = () => void;

interface Shortcuts {
  /** Adds a handler on top of the action's stack; the returned function takes it off again. */
  register(action: ShortcutAction, handler: Handler): () => void;
  /** Opens the global search, with text already typed (the header box). */
  openSearch(text?: string): void;
  openHelp(): void;
}

const ShortcutContext = createContext<Shortcuts | null>(null);

/** Something is open over the page: a drawer or a dialog. */
const overlayOpen = (selector: string) =>
  Array.from(document.querySelectorAll<HTMLElement>(selector)).some((el) => el.checkVisibility?.() ?? true);
const DIALOG = '.ant-modal-wrap';
const DRAWER_OR_DIALOG = `.ant-drawer-open, ${DIALOG}`;

/**
 * The one keyboard listener of the app. Pages, editors and drawers offer what a shortcut does with useShortcut;
 * the handler registered last (the innermost, most recently opened) runs. Ctrl+K (search) and ? (the list) are
 * handled here. New (Ctrl+N) acts only on a page with nothing open over it; print and next/previous record not while
 * a dialog (a preview, a question) is open over the drawer, so a counted print is not sent twice.
 */
export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const stack = useRef<{ action: ShortcutAction; handler: Handler }[]>([]);
  const [search, setSearch] = useState<{ text: string } | null>(null);
  const [help, setHelp] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.repeat) return;
      const action = shortcutFor(e, focusKindOf(e.target instanceof Element ? e.target : null));
      if (!action) return;
      if (SHORTCUTS[action].claimsKeys) e.preventDefault();
      if (action === 'search') return setSearch((s) => s ?? { text: '' });
      if (action === 'help') {
        e.preventDefault();
        return setHelp(true);
      }
      // A save goes to the innermost form, a dialog's own included; the rest wait until a dialog over them closes.
      if (action === 'new' && overlayOpen(DRAWER_OR_DIALOG)) return;
      if ((action === 'print' || action === 'next' || action === 'previous') && overlayOpen(DIALOG)) return;
      const top = [...stack.current].reverse().find((entry) => entry.action === action);
      if (!top) return;
      e.preventDefault();
      top.handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const value = useMemo<Shortcuts>(
    () => ({
      register(action, handler) {
        const entry = { action, handler };
        stack.current.push(entry);
        return () => {
          stack.current = stack.current.filter((e) => e !== entry);
        };
      },
      openSearch: (text = '') => setSearch({ text }),
      openHelp: () => setHelp(true),
    }),
    [],
  );

  return (
    <ShortcutContext.Provider value={value}>
      {children}
      {search && <SearchPalette initialText={search.text} onClose={() => setSearch(null)} />}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </ShortcutContext.Provider>
  );
}

export function useShortcuts(): Shortcuts {
  const ctx = useContext(ShortcutContext);
  if (!ctx) throw new Error('useShortcuts outside ShortcutsProvider');
  return ctx;
}

/**
 * Offers what `action` does here, while mounted (and while `handler` is given: pass null when the user may not).
 * The latest handler runs, so callers pass it inline.
 */
export function useShortcut(action: ShortcutAction, handler: Handler | null | undefined | false): void {
  const ctx = useContext(ShortcutContext);
  const latest = useRef<Handler | null>(null);
  useLayoutEffect(() => {
    latest.current = handler || null;
  });
  const enabled = Boolean(handler);
  useEffect(() => {
    if (!ctx || !enabled) return;
    return ctx.register(action, () => latest.current?.());
  }, [ctx, action, enabled]);
}
