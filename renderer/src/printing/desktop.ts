import type { NeiqinDesktop } from '@shared/printing/desktop-bridge';

declare global {
  interface Window {
    /** Only in the desktop app (its preload puts it there). */
    neiqinDesktop?: NeiqinDesktop;
  }
}

/** The capability check: the desktop app prints straight to this PC's printers, a browser through its dialog. */
export function desktopPrinting(): NeiqinDesktop | undefined {
  return window.neiqinDesktop;
}
