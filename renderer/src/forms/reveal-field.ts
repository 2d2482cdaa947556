import type { FormInstance } from 'antd/es/form';

type NamePath = (string | number)[];

/** The DOM element of a form field: its control's ref when it gives one, else the id Form.Item put on it. */
function fieldElement(form: FormInstance, name: NamePath): HTMLElement | null {
  const instance = form.getFieldInstance(name) as
    { nativeElement?: unknown; input?: unknown; focus?: unknown } | HTMLElement | undefined;
  if (instance instanceof HTMLElement) return instance;
  for (const candidate of [instance?.input, instance?.nativeElement])
    if (candidate instanceof HTMLElement) return candidate;
  // Forms here are unnamed: Form.Item gives the control the id lines_0_quantity; the newest form drawn wins. A list
  // (lines) has no control of its own: its first row's first field stands for it.
  const id = name.join('_');
  const matches = document.querySelectorAll<HTMLElement>(`[id="${id}"]`);
  if (matches.length) return matches[matches.length - 1]!;
  return document.querySelector<HTMLElement>(`[id^="${id}_"]`);
}

/** The tabs to switch to, outermost first, for an element inside tab panels that are not showing. */
function hiddenTabsAround(element: HTMLElement): HTMLElement[] {
  const tabs: HTMLElement[] = [];
  let panel = element.closest<HTMLElement>('[role="tabpanel"]');
  while (panel) {
    if (panel.getAttribute('aria-hidden') === 'true') {
      const tabId = panel.getAttribute('aria-labelledby');
      const tab = tabId ? document.getElementById(tabId) : null;
      if (tab) tabs.unshift(tab);
    }
    panel = panel.parentElement?.closest<HTMLElement>('[role="tabpanel"]') ?? null;
  }
  return tabs;
}

/**
 * Takes the user to a field: switches to the tab that holds it, scrolls it into view and puts the cursor in it,
 * so an error on another tab is not an error nobody sees.
 */
export function revealField(form: FormInstance, name: NamePath): void {
  const element = fieldElement(form, name);
  if (!element) return;
  for (const tab of hiddenTabsAround(element)) tab.click();
  // The tab shows its pane on the next render; then the field can be scrolled to and focused.
  window.setTimeout(() => {
    const target = fieldElement(form, name) ?? element;
    target.scrollIntoView({ block: 'center', behavior: 'auto' });
    const focusable = target.matches('input, textarea, [tabindex]')
      ? target
      : target.querySelector<HTMLElement>('input, textarea, [tabindex]');
    focusable?.focus({ preventScroll: true });
  }, 50);
}
