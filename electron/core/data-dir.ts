import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Neiqin';

/**
 * The per-user data folder, the same one Electron's userData points at
 * (main sets it), so the desktop app and browser mode share one database.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.NEIQIN_DATA_DIR) return path.resolve(env.NEIQIN_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}
