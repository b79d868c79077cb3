-- Applicants the simulated registries know (run on the gateway's database), each with a valid ID
-- card, a registered address and a rehabilitation reference: one JSON line per person, the
-- fields the certificate-application template (submit.json) fills in.
SELECT json_build_object('iin', p.iin, 'idNumber', d.number, 'refNumber', r.reference_number,
                         'refDate', r.issued_on, 'refIssuer', r.issuing_body)
FROM person p
JOIN identity_document d ON d.iin = p.iin AND d.type = 'ID_CARD' AND d.expires_on > current_date
JOIN rehabilitation_record r ON r.iin = p.iin
JOIN registered_address a ON a.iin = p.iin
WHERE p.life_status = 'ALIVE'
ORDER BY p.iin;
