-- A second region, only for tests: the "foreign scope" that no demo user may reach.
INSERT INTO region (id, name, code) VALUES ('10000000-0000-0000-0000-000000000002', 'Псковская область', '60')
ON CONFLICT DO NOTHING;
INSERT INTO municipality (id, region_id, name, oktmo) VALUES
    ('20000000-0000-0000-0000-0000000000f1', '10000000-0000-0000-0000-000000000002', 'Город Псков', '58701000')
ON CONFLICT DO NOTHING;
INSERT INTO school (id, municipality_id, full_name, short_name, kind, inn, address) VALUES
    ('30000000-0000-0000-0000-0000000000f1', '20000000-0000-0000-0000-0000000000f1',
     'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
     'МБОУ СОШ № 1 г. Пскова', 'GENERAL', '6982199356', '180000, г. Псков, ул. Ленина, д. 1')
ON CONFLICT DO NOTHING;
INSERT INTO curator (id, school_id, full_name, position, order_number, order_date) VALUES
    ('40000000-0000-0000-0000-0000000000f1', '30000000-0000-0000-0000-0000000000f1', 'Иванова Светлана Петровна',
     'Заместитель директора', '12', '2025-09-01')
ON CONFLICT DO NOTHING;
INSERT INTO school_contingent (id, school_id, start_year, pupils, teachers, young_teachers, additional_pupils)
VALUES ('50000000-0000-0000-0000-0000000000f1', '30000000-0000-0000-0000-0000000000f1', 2025, 700, 40, 4, 100)
ON CONFLICT DO NOTHING;
