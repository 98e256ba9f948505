import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorView } from '#src/components/error-view.tsx';
import { paths } from '#src/config/paths.ts';

type BoundaryProps = { children: ReactNode; resetKey: string };
type BoundaryState = { error: unknown; failed: boolean; resetKey: string };

/**
 * Catches a render exception in one route, so a bad record shows an error view inside the shell
 * instead of a white page (issue 6, point 3). Moving to another address clears the error.
 */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The stack is for whoever opens the console; the reader gets the view below.
    console.error('A view failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="route-error" aria-labelledby="route-error-title">
        <h1 id="route-error-title" className="visually-hidden">
          Something went wrong
        </h1>
        <ErrorView
          error={this.state.error}
          title="This page could not be shown"
          onRetry={() => this.setState({ error: null, failed: false })}
        />
        <p>
          <Link to={paths.articles.href()} className="button">
            ← All articles
          </Link>
        </p>
      </section>
    );
  }
}

/**
 * Wraps one route's element; keyed on the address so Back, Home or any link clears a failure.
 * @example <Route index element={<RouteErrorBoundary><ArticleListPage /></RouteErrorBoundary>} />
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <Boundary resetKey={`${pathname}?${search}`}>{children}</Boundary>;
}
