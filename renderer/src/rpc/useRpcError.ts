import App from 'antd/es/app';
import type { FormInstance } from 'antd/es/form';
import { useEffect, useMemo } from 'react';
import { handleSaveError } from '../forms/field-errors';
import { RpcError } from './client';

/** What the user reads for a failure: the core's message is already in the user's language. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface RpcErrorDisplay {
  /** Shows the failure as a notice; with a form, field errors also go on its fields. */
  show(err: unknown, form?: FormInstance): void;
  /** Runs an action; a failure is shown, never dropped. Resolves to undefined when it failed. */
  attempt<T>(action: () => Promise<T>, form?: FormInstance): Promise<T | undefined>;
}

/** The renderer's one "show this RPC error": every caught failure goes through here. */
export function useRpcError(): RpcErrorDisplay {
  const { message } = App.useApp();
  return useMemo(() => {
    const show = (err: unknown, form?: FormInstance) => {
      // A typed core error is expected; anything else is a bug worth its stack in the console.
      if (!(err instanceof RpcError)) console.error(err);
      void message.error(form ? handleSaveError(form, err) : errorText(err));
    };
    return {
      show,
      async attempt<T>(action: () => Promise<T>, form?: FormInstance) {
        try {
          return await action();
        } catch (err) {
          show(err, form);
          return undefined;
        }
      },
    };
  }, [message]);
}

/** Last line of defence: a promise nobody awaited still tells the user it failed. */
export function UnhandledRejections() {
  const { show } = useRpcError();
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent) => {
      e.preventDefault();
      show(e.reason);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [show]);
  return null;
}
