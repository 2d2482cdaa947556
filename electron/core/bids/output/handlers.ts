import { translate } from '../../../shared/i18n/translate';
import type { HandlerMap } from '../../rpc/handler';
import { buildProgress } from './build-progress';

type Channel = 'bids.output.build' | 'bids.output.progress';

/** The merged 投标文件 per edition, with its progress for the dialog that waits on it. */
export const bidOutputHandlers: HandlerMap<Channel> = {
  'bids.output.build': async ({ packageId, edition, copyNo, jobId }, { db, services, locale, user }) => {
    const progress = buildProgress.start(services, jobId, user!.id, translate(locale, 'bidOutputMsg.progress.load'));
    try {
      // pdf-lib, the templates and react-dom/server load with the first package, not at start.
      const { buildBidPackage } = await import('./build-package');
      const built = await buildBidPackage(
        db,
        services,
        locale,
        { packageId, edition, copyNo: copyNo ?? null },
        progress,
      );
      return {
        filename: built.filename,
        dataBase64: Buffer.from(built.pdf).toString('base64'),
        pages: built.pages,
        skipped: built.skipped,
      };
    } finally {
      buildProgress.end(services, jobId);
    }
  },
  'bids.output.progress': async ({ jobId }, { services, user }) => {
    const entry = buildProgress.get(services, jobId, user!.id);
    return entry
      ? { step: entry.step, total: entry.total, label: entry.label, running: true }
      : { step: 0, total: 0, label: '', running: false };
  },
};
