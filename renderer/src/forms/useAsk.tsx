import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useState, type ReactNode } from 'react';

/** Asks for one line of text (a reason, a comment) before an action. */
export function useAsk() {
  const [ask, setAsk] = useState<{
    title: string;
    required: boolean;
    extra?: ReactNode;
    resolve(v: string | null): void;
  } | null>(null);
  const [text, setText] = useState('');
  const modal = ask && (
    <Modal
      open
      title={ask.title}
      onCancel={() => (ask.resolve(null), setAsk(null))}
      onOk={() => (ask.resolve(text), setAsk(null))}
      okButtonProps={{ disabled: ask.required && !text.trim() }}
    >
      {ask.extra}
      <Input.TextArea aria-label={ask.title} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
    </Modal>
  );
  const open = (title: string, required: boolean, extra?: ReactNode) =>
    new Promise<string | null>((resolve) => {
      setText('');
      setAsk({ title, required, extra, resolve });
    });
  return { modal, open };
}
