import { useHref } from 'react-router';

/**
 * In-app paths as full addresses, under the deploy base (`/readout/…` for a `--base /readout/` build):
 * what an export or a citation links back to.
 */
export function useAbsoluteLink(): (path: string) => string {
  const base = useHref('/').replace(/\/$/, '');
  return (path) => new URL(`${base}${path}`, window.location.origin).href;
}
