import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import AntApp from 'antd/es/app';
import ConfigProvider from 'antd/es/config-provider';
import Spin from 'antd/es/spin';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, Route, RouterProvider, Routes, useLocation } from 'react-router-dom';
import { LoginPage } from '../auth/LoginPage';
import { SessionProvider, useSession } from '../auth/session-context';
import { UnhandledRejections } from '../rpc/useRpcError';
import { UnsavedLeaveGuard } from '../forms/UnsavedLeaveGuard';
import { onAnswered } from '../rpc/client';
import { refreshAfterWrite } from '../rpc/after-write';
import { AppShell } from './AppShell';
import { PageBoundary } from './PageBoundary';

// Each page is its own chunk, loaded when first visited: the first screen fetches only what it shows.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const AuditPage = page(() => import('../audit/AuditPage'), 'AuditPage');
const CustomersPage = page(() => import('../customers/CustomersPage'), 'CustomersPage');
const HomePage = page(() => import('../home/HomePage'), 'HomePage');
const InvoicesPage = page(() => import('../invoices/InvoicesPage'), 'InvoicesPage');
const UninvoicedPage = page(() => import('../invoices/UninvoicedPage'), 'UninvoicedPage');
const DashboardPage = page(() => import('../dashboard/DashboardPage'), 'DashboardPage');
const CollectionsPage = page(() => import('../receivables/collections/CollectionsPage'), 'CollectionsPage');
const LedgerPage = page(() => import('../receivables/ledger/LedgerPage'), 'LedgerPage');
const InquiriesPage = page(() => import('../inquiries/InquiriesPage'), 'InquiriesPage');
const OrdersPage = page(() => import('../orders/OrdersPage'), 'OrdersPage');
const RegisterPage = page(() => import('../register/RegisterPage'), 'RegisterPage');
const BoardPage = page(() => import('../deliveries/BoardPage'), 'BoardPage');
const NoticesPage = page(() => import('../deliveries/NoticesPage'), 'NoticesPage');
const NotesPage = page(() => import('../deliveries/NotesPage'), 'NotesPage');
const RunsPage = page(() => import('../dispatch/RunsPage'), 'RunsPage');
const ConsignmentsPage = page(() => import('../dispatch/ConsignmentsPage'), 'ConsignmentsPage');
const CarriersPage = page(() => import('../dispatch/CarriersPage'), 'CarriersPage');
const TendersPage = page(() => import('../bids/tenders/TendersPage'), 'TendersPage');
const BondsPage = page(() => import('../bids/tenders/BondsPage'), 'BondsPage');
const LibraryPage = page(() => import('../bids/library/LibraryPage'), 'LibraryPage');
const FreightPage = page(() => import('../dispatch/FreightPage'), 'FreightPage');
const ReceiptsPage = page(() => import('../receipts/ReceiptsPage'), 'ReceiptsPage');
const BillsPage = page(() => import('../receipts/BillsPage'), 'BillsPage');
const DailyPage = page(() => import('../receipts/DailyPage'), 'DailyPage');
const PurchaseOrdersPage = page(() => import('../purchasing/orders/PurchaseOrdersPage'), 'PurchaseOrdersPage');
const CataloguePage = page(() => import('../purchasing/catalogue/CataloguePage'), 'CataloguePage');
const RfqsPage = page(() => import('../purchasing/rfq/RfqsPage'), 'RfqsPage');
const ProductsPage = page(() => import('../products/ProductsPage'), 'ProductsPage');
const QuotesPage = page(() => import('../quotes/QuotesPage'), 'QuotesPage');
const SettingsPage = page(() => import('../settings/SettingsPage'), 'SettingsPage');
const SuppliersPage = page(() => import('../suppliers/SuppliersPage'), 'SuppliersPage');
const UnacknowledgedPage = page(() => import('../invoices/sending/UnacknowledgedPage'), 'UnacknowledgedPage');
const AgeingPage = page(() => import('../receivables/ageing/AgeingPage'), 'AgeingPage');
const StatementsPage = page(() => import('../receivables/statements/StatementsPage'), 'StatementsPage');
const PackagesPage = page(() => import('../bids/packages/PackagesPage'), 'PackagesPage');
const PackageEditorPage = page(() => import('../bids/packages/PackageEditorPage'), 'PackageEditorPage');
const PayablesPage = page(() => import('../purchasing/payables/PayablesPage'), 'PayablesPage');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});
// Whatever a write changed is read again, wherever it shows.
onAnswered((channel) => void refreshAfterWrite(queryClient, channel));

