/**
 * Browser mode's 打印: the PDF in a hidden frame, and the browser's own print dialog for it. The frame stays until
 * the next print (removing it would close the dialog); its blob URL goes with it.
 */
let current: { frame: HTMLIFrameElement; url: string } | null = null;

export function pdfUrl(dataBase64: string): string {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/** Resolves once the print dialog was asked for; rejects if the browser would not open it. */
export function printInBrowser(dataBase64: string): Promise<void> {
  if (current) {
    current.frame.remove();
    URL.revokeObjectURL(current.url);
  }
  const url = pdfUrl(dataBase64);
  const frame = document.createElement('iframe');
  frame.title = 'print';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Not display:none: a frame that is not rendered prints nothing.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
  current = { frame, url };
  return new Promise((resolve, reject) => {
    // The page keeps its focus once the dialog closes (Escape then closes the page's drawer, not the PDF).
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    frame.onload = () => {
      try {
        frame.contentWindow!.focus();
        frame.contentWindow!.print();
        back?.focus();
        resolve();
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    frame.src = url;
    document.body.appendChild(frame);
  });
}
