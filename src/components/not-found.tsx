import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';

type Props = { title: string; children?: ReactNode; backHref: string; backLabel: string };

export function NotFound({ title, children, backHref, backLabel }: Props) {
  useDocumentTitle(title);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{title}</h1>
      {children}
      <p>
        <Link to={backHref} className="button">
          ← {backLabel}
        </Link>
      </p>
    </section>
  );
}