function Routed() {
  const { user, checking } = useSession();
  const { pathname } = useLocation();
  if (checking) return <Spin fullscreen />;
  if (!user) return <LoginPage />;
  return (
    <AppShell>
      <UnsavedLeaveGuard />
      {/* Keyed by the path: leaving a page that failed gives the next one a fresh start. */}
      <PageBoundary key={pathname}>
        <Suspense fallback={<Spin className="page-loading" />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/dashboard" element={<DashboardPage />} />
            <Route path="/receivables/collections" element={<CollectionsPage />} />
            <Route path="/receivables/ledger" element={<LedgerPage />} />
            <Route path="/customers" element={<CustomersPage />} />
            <Route path="/products" element={<ProductsPage />} />
            <Route path="/suppliers" element={<SuppliersPage />} />
            <Route path="/inquiries" element={<InquiriesPage />} />
            <Route path="/quotes" element={<QuotesPage />} />
            <Route path="/orders" element={<OrdersPage />} />
            <Route path="/bids/packages" element={<PackagesPage />} />
            <Route path="/bids/packages/:id" element={<PackageEditorPage />} />
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/deliveries" element={<BoardPage />} />
            <Route path="/deliveries/notices" element={<NoticesPage />} />
            <Route path="/deliveries/notes" element={<NotesPage />} />
            <Route path="/deliveries/runs" element={<RunsPage />} />
            <Route path="/deliveries/consignments" element={<ConsignmentsPage />} />
            <Route path="/deliveries/carriers" element={<CarriersPage />} />
            <Route path="/bids/tenders" element={<TendersPage />} />
            <Route path="/bids/bonds" element={<BondsPage />} />
            <Route path="/bids/library" element={<LibraryPage />} />
            <Route path="/deliveries/freight" element={<FreightPage />} />
            <Route path="/invoices" element={<InvoicesPage />} />
            <Route path="/invoices/uninvoiced" element={<UninvoicedPage />} />
            <Route path="/receipts" element={<ReceiptsPage />} />
            <Route path="/receipts/bills" element={<BillsPage />} />
            <Route path="/receipts/daily" element={<DailyPage />} />
            <Route path="/purchasing/orders" element={<PurchaseOrdersPage />} />
            <Route path="/purchasing/catalogue" element={<CataloguePage />} />
            <Route path="/purchasing/rfqs" element={<RfqsPage />} />
            <Route path="/invoices/unacknowledged" element={<UnacknowledgedPage />} />
            <Route path="/receivables/ageing" element={<AgeingPage />} />
            <Route path="/receivables/statements" element={<StatementsPage />} />
            <Route path="/purchasing/payables" element={<PayablesPage />} />
            <Route path="/audit" element={<AuditPage />} />
            <Route path="/settings/*" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </PageBoundary>
    </AppShell>
  );
}

// A data router, so that leaving a page with unsaved changes can be asked about (forms/UnsavedLeaveGuard.tsx).
const router = createHashRouter([{ path: '*', element: <Routed /> }]);

export function App() {
  const { i18n } = useTranslation();
  // Date pickers and calendars take month and weekday names (and Monday first) from dayjs, not from antd.
  dayjs.locale(i18n.language === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { borderRadius: 4, fontSize: 14 } }}>
      <AntApp>
        <UnhandledRejections />
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
