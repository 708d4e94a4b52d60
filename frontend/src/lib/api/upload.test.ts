import { afterEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from './problem';
import { uploadWithProgress } from './upload';

vi.mock('../auth', () => ({ accessToken: async () => 'token' }));

/** Stands in for the browser's XMLHttpRequest: reports progress in two steps, then answers as told. */
class FakeRequest {
  static answer: { status: number; body: string } = { status: 201, body: '{}' };
  static last: FakeRequest | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
    FakeRequest.last = this;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.sent = body;
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
    this.status = FakeRequest.answer.status;
    this.responseText = FakeRequest.answer.body;
    this.onload?.();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('uploading a file with progress', () => {
  it('sends the file as the body with the token and its type, and reports how far it has gone', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    FakeRequest.answer = { status: 201, body: '{"id":"a1"}' };
    const file = new File(['%PDF-1.7'], 'план.pdf', { type: 'application/pdf' });
    const progress: number[] = [];
    const answer = await uploadWithProgress<{ id: string }>(
      '/api/files',
      new URLSearchParams({ fileName: file.name }),
      file,
      (p) => progress.push(p),
    );
    expect(answer).toEqual({ id: 'a1' });
    expect(progress).toEqual([0.5, 1]);
    const sent = FakeRequest.last;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('http://localhost:8080/api/files?fileName=%D0%BF%D0%BB%D0%B0%D0%BD.pdf');
    expect(sent?.headers).toEqual({ Authorization: 'Bearer token', 'Content-Type': 'application/pdf' });
    expect(sent?.sent).toBe(file);
  });

  it('turns a refusal into the problem the server sent', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    FakeRequest.answer = {
      status: 413,
      body: JSON.stringify({
        type: 'urn:nastavnik:problem:attachment-too-large',
        title: 'Файл слишком большой',
        status: 413,
      }),
    };
    const refusal = uploadWithProgress('/api/files', new URLSearchParams(), new Blob(['x']));
    await expect(refusal).rejects.toBeInstanceOf(ApiError);
    await expect(refusal).rejects.toMatchObject({ status: 413, problem: { title: 'Файл слишком большой' } });
  });
});
