import type { Schemas } from './api/client';

export type MentoringForm = Schemas['MentoringForm'];

/** The forms of mentoring (who works with whom), in the order the methodology lists them. */
export const MENTORING_FORMS: MentoringForm[] = [
  'PUPIL_PUPIL',
  'TEACHER_TEACHER',
  'TEACHER_PUPIL',
  'STUDENT_PUPIL',
  'STUDENT_STUDENT',
  'EMPLOYER_PUPIL',
  'EMPLOYER_STUDENT',
  'HEAD_TEACHER',
  'COLLEGE_TEACHER_YOUNG_TEACHER',
];
