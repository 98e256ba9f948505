import { useEffect } from 'react';

/** Each view names itself, so history entries and screen-reader page announcements are meaningful. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Readout` : 'Readout';
  }, [title]);
}
