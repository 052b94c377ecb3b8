import { CreditBalance, CreditsProvider } from '@creditkit/react';
import { CreditUsageChart } from '@creditkit/react/CreditUsageChart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoConfig } from './config';
import './portal.css';

function Portal() {
  return (
    <CreditsProvider
      baseUrl={window.location.origin}
      customerToken={demoConfig.customerToken}
      customerId={demoConfig.customerId}
    >
      <div className="portal">
        <header className="portal__header">
          <div>
            <p className="portal__eyebrow">Acme AI · Billing</p>
            <h1 className="portal__title">Credits</h1>
          </div>
        </header>
        <main className="portal__grid">
          <CreditBalance currencyId={demoConfig.currencyId} />
          <CreditUsageChart currencyId={demoConfig.currencyId} className="portal__wide" />
        </main>
      </div>
    </CreditsProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Portal />
  </StrictMode>,
);
