// `npm start`: the desktop app when the Electron binary is here, otherwise browser
// mode, saying so. `npm run web` (--browser) always starts browser mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forceBrowser = process.argv.includes('--browser');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const marker = path.join(root, 'out', 'main', 'cli.js');
  const sources = Math.max(...['electron', 'renderer', 'migrations'].map((d) => newestMtime(path.join(root, d))));
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= sources) return;
  console.log('Building Neiqin (electron-vite build)…');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The Electron executable, fetching it once if it is missing; null when it cannot be had. */
function electronBinary() {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const present = () =>
    fs.existsSync(pathFile) && fs.existsSync(path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8')));
  if (present()) return path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8'));
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  console.log('The Electron binary is not installed yet; trying to download it once…');
  const r = spawnSync(process.execPath, [path.join(pkg, 'install.js')], { cwd: pkg, stdio: 'pipe', timeout: 180_000 });
  return r.status === 0 && present() ? path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8')) : null;
}

ensureBuilt();
const electron = forceBrowser ? null : electronBinary();
if (electron) {
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!forceBrowser) {
    console.log(
      'The Electron binary could not be downloaded here (its download host is not reachable), so the desktop window waits for it.\n' +
        'Starting browser mode instead: the same Neiqin, served on 127.0.0.1 for your browser.\n',
    );
  }
  const canOpen = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const args = [path.join(root, 'out', 'main', 'cli.js'), 'serve', ...(canOpen && !process.env.CI ? ['--open'] : [])];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
