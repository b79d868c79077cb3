-- Applicants for the compensation benchmark (run on the gateway's database): alive persons with a
-- valid ID card, a registered address and a rehabilitation reference of the category that has a
-- rate in force (REPRESSED), one JSON line each with what the Appendix 1 form needs.
SELECT json_build_object('iin', p.iin, 'surname', p.surname, 'firstName', p.first_name, 'patronymic', p.patronymic,
                         'birthDate', p.birth_date, 'idNumber', d.number, 'idIssuer', d.issuer,
                         'settlement', a.settlement_name, 'street', a.street, 'building', a.building, 'flat', a.flat,
                         'refNumber', r.reference_number, 'refDate', r.issued_on)
FROM person p
JOIN identity_document d ON d.iin = p.iin AND d.type = 'ID_CARD' AND d.expires_on > current_date
JOIN rehabilitation_record r ON r.iin = p.iin AND r.category = 'REPRESSED'
JOIN registered_address a ON a.iin = p.iin
WHERE p.life_status = 'ALIVE'
ORDER BY p.iin;
