import { accessToken } from '../auth';
import { config } from '../config';
import { toApiError } from './problem';

/**
 * Sends a file as the request body, the way the API's uploads take it, and reports how much of it has gone:
 * fetch cannot tell how far a request body is, XMLHttpRequest can. Answers and refusals come back as from the
 * generated client: the parsed body, or an ApiError with the problem.
 */
export async function uploadWithProgress<T>(
  path: string,
  query: URLSearchParams,
  file: Blob,
  onProgress?: (fraction: number) => void,
): Promise<T> {
  const token = await accessToken();
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${config.apiUrl}${path}?${query.toString()}`);
    if (token) {
      request.setRequestHeader('Authorization', `Bearer ${token}`);
    }
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress?.(event.loaded / event.total);
      }
    };
    request.onload = () => {
      const body = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        resolve(body as T);
      } else {
        reject(toApiError(request.status, body));
      }
    };
    request.onerror = () => reject(new TypeError('Network request failed'));
    request.send(file);
  });
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
