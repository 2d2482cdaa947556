import Modal from 'antd/es/modal';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Print preview of a PDF the core rendered: Chromium's own viewer, with its print button. */
export function usePdfPreview(): { show(dataBase64: string): void; modal: ReactNode } {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const show = (dataBase64: string) => {
    const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
    setUrl(URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })));
  };
  const close = () => {
    if (url) URL.revokeObjectURL(url);
    setUrl(null);
  };
  const modal = url && (
    <Modal open width="80%" footer={null} title={t('quotes.preview')} onCancel={close}>
      <iframe title={t('quotes.preview')} src={url} style={{ width: '100%', height: '75vh', border: 0 }} />
    </Modal>
  );
  return { show, modal };
}
