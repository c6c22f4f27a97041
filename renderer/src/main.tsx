import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Atkinson Hyperlegible was drawn for low-vision readers; shipped with the app, never fetched.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/atkinson-hyperlegible-mono/400.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import { setUpI18n } from './i18n/setup';
import { App } from './app/App';
import { applyDisplayPreferences, readDisplayPreferences } from './app/display-preferences';

// Before the first paint, so large text and the chosen theme never flash.
applyDisplayPreferences(readDisplayPreferences());

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

void setUpI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
