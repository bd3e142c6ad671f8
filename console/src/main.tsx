import '@cloudscape-design/global-styles/index.css';
import { I18nProvider } from '@cloudscape-design/components/i18n';
import messages from '@cloudscape-design/components/i18n/messages/all.en';
import { applyMode, Mode } from '@cloudscape-design/global-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

/** Light or dark as the system is, and again whenever the system changes. */
const scheme = window.matchMedia('(prefers-color-scheme: dark)');
const followScheme = () => applyMode(scheme.matches ? Mode.Dark : Mode.Light);
followScheme();
scheme.addEventListener('change', followScheme);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Cloudscape's own English labels for what its components announce (pagination, filters, dialogs). */}
    <I18nProvider locale="en" messages={[messages]}>
      <App />
    </I18nProvider>
  </StrictMode>,
);
