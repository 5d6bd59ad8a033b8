-- Texts meant for people come in the language the caller asks for: the English texts of V1 move
-- to *_en columns and get their Indonesian counterparts (*_id, as in the other services).
ALTER TABLE deadline_rule RENAME COLUMN starts_from TO starts_from_en;
ALTER TABLE deadline_rule RENAME COLUMN legal_basis TO legal_basis_en;
ALTER TABLE deadline_rule RENAME COLUMN note TO note_en;
ALTER TABLE deadline_rule ADD COLUMN starts_from_id VARCHAR(200);
ALTER TABLE deadline_rule ADD COLUMN legal_basis_id VARCHAR(300);
ALTER TABLE deadline_rule ADD COLUMN note_id TEXT;

UPDATE deadline_rule SET starts_from_id = CASE starts_from_en
    WHEN 'the act becoming known to the reporter' THEN 'diketahuinya perbuatan oleh pelapor'
    WHEN 'notice that formal or material requirements are missing' THEN 'pemberitahuan bahwa syarat formil atau materiil belum lengkap'
    WHEN 'registration of the report or finding' THEN 'registrasi laporan atau temuan'
    WHEN 'receipt of the Bawaslu recommendation by KASN/BKN' THEN 'diterimanya rekomendasi Bawaslu oleh KASN/BKN'
    WHEN 'receipt of the KASN/BKN recommendation by the PPK' THEN 'diterimanya rekomendasi KASN/BKN oleh PPK'
END;

UPDATE deadline_rule SET legal_basis_id = CASE legal_basis_en
    WHEN 'UU 7/2017 on general elections; Bawaslu regulation on handling election violations'
        THEN 'UU 7/2017 tentang Pemilihan Umum; Peraturan Bawaslu tentang penanganan pelanggaran pemilu'
    WHEN 'UU 10/2016 on regional elections; Bawaslu regulation on handling regional election violations'
        THEN 'UU 10/2016 tentang Pemilihan Kepala Daerah; Peraturan Bawaslu tentang penanganan pelanggaran pemilihan'
    WHEN 'Bawaslu regulation on handling election violations' THEN 'Peraturan Bawaslu tentang penanganan pelanggaran pemilu'
    WHEN 'Bawaslu regulation on handling regional election violations' THEN 'Peraturan Bawaslu tentang penanganan pelanggaran pemilihan'
    WHEN 'UU 7/2017 on general elections' THEN 'UU 7/2017 tentang Pemilihan Umum'
    WHEN 'UU 10/2016 on regional elections' THEN 'UU 10/2016 tentang Pemilihan Kepala Daerah'
    WHEN 'SKB 2022 on ASN neutrality (joint task force), as reported' THEN 'SKB 2022 tentang netralitas ASN (satuan tugas bersama), sebagaimana diberitakan'
    WHEN 'KASN recommendation letters (2020)' THEN 'Surat rekomendasi KASN (2020)'
END;

UPDATE deadline_rule SET note_id = CASE note_en
    WHEN 'An incomplete report is not registered after this period.'
        THEN 'Laporan yang belum lengkap tidak diregistrasi setelah jangka waktu ini.'
    WHEN 'Up to 14 working days more when additional information is needed.'
        THEN 'Paling lama 14 hari kerja tambahan bila diperlukan keterangan tambahan.'
    WHEN 'Up to 2 days more when additional information is needed.'
        THEN 'Paling lama 2 hari tambahan bila diperlukan keterangan tambahan.'
    WHEN 'A 2020 guideline is reported to say 10 days (unconfirmed); the 14 days stated in KASN letters is used until BKN confirms.'
        THEN 'Pedoman tahun 2020 diberitakan menyebut 10 hari (belum terkonfirmasi); 14 hari sesuai surat KASN dipakai sampai BKN menegaskan.'
END;

ALTER TABLE deadline_rule ALTER COLUMN starts_from_id SET NOT NULL;
ALTER TABLE deadline_rule ALTER COLUMN legal_basis_id SET NOT NULL;
ALTER TABLE deadline_rule ADD CONSTRAINT deadline_rule_note_in_both_languages CHECK ((note_id IS NULL) = (note_en IS NULL));
