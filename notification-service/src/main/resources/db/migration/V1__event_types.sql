-- The events the suite publishes; webhook subscriptions and inbox rules refer to these codes,
-- which are part of the public contract and never renamed.
CREATE TABLE event_type (
    code           VARCHAR(64)  PRIMARY KEY,
    description_id VARCHAR(300) NOT NULL,
    description_en VARCHAR(300) NOT NULL,
    since_version  VARCHAR(16)  NOT NULL DEFAULT 'v1'
);

INSERT INTO event_type (code, description_id, description_en) VALUES
 ('CASE_REGISTERED', 'Laporan atau temuan dugaan pelanggaran netralitas ASN telah diregistrasi',
  'A report or finding of a suspected ASN neutrality breach was registered'),
 ('CASE_CLASSIFIED', 'Perbuatan yang dilaporkan telah diklasifikasikan menurut katalog aturan',
  'The reported act was classified against the rule catalog'),
 ('REVIEW_CONCLUDED', 'Bawaslu telah menyimpulkan kajian: pelanggaran atau bukan',
  'Bawaslu concluded its review: violation or not'),
 ('RECOMMENDATION_FORWARDED', 'Rekomendasi diteruskan ke KASN/BKN atau dari BKN ke PPK',
  'A recommendation was forwarded to KASN/BKN, or from BKN to the PPK'),
 ('SANCTION_DECIDED', 'PPK telah memutuskan sanksi', 'The PPK decided the sanction'),
 ('SANCTION_EXECUTED', 'BKPP/BKD telah melaksanakan sanksi', 'The BKPP/BKD executed the sanction'),
 ('DEADLINE_APPROACHING', 'Batas waktu suatu tahap penanganan segera berakhir',
  'A deadline of the handling chain is about to pass'),
 ('DEADLINE_MISSED', 'Batas waktu suatu tahap penanganan terlampaui', 'A deadline of the handling chain passed'),
 ('BROADCAST_PUBLISHED', 'Imbauan atau surat edaran netralitas diterbitkan',
  'A neutrality appeal or circular letter was published');
