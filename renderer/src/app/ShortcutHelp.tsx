import Modal from 'antd/es/modal';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_ACTIONS, SHORTCUTS } from './shortcut-keys';
import './quick.css';

/** Keys that work without a registered action: the lists' and the line editors' own. */
const LIST_KEYS = [
  ['↑ / ↓', 'quick.keys.list.move'],
  ['Enter', 'quick.keys.list.open'],
  ['PgUp / PgDn', 'quick.keys.list.page'],
  ['Home / End', 'quick.keys.list.ends'],
] as const;
const LINE_KEYS = [
  ['Enter', 'quick.keys.lines.next'],
  ['', 'quick.keys.lines.pick'],
] as const;

function Keys({ keys }: { keys: string }) {
  return <span className="qk-keys">{keys && keys.split(' / ').map((k) => <kbd key={k}>{k}</kbd>)}</span>;
}

/** The shortcut list (?): every shortcut of SHORTCUTS, then the keys of lists and line editors. */
export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={t('quick.keys.title')} footer={null} width={620} onCancel={onClose} destroyOnHidden>
      <table className="qk-table" data-testid="shortcut-list">
        <tbody>
          {SHORTCUT_ACTIONS.map((a) => (
            <tr key={a}>
              <td>
                <Keys keys={SHORTCUTS[a].keys.join(' / ')} />
              </td>
              <td>{t(`quick.keys.actions.${a}`)}</td>
            </tr>
          ))}
          {(
            [
              ['quick.keys.list.title', LIST_KEYS],
              ['quick.keys.lines.title', LINE_KEYS],
            ] as const
          ).map(([title, rows]) => [
            <tr key={title}>
              <th colSpan={2}>{t(title)}</th>
            </tr>,
            ...rows.map(([keys, label]) => (
              <tr key={label}>
                <td>
                  <Keys keys={keys} />
                </td>
                <td>{t(label)}</td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </Modal>
  );
}
