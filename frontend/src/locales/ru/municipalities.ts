export default {
  municipalities: {
    title: 'Муниципалитеты',
    add: 'Добавить муниципалитет',
    empty: 'Муниципалитетов не найдено.',
    deleteConfirm: 'Удалить муниципалитет «{{name}}»?',
    fields: { name: 'Название', oktmo: 'Код ОКТМО', schoolCount: 'Организаций' },
  },
};
