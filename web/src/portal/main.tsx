import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from './app';
import { prefetchCampaign } from './use-fetch';
import './portal.css';

// Every page's footer names the campaign's government: ask for the campaign while React starts.
prefetchCampaign();

const root = document.getElementById('portal-root');
if (!root) throw new Error('portal.html has no #portal-root element');

// A transition: React renders in slices and lets a phone's browser breathe in between (no long
// task holding up taps and scrolling while the page is built).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <PortalApp />
    </StrictMode>,
  );
});
