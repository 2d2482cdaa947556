import App from 'antd/es/app';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';
import { anyUnsaved } from './unsaved-registry';

/**
 * Leaving the page (the menu, a link, back) while a form holds unsaved changes asks first; staying keeps the
 * form as it was.
 */
export function UnsavedLeaveGuard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search) &&
      anyUnsaved(),
  );
  const asking = useRef(false);
  useEffect(() => {
    // The blocker is drawn again while blocked: one question per attempt to leave.
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('formsMsg.unsaved.title'),
      content: t('formsMsg.unsaved.detail'),
      okText: t('formsMsg.unsaved.leave'),
      cancelText: t('formsMsg.unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: () => {
        asking.current = false;
        blocker.proceed();
      },
      onCancel: () => {
        asking.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);
  return null;
}
