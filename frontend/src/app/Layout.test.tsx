import { describe, expect, it } from 'vitest';

import type { Me } from '../features/me/api';
import i18n from '../lib/i18n';
import { navItems } from './Layout';
import { homePath } from './router';

const base: Me = {
  username: 'u',
  fullName: 'Пользователь',
  role: 'regional',
  regionId: 'r',
  regionName: 'Тверская область',
};
const t = (key: string) => i18n.t(key);

describe('navigation follows the role /api/me reports', () => {
  it('gives a regional coordinator schools, municipalities, questionnaires, the bank of practices and uploads', () => {
    expect(navItems(base, t).map((i) => i.label)).toEqual([
      'Организации',
      'Муниципалитеты',
      'Анкеты',
      'Банк лучших практик',
      'Загрузка из файла',
    ]);
    expect(homePath(base)).toBe('/schools');
  });

  it('gives a municipal coordinator the schools, questionnaires, matching, the review of practices and uploads', () => {
    expect(navItems({ ...base, role: 'municipal', municipalityId: 'm' }, t)).toEqual([
      { to: '/schools', label: 'Организации' },
      { to: '/questionnaires', label: 'Анкеты' },
      { to: '/matching', label: 'Подбор пар' },
      { to: '/best-practices', label: 'Лучшие практики школ' },
      { to: '/imports', label: 'Загрузка из файла' },
    ]);
  });

  it('gives the portal no matching, which names people, but the published practices', () => {
    expect(navItems({ ...base, role: 'portal' }, t).map((i) => i.to)).toEqual([
      '/schools',
      '/questionnaires',
      '/best-practices',
    ]);
  });

  it('takes a school user straight to their own school', () => {
    const me: Me = { ...base, role: 'school', municipalityId: 'm', schoolId: 's1', schoolName: 'СОШ № 1' };
    expect(navItems(me, t)).toEqual([
      { to: '/schools/s1', label: 'Моя организация' },
      { to: '/participants', label: 'Участники' },
      { to: '/questionnaires', label: 'Анкеты' },
      { to: '/matching', label: 'Подбор пар' },
      { to: '/mentorships', label: 'Наставнические пары' },
      { to: '/rewards', label: 'Награды' },
      { to: '/best-practices', label: 'Лучшие практики' },
      { to: '/imports', label: 'Загрузка из файла' },
    ]);
    expect(homePath(me)).toBe('/schools/s1');
  });
});
