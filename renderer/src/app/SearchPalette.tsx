import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import Input from 'antd/es/input';
import type { InputRef } from 'antd/es/input';
import Modal from 'antd/es/modal';
import Spin from 'antd/es/spin';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { SearchHit } from '@shared/search/contract';
import { rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';
import { recordPath } from './record-paths';
import './quick.css';

/** Hits shown per kind; the group says how many more there are. */
const PER_KIND = 5;

/**
 * The global search (Ctrl+K or the header box): one box for any document number, customer, product or supplier,
 * results grouped by kind, chosen with ↑↓ and opened with Enter on their page, drawer open.
 */
export function SearchPalette({ initialText, onClose }: { initialText: string; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rpcError = useRpcError();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState(initialText);
  const [q, setQ] = useState(initialText.trim());
  const [active, setActive] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  // Focused as it opens (autoFocus), so not a key typed right after Ctrl+K is lost; again once the dialog has settled.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (document.activeElement !== input.current?.input) input.current?.focus();
    }, 50);
    return () => clearTimeout(timer);
  }, []);

  const result = useQuery({
    ...rpcQuery('search.global', { q, limit: PER_KIND }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const answered = q.length > 0 && !result.isPlaceholderData ? result.data : undefined;
  const groups = q.length > 0 ? (result.data?.groups ?? []) : [];
  const hits = groups.flatMap((g) => g.hits);
  // Where each group's hits start in the ↑↓ order.
  const starts = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.hits.length, 0));

  useEffect(() => setActive(0), [result.data]);

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(recordPath(hit.kind, hit.openId));
  };

  /** Enter: the chosen hit; typed faster than the search answered, the best hit for what was typed. */
  async function enter() {
    const typed = text.trim();
    if (!typed) return;
    if (typed === q && answered) return open(hits[active]);
    setQ(typed);
    const fresh = await rpcError.attempt(() =>
      queryClient.fetchQuery(rpcQuery('search.global', { q: typed, limit: PER_KIND })),
    );
    open(fresh?.groups[0]?.hits[0]);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (hits.length ? (a + step + hits.length) % hits.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void enter();
    }
  }

  return (
    <Modal
      open
      title={t('quick.search.title')}
      width={680}
      footer={<span className="qs-hint">{t('quick.search.hint')}</span>}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input
        ref={input}
        autoFocus
        size="large"
        prefix={<SearchOutlined />}
        placeholder={t('quick.search.placeholder')}
        aria-label={t('quick.search.title')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        suffix={result.isFetching ? <Spin size="small" /> : <span />}
      />
      <div className="qs-results" role="listbox" aria-label={t('quick.search.title')} data-testid="search-results">
        {!q && <div className="qs-empty">{t('quick.search.typeToSearch')}</div>}
        {q && answered && groups.length === 0 && <div className="qs-empty">{t('quick.search.nothing', { q })}</div>}
        {groups.map((g, gi) => (
          <div key={g.kind} className="qs-group">
            <div className="qs-group-title">
              <span>{t(`quick.kinds.${g.kind}`)}</span>
              {g.total > g.hits.length && (
                <span className="qs-muted">{t('quick.search.more', { total: g.total, shown: g.hits.length })}</span>
              )}
            </div>
            {g.hits.map((hit, hi) => {
              const mine = starts[gi]! + hi;
              return (
                <div
                  key={`${hit.kind}-${hit.id}`}
                  role="option"
                  aria-selected={mine === active}
                  className={`qs-hit${mine === active ? ' active' : ''}`}
                  ref={(el) => {
                    if (el && mine === active) el.scrollIntoView({ block: 'nearest' });
                  }}
                  onMouseEnter={() => setActive(mine)}
                  onClick={() => open(hit)}
                >
                  <span className="qs-label">{hit.label}</span>
                  <span className="qs-name">{hit.name}</span>
                  <span className="qs-muted qs-detail">{hit.detail}</span>
                  <span className="qs-muted">{hit.date}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </Modal>
  );
}
