import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuditPage } from '../audit/AuditPage';
import { LoginPage } from '../auth/LoginPage';
import { SessionProvider, useSession } from '../auth/session-context';
import { CustomersPage } from '../customers/CustomersPage';
import { HomePage } from '../home/HomePage';
import { InquiriesPage } from '../inquiries/InquiriesPage';
import { OrdersPage } from '../orders/OrdersPage';
import { RegisterPage } from '../register/RegisterPage';
import { BoardPage } from '../deliveries/BoardPage';
import { NoticesPage } from '../deliveries/NoticesPage';
import { NotesPage } from '../deliveries/NotesPage';
import { RunsPage } from '../dispatch/RunsPage';
import { ConsignmentsPage } from '../dispatch/ConsignmentsPage';
import { CarriersPage } from '../dispatch/CarriersPage';
import { FreightPage } from '../dispatch/FreightPage';
import { ProductsPage } from '../products/ProductsPage';
import { QuotesPage } from '../quotes/QuotesPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SuppliersPage } from '../suppliers/SuppliersPage';
import { UnhandledRejections } from '../rpc/useRpcError';
import { AppShell } from './AppShell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

function Routed() {
  const { user, checking } = useSession();
  if (checking) return <Spin fullscreen />;
  if (!user) return <LoginPage />;
  return (
    <AppShell>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/customers" element={<CustomersPage />} />
        <Route path="/products" element={<ProductsPage />} />
        <Route path="/suppliers" element={<SuppliersPage />} />
        <Route path="/inquiries" element={<InquiriesPage />} />
        <Route path="/quotes" element={<QuotesPage />} />
        <Route path="/orders" element={<OrdersPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/deliveries" element={<BoardPage />} />
        <Route path="/deliveries/notices" element={<NoticesPage />} />
        <Route path="/deliveries/notes" element={<NotesPage />} />
        <Route path="/deliveries/runs" element={<RunsPage />} />
        <Route path="/deliveries/consignments" element={<ConsignmentsPage />} />
        <Route path="/deliveries/carriers" element={<CarriersPage />} />
        <Route path="/deliveries/freight" element={<FreightPage />} />
        <Route path="/audit" element={<AuditPage />} />
        <Route path="/settings/*" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </AppShell>
  );
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { borderRadius: 4, fontSize: 14 } }}>
      <AntApp>
        <UnhandledRejections />
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <HashRouter>
              <Routed />
            </HashRouter>
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
