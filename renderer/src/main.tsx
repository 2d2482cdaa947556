import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { createHttpBridge } from './rpc/http-bridge';
import './styles.css';

// In Electron the preload has put window.neiqin in place; in a browser we bring our own.
if (!window.neiqin) window.neiqin = createHttpBridge();

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
