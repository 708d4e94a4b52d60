import { toApiError } from './api/problem';
import { saveBlob } from './tableFile';

/** The file name the server gave in Content-Disposition (RFC 6266 filename* first), or the fallback. */
export function fileNameFrom(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    return decodeURIComponent(encoded[1]);
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Saves a file answer of the API (fetched with parseAs: 'blob') under the name the server chose. */
export async function saveFile(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallback: string,
): Promise<void> {
  const { data, error, response } = await call;
  if (!response.ok || !data) {
    throw toApiError(response.status, error);
  }
  saveBlob(data, fileNameFrom(response, fallback));
}
