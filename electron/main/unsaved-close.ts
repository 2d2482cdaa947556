import { app, dialog, type BrowserWindow } from 'electron';
import { translate } from '../shared/i18n/translate';

/**
 * The renderer refuses to unload while a form holds unsaved changes (beforeunload); Electron would then just not
 * close or reload. Ask the user instead, in the system's language, and let the window go if they choose to leave.
 */
export function askBeforeDroppingEdits(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const locale = app.getLocale().startsWith('zh') ? 'zh-CN' : 'en';
    const leave = translate(locale, 'formsMsg.unsaved.leave');
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [leave, translate(locale, 'formsMsg.unsaved.stay')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
      message: translate(locale, 'formsMsg.unsaved.title'),
      detail: translate(locale, 'formsMsg.unsaved.detail'),
    });
    // Preventing the default of will-prevent-unload ignores the page's refusal: the window closes or reloads.
    if (choice === 0) event.preventDefault();
  });
}
