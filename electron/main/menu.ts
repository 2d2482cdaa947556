import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { Core } from '../core/app';
import { writeBackup } from '../core/db/backup-file';

/** The application menu, in Chinese like the rest of the desktop app. */
export function buildMenu(core: Core, getWindow: () => BrowserWindow | null, isDev: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        {
          label: '立即备份数据',
          click: async () => {
            const name = await writeBackup(core.services.db(), core.services.backupDir, 'manual');
            const win = getWindow();
            const options = {
              type: 'info' as const,
              title: '备份完成',
              message: `已备份到：\n${path.join(core.services.backupDir, name)}`,
            };
            if (win) await dialog.showMessageBox(win, options);
            else await dialog.showMessageBox(options);
          },
        },
        { label: '打开数据文件夹', click: () => void shell.openPath(core.services.dataDir) },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '重新加载', role: 'reload' },
        ...(isDev ? [{ label: '开发者工具', role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于内勤',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: '关于内勤',
              message: `内勤 Neiqin ${app.getVersion()}`,
              detail: `销售内勤、外勤与经理的桌面后台。\n数据文件夹：${core.services.dataDir}`,
            }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
