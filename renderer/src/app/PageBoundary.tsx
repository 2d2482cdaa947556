import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageFailed({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('pageLoad.failed')}
      subTitle={error.message}
      extra={<Button onClick={() => window.location.reload()}>{t('pageLoad.reload')}</Button>}
    />
  );
}

/** A page that fails to load (its chunk, or a render error) says so, instead of blanking the window. */
export class PageBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(error);
  }

  override render() {
    return this.state.error ? <PageFailed error={this.state.error} /> : this.props.children;
  }
}
