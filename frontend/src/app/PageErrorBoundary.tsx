import { Component, type ReactNode } from 'react';

import { ErrorPage } from './ErrorPage';

interface State {
  error: unknown;
}

/** Shows the error page in place of a page that failed to load or to render; the navigation stays usable. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  render() {
    return this.state.error ? <ErrorPage error={this.state.error} /> : this.props.children;
  }
}
