import { Link } from 'react-router';
import { paths } from '#src/config/paths.ts';

export function PersonLink({ id, name, count }: { id: string; name: string; count?: number }) {
  return (
    <Link className="chip" to={paths.person.href(id)}>
      {name}
      {count !== undefined && <span className="chip-count"> {count}</span>}
    </Link>
  );
}
