/** The contingent's figures, in the order the table, the chart and the form show them. */
export const CONTINGENT_FIELDS = ['pupils', 'teachers', 'youngTeachers', 'additionalPupils'] as const;
