import type { HandlerMap } from '../rpc/handler';

type Channel = 'demo.status' | 'demo.load';

// Placeholder while the demo company is written (same session); replaced before landing.
export const demoHandlers: HandlerMap<Channel> = {
  'demo.status': async () => ({ empty: true, loaded: false }),
  'demo.load': async () => {
    throw new Error('demo data not written yet');
  },
};
