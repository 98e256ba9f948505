import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';
import type { Figure } from '#src/data/contract.ts';
import { formatFigure } from '#src/lib/format-figure.ts';

type Props = { figures: readonly Figure[]; caption: string; articleTitle?: (articleId: string) => string | undefined };

/**
 * The quantities articles state, as a table: each value in its unit, what it counts, and a link to the
 * paragraph it was read from, so every number can be checked against its sentence.
 */
export function FigureTable({ figures, caption, articleTitle }: Props) {
  return (
    <table className="figure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">What it counts</th>
          <th scope="col">Where</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.id}>
            <td className="figure-value">{formatFigure(figure.value, figure.unit)}</td>
            <td>{figure.label}</td>
            <td>
              <Link to={paths.article.href(figure.articleId, figure.block)}>{articleTitle?.(figure.articleId) ?? `Paragraph ${figure.block}`}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
