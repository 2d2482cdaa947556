import App from 'antd/es/app';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { listenForUnload, registerUnsaved } from './unsaved-registry';

export interface UnsavedGuard {
  /** Give to the Form's onValuesChange (it fires on the user's edits only), or call on any edit outside a form. */
  onValuesChange(): void;
  /** After a save, or when the form is loaded afresh: nothing left to lose. */
  markClean(): void;
  isDirty(): boolean;
  /**
   * Wraps a close (the drawer's ×, Escape, 取消): with unsaved changes it asks first
   * ("有未保存的修改，确定离开？"), and closes only if the user says leave.
   */
  guard(close: () => void): () => void;
}

/**
 * One form's unsaved changes, for every way out of it: its close button and Escape (guard), leaving the page
 * (the route guard in the app shell asks while any form is dirty) and reloading or closing the window.
 */
export function useUnsavedGuard(enabled = true): UnsavedGuard {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const dirty = useRef(false);
  const asking = useRef(false);

  useEffect(() => {
    listenForUnload();
    return registerUnsaved(Symbol('form'), () => enabled && dirty.current);
  }, [enabled]);

  const onValuesChange = useCallback(() => {
    dirty.current = true;
  }, []);
  const markClean = useCallback(() => {
    dirty.current = false;
  }, []);

  const guard = useCallback(
    (close: () => void) => () => {
      if (!enabled || !dirty.current) return close();
      // Escape pressed again on the question must not stack a second one.
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: t('formsMsg.unsaved.title'),
        content: t('formsMsg.unsaved.detail'),
        okText: t('formsMsg.unsaved.leave'),
        cancelText: t('formsMsg.unsaved.stay'),
        okButtonProps: { danger: true },
        onOk: () => {
          asking.current = false;
          dirty.current = false;
          close();
        },
        onCancel: () => {
          asking.current = false;
        },
      });
    },
    [enabled, modal, t],
  );

  return useMemo(
    () => ({ onValuesChange, markClean, isDirty: () => enabled && dirty.current, guard }),
    [onValuesChange, markClean, guard, enabled],
  );
}
