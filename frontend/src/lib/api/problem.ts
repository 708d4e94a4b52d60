import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** An answer of the API that was not a success, carrying its problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = status;
    this.problem = problem;
  }

  /** Messages per request field, ready for a form's setErrors. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      errors[e.field] ??= e.message;
    }
    return errors;
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'title' in body && 'status' in body) {
    return new ApiError(status, body as Problem);
  }
  return new ApiError(status, {
    type: 'about:blank',
    title: status >= 500 ? 'Сервер временно недоступен' : 'Запрос не выполнен',
    status,
  });
}

/** What to tell the user about a failure that is not tied to one field. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 409 && error.problem.type.endsWith(':conflict')) {
      return 'Данные изменились, обновите страницу';
    }
    return error.problem.detail ? `${error.problem.title}. ${error.problem.detail}` : error.problem.title;
  }
  return 'Нет связи с сервером. Проверьте подключение и повторите.';
}
