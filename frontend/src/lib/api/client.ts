import createClient, { type Middleware } from 'openapi-fetch';

import { accessToken } from '../auth';
import { config } from '../config';
import { toApiError } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

const auth: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

// fetch is looked up on each call, so that tests can stand in for the network.
export const api = createClient<paths>({
  baseUrl: config.apiUrl,
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth);

/** Returns the data of a successful answer and throws an ApiError with the problem otherwise. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw toApiError(response.status, error);
  }
  return data as T;
}
