import Button from 'antd/es/button';
import Layout from 'antd/es/layout';
import Menu from 'antd/es/menu';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import type { MenuProps } from 'antd/es/menu';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session-context';
import { bridgeMode } from '../rpc/client';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { NAVIGATION, visibleNavigation, type NavItem } from './navigation';
import { mayVisit } from './route-access';
import { ShortcutsProvider } from './shortcuts';

/** The shell with its keyboard shortcuts. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <ShortcutsProvider>
      <Shell>{children}</Shell>
    </ShortcutsProvider>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, logout, can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  if (!user) return null;
  // After a change of user the page stays, unless the new user may not see it.
  if (!mayVisit(location.pathname, user.role, can)) return <Navigate to="/" replace />;

  const toMenu = (item: NavItem): NonNullable<MenuProps['items']>[number] => ({
    key: item.path ?? item.key,
    disabled: item.soon,
    label: item.soon ? (
      <Tooltip title={t('nav.comingSoon')} placement="right">
        <span>{t(item.label)}</span>
      </Tooltip>
    ) : (
      t(item.label)
    ),
    ...(item.children ? { children: item.children.map(toMenu) } : {}),
  });
  // The deepest navigation path the location is under: /deliveries/notes, not /deliveries.
  const paths = NAVIGATION.flatMap((i) => [i, ...(i.children ?? [])]).flatMap((i) => (i.path ? [i.path] : []));
  const selected =
    paths
      .filter((p) => location.pathname === p || (p !== '/' && location.pathname.startsWith(`${p}/`)))
      .sort((a, b) => b.length - a.length)[0] ?? '/';
  // Open at the start: the groups everyone works in, the purchaser's 外购, and the group of the page shown.
  const group = NAVIGATION.find((i) => i.children?.some((c) => c.path === selected))?.key;
  const openGroups = ['masterdata', 'deliveries', ...(user.role === 'purchaser' ? ['purchasing'] : [])];
  if (group && !openGroups.includes(group)) openGroups.push(group);

  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={180} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div className="brand">{t('app.name')}</div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={openGroups}
          items={visibleNavigation(user.role, can).map(toMenu)}
          onClick={({ key }) => key.startsWith('/') && navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Space size="middle">
            {bridgeMode() === 'browser' && <Tag color="blue">{t('app.browserMode')}</Tag>}
            <HeaderSearch />
          </Space>
          <Space size="middle">
            <LanguageSwitch />
            <Typography.Text data-testid="current-user">
              {user.displayName}
              {t('wording.paren', { text: t(`roles.${user.role}`) })}
            </Typography.Text>
            <Button size="small" onClick={() => void logout()}>
              {t('login.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
