import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from './app';
import './portal.css';

const root = document.getElementById('portal-root');
if (!root) throw new Error('portal.html has no #portal-root element');

createRoot(root).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
