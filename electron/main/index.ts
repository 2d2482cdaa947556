import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, shell, type IpcMainInvokeEvent } from 'electron';
import { openCore, type Core } from '../core/app';
import { defaultDataDir } from '../core/data-dir';
import { IPC_RPC_CHANNEL, type IpcRpcRequest } from '../shared/rpc/bridge';
import { isLocale, type Envelope } from '../shared/rpc/envelope';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { bindDesktopPrinting } from './desktop-print';
import { ElectronPrinter } from './electron-printer';
import { ElectronHtmlToPdf } from './electron-html-to-pdf';
import { desktopSecrets } from './safe-storage-secret-box';
import { buildMenu } from './menu';
import { askBeforeDroppingEdits } from './unsaved-close';

// electron-vite sets this in `electron-vite dev` only.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (err: unknown) => {
    console.error(err);
    app.exit(1);
  });
}

function trustedOrigin(url: string): boolean {
  try {
    const origin = new URL(url).origin;
    return origin === APP_ORIGIN || (devServerUrl !== undefined && origin === new URL(devServerUrl).origin);
  } catch {
    return false;
  }
}

/** Only our own window's top frame, showing our own page, may call the core. */
function fromOurWindow(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    frame !== null &&
    frame.parent === null &&
    trustedOrigin(frame.url)
  );
}

function bindRpc(core: Core): void {
  ipcMain.handle(IPC_RPC_CHANNEL, async (event, request: IpcRpcRequest): Promise<Envelope<unknown>> => {
    if (!fromOurWindow(event)) return { ok: false, error: { code: 'FORBIDDEN', message: 'untrusted sender' } };
    if (!request || typeof request.channel !== 'string')
      return { ok: false, error: { code: 'VALIDATION', message: 'malformed request' } };
    const meta = request.meta ?? {};
    return core.call(request.channel, request.input, {
      ...(typeof meta.sessionId === 'string' ? { sessionId: meta.sessionId } : {}),
      ...(isLocale(meta.locale) ? { locale: meta.locale } : {}),
    });
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '内勤 Neiqin',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // The built-in PDF viewer, for print previews.
      plugins: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  askBeforeDroppingEdits(win);
  win.webContents.on('will-navigate', (event, url) => {
    if (!trustedOrigin(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser; nothing opens inside the app.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  const dataDir = defaultDataDir();
  const core = await openCore({ dataDir, htmlToPdf: new ElectronHtmlToPdf(), secrets: desktopSecrets(dataDir) });
  serveRenderer(path.join(__dirname, '../renderer'));
  bindRpc(core);
  // 打印 straight to this PC's printers: the same sender check as the core's calls.
  bindDesktopPrinting(ipcMain, fromOurWindow, new ElectronPrinter(() => mainWindow));
  Menu.setApplicationMenu(buildMenu(core, () => mainWindow, !app.isPackaged));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  core.backupScheduler.start();
  app.on('window-all-closed', () => app.quit());
  // Every way out (last window, 文件 › 退出, the OS) waits for the core to close: it takes the
  // day's automatic backup if there is none yet, then releases the database.
  let closed = false;
  let closing = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void core
      .close()
      .catch((err: unknown) => console.error('[neiqin] closing the core failed', err))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
