-- UU 7/2017 art. 454(6)-(8): Bawaslu decides on a general-election report within 7 days of
-- registration and, when more information is needed, within at most 14 working days after
-- registration in all. V1 added the 14 working days on top of the 7 days; the extension of this
-- rule now counts from registration (extension_from_start), which caps the whole review.
ALTER TABLE deadline_rule ADD COLUMN extension_from_start BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE deadline_rule SET extension_from_start = TRUE, extension_days = 14, extension_working_days = TRUE,
    legal_basis_en = 'UU 7/2017 on general elections, art. 454(6)-(8)',
    legal_basis_id = 'UU 7/2017 tentang Pemilihan Umum, Pasal 454 ayat (6)-(8)',
    note_en = 'When additional information is needed: at most 14 working days after registration in all (not 14 more).',
    note_id = 'Bila diperlukan keterangan tambahan: paling lama 14 hari kerja sejak registrasi secara keseluruhan (bukan 14 hari tambahan).'
WHERE code = 'BAWASLU_REVIEW' AND election_type = 'GENERAL';
