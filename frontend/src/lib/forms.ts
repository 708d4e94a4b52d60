import { notifications } from '@mantine/notifications';

import { ApiError, describeError } from './api/problem';

interface ErrorSettable {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Shows a failed save where the user will look for it: field errors next to their fields (the server names
 * fields by their JSON path, "goals[1].title", which the form writes "goals.1.title"; aliases move an error to
 * the input that shows it), anything else as a notification.
 */
export function showSaveError(
  form: ErrorSettable,
  error: unknown,
  aliases: Record<string, string> = {},
): void {
  if (error instanceof ApiError) {
    const fields = error.fieldErrors();
    if (Object.keys(fields).length > 0) {
      form.setErrors(
        Object.fromEntries(Object.entries(fields).map(([k, v]) => [formPath(aliases[k] ?? k), v])),
      );
      return;
    }
  }
  notifications.show({ color: 'red', title: 'Не сохранено', message: describeError(error) });
}

/** Mantine inputs hold '' for empty; the API wants the field absent. */
export function blankToUndefined(value: string | null | undefined): string | undefined {
  return value == null || value.trim() === '' ? undefined : value.trim();
}

/** A request field's JSON path as the form names it: list indexes become dotted segments. */
export function formPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}
