import { QuestionCircleOutlined, SearchOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Tooltip from 'antd/es/tooltip';
import { useTranslation } from 'react-i18next';
import { useShortcuts } from './shortcuts';

/** The header's search box (the global search, Ctrl+K) and the shortcut list button (?). */
export function HeaderSearch() {
  const { t } = useTranslation();
  const { openSearch, openHelp } = useShortcuts();
  return (
    <>
      <Input
        readOnly
        className="header-search"
        size="small"
        prefix={<SearchOutlined />}
        suffix={<kbd className="qs-muted">Ctrl+K</kbd>}
        placeholder={t('quick.search.box')}
        aria-label={t('quick.search.box')}
        data-testid="header-search"
        onClick={() => openSearch()}
        onKeyDown={(e) => {
          // Typing into the box carries on in the search dialog, the first character included.
          if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
            e.preventDefault();
            openSearch(e.key);
          } else if (e.key === 'Enter' || e.key === 'ArrowDown') openSearch();
        }}
      />
      <Tooltip title={t('quick.keys.open')}>
        <Button
          size="small"
          type="text"
          icon={<QuestionCircleOutlined />}
          aria-label={t('quick.keys.open')}
          onClick={openHelp}
        />
      </Tooltip>
    </>
  );
}
