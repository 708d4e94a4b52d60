import { describe, expect, it } from 'vitest';

import { emptyConsent } from './ConsentFields';
import { toInput, type ParticipantValues } from './ParticipantForm';

const values: ParticipantValues = {
  kind: 'PUPIL',
  fullName: '  Иванов Иван ',
  mentorCandidate: false,
  menteeCandidate: true,
  externalId: '',
  birthDate: '2012-04-01',
  gradeOrPosition: '8 «А»',
  subject: '',
  experienceYears: '',
  email: 'ivan@example.ru',
  phone: '',
  mentorProfile: {
    competencies: ['career'],
    capacity: 2,
    availability: '',
    formsAccepted: [],
    trainingStatus: 'NONE',
    certificate: '',
  },
  menteeProfile: {
    requests: ['subject-math'],
    difficulties: '',
    desiredForms: ['PUPIL_PUPIL'],
    availability: 'По средам',
  },
  withConsent: true,
  consent: { ...emptyConsent(), giverName: 'Иванова Мария', documentRef: '№ 1', givenOn: '2025-09-01' },
};

describe('the participant sent to the API', () => {
  it('carries nothing but the name, kind and roles when there is no consent', () => {
    expect(toInput({ ...values, withConsent: false }, false)).toEqual({
      kind: 'PUPIL',
      fullName: 'Иванов Иван',
      mentorCandidate: false,
      menteeCandidate: true,
      version: undefined,
    });
  });

  it('carries the personal data, the consent and only the profile of the roles chosen', () => {
    const input = toInput(values, true);
    expect(input.birthDate).toBe('2012-04-01');
    expect(input.email).toBe('ivan@example.ru');
    expect(input.subject).toBeUndefined();
    expect(input.mentorProfile).toBeUndefined();
    expect(input.menteeProfile).toEqual({
      requests: ['subject-math'],
      difficulties: undefined,
      desiredForms: ['PUPIL_PUPIL'],
      availability: 'По средам',
    });
    expect(input.consent).toMatchObject({
      givenBy: 'PARENT',
      giverName: 'Иванова Мария',
      givenOn: '2025-09-01',
    });
  });
});
