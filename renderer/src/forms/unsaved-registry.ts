/**
 * The forms open now that hold changes not saved: the route guard asks before leaving the page while any does, and
 * so does the window (reload, close) through beforeunload.
 */
const holders = new Map<symbol, () => boolean>();

export function registerUnsaved(key: symbol, isDirty: () => boolean): () => void {
  holders.set(key, isDirty);
  return () => void holders.delete(key);
}

export function anyUnsaved(): boolean {
  for (const isDirty of holders.values()) if (isDirty()) return true;
  return false;
}

let listening = false;

/** One beforeunload listener for the whole window: the browser (or Electron's shell) asks before losing edits. */
export function listenForUnload(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('beforeunload', (event) => {
    if (!anyUnsaved()) return;
    event.preventDefault();
    // Older engines show their own question only when returnValue is set.
    event.returnValue = '';
  });
}
