import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup between tests.
afterEach(() => cleanup());

// jsdom has no layout: scrolling is a no-op there rather than a "not implemented" error on every navigation.
if (typeof window !== 'undefined') window.scrollTo = () => {};
