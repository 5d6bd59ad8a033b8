-- Catalog version 3: the second legal review (DOMAIN "Second pass"). Versions 1 and 2 stay as they
-- were, and so does every answer they gave: a case keeps the version it was classified with.

-- A violation must name a sanction: under a version that says so, prohibitions that carry none (a
-- circular, or an election-law article whose sanction falls on someone else) alone make the answer
-- NEEDS_REVIEW, asking which sanction applies, instead of a VIOLATION with sanction NONE.
ALTER TABLE catalog_version ADD COLUMN violation_needs_sanction BOOLEAN NOT NULL DEFAULT FALSE;

INSERT INTO legal_source (code, short_name, kind, title, numbers, issued_on, issuers, note) VALUES
 ('UU_5_2014', 'UU 5/2014', 'LAW', 'Undang-Undang tentang Aparatur Sipil Negara',
  '{"5 Tahun 2014"}', '2014-01-15', '{"DPR","Presiden"}',
  'The ASN law before UU 20/2023 (in force from 31 Oct 2023): party membership, dismissal without honour (PNS art. 87(4)(c); PPPK art. 105(3)(c)).'),
 ('PP_11_2017', 'PP 11/2017', 'GOVERNMENT_REGULATION', 'Peraturan Pemerintah tentang Manajemen Pegawai Negeri Sipil',
  '{"11 Tahun 2017"}', '2017-03-30', '{"Presiden"}',
  'Art. 255: a PNS who joins a party must resign; one who does not is dismissed without honour (ayat 4).');

INSERT INTO catalog_version (version, based_on, note, created_by, stage_model, covers_from, violation_needs_sanction) VALUES
 (3, 2, 'Second legal pass: passive attendance with attributes before candidates are set is an ethics matter (never heavier than active support); party membership cites the ASN law in force on the act''s date (UU 5/2014 before 31 Oct 2023, UU 20/2023 from it); an official''s partisan actions in a regional election are referred under UU 10/2016 art. 71 and 188; a campaign team member is referred under UU 7/2017 art. 494 while the team lasts, the quiet period included; SE Menpan RB 18/2023 is applied from 2024 only (its day of issue in 2023 is not confirmed); a violation without a sanction is a question, not a verdict.',
  'system', 'FULL', '2022-09-22', TRUE);

INSERT INTO rule (version, code, kind, acts, stages, relations, election_types, employment_types, participation, partisan_symbols,
                  on_unpaid_leave, official, official_duty, sanction_type, source_code, article, basis, effective_from, effective_to,
                  title_id, title_en, text_id, text_en, disputed, dispute_note_id, dispute_note_en, note_id, note_en, question_id,
                  question_en, max_penalty)
SELECT 3, code, kind, acts, stages, relations, election_types, employment_types, participation, partisan_symbols,
       on_unpaid_leave, official, official_duty, sanction_type, source_code, article, basis, effective_from, effective_to,
       title_id, title_en, text_id, text_en, disputed, dispute_note_id, dispute_note_en, note_id, note_en, question_id,
       question_en, max_penalty
  FROM rule WHERE version = 2;

-- 1. PP 94/2021 art. 5 letter n speaks of candidates and campaigns: before candidates are set, the
-- SKB's ethics item on attending a prospective candidate's event governs, with or without
-- attributes, and passive attendance with attributes weighs what active support weighs (MORAL).
UPDATE rule SET stages = array_remove(stages, 'BEFORE_CANDIDATES_SET') WHERE version = 3 AND code = 'PP94-5N2';
INSERT INTO rule (version, code, kind, acts, stages, relations, election_types, employment_types, participation, partisan_symbols,
                  sanction_type, source_code, article, effective_from, title_id, title_en, text_id, text_en, disputed,
                  dispute_note_id, dispute_note_en) VALUES
(3, 'SKB22-E3-ATTRIBUTES', 'PROHIBITION', '{ATTEND_CAMPAIGN,ATTEND_DECLARATION}', '{BEFORE_CANDIDATES_SET}', '{}', '{}', '{PNS,PPPK}', 'PASSIVE', TRUE,
 'MORAL', 'SKB_2022', 'Lampiran, pelanggaran kode etik angka 3', '2022-09-22',
 'Menghadiri deklarasi atau kegiatan bakal calon dengan atribut', 'Attending a prospective candidate''s declaration or event wearing attributes',
 'Sebelum penetapan calon, hadir dengan atribut partai, bakal calon atau instansi melanggar kode etik, seberat dukungan aktif dan tidak lebih berat.',
 'Before candidates are set, attending with attributes of a party, a prospective candidate or the agency breaches the code of ethics, weighing as much as active support and no more.',
 TRUE, 'Pembagian butir kode etik (sebelum penetapan calon) dan butir disiplin (sesudahnya) adalah pembacaan atas lampiran SKB yang dilaporkan, belum terkonfirmasi.',
 'Applying the ethics items before candidates are set and the discipline items after is a reported reading of the SKB annex, not confirmed.');

-- 3. The ASN law in force on the act's date. The SKB item on party membership keeps its citation;
-- the dismissal's statute is the rule cited with it: UU 5/2014 (with PP 11/2017 for PNS) until
-- 30 Oct 2023, UU 20/2023 from 31 Oct 2023. The dismissal tiers stop naming one statute for all dates.
UPDATE rule SET basis = NULL,
       note_id = 'Dasar undang-undang pemberhentiannya adalah aturan yang dikutip bersama butir ini, menurut tanggal perbuatan: UU 5/2014 sampai 30 Oktober 2023, UU 20/2023 sejak 31 Oktober 2023.',
       note_en = 'The statute of the dismissal is the rule cited with this item, by the act''s date: UU 5/2014 until 30 Oct 2023, UU 20/2023 from 31 Oct 2023.'
 WHERE version = 3 AND code = 'SKB22-D5';
INSERT INTO rule (version, code, kind, acts, stages, relations, election_types, employment_types, sanction_type, source_code, article,
                  basis, effective_from, effective_to, title_id, title_en, text_id, text_en, disputed, dispute_note_id, dispute_note_en) VALUES
(3, 'UU5-87', 'PROHIBITION', '{PARTY_MEMBERSHIP}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE,OUTSIDE_ELECTION}', '{}', '{}', '{PNS}',
 'DISMISSAL', 'UU_5_2014', 'Pasal 87 ayat (4) huruf c', 'UU 5/2014 Pasal 87 ayat (4) huruf c jo. PP 11/2017 Pasal 255 ayat (4)', '2014-01-15', '2023-10-30',
 'PNS yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat (UU 5/2014)', 'A PNS who is a member or official of a political party is dismissed without honour (UU 5/2014)',
 'Sampai UU 20/2023 berlaku, keanggotaan atau kepengurusan partai politik adalah dasar pemberhentian PNS tidak dengan hormat; PNS yang bergabung wajib mengundurkan diri (PP 11/2017 Pasal 255).',
 'Until UU 20/2023 took effect, membership or office in a political party was a ground for dismissing a PNS without honour; a PNS who joined had to resign (PP 11/2017 art. 255).',
 TRUE, 'Satu sumber pers (2017) menyebut Pasal 87 ayat (4) huruf b; katalog mengikuti huruf c, yang menyebut keanggotaan partai.',
 'One press source (2017) cites art. 87(4) letter b; the catalog follows letter c, which names party membership.'),
(3, 'UU5-105', 'PROHIBITION', '{PARTY_MEMBERSHIP}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE,OUTSIDE_ELECTION}', '{}', '{}', '{PPPK}',
 'DISMISSAL', 'UU_5_2014', 'Pasal 105 ayat (3) huruf c', 'UU 5/2014 Pasal 105 ayat (3) huruf c (belum terkonfirmasi)', '2014-01-15', '2023-10-30',
 'Perjanjian kerja PPPK yang menjadi anggota atau pengurus partai politik diputus tidak dengan hormat (UU 5/2014)', 'The work agreement of a PPPK who is a member or official of a political party is ended without honour (UU 5/2014)',
 'Sampai UU 20/2023 berlaku, keanggotaan atau kepengurusan partai politik adalah dasar pemutusan perjanjian kerja PPPK tidak dengan hormat.',
 'Until UU 20/2023 took effect, membership or office in a political party was a ground for ending a PPPK''s work agreement without honour.',
 TRUE, 'Pasal dan hurufnya untuk PPPK menurut UU 5/2014 belum terkonfirmasi dari teks undang-undang.',
 'The article and letter for PPPK under UU 5/2014 are not confirmed against the text of the law.');
INSERT INTO sanction_tier (sanction_type, employment_type, from_version, detail_id, detail_en, basis, disputed, dispute_note_id, dispute_note_en) VALUES
 ('DISMISSAL', 'PNS', 3, 'Pemberhentian tidak dengan hormat sebagai PNS, menurut undang-undang ASN yang berlaku pada tanggal perbuatan (aturan yang dikutip).',
  'Dismissal without honour as a PNS, under the ASN law in force on the act''s date (the rule cited).', NULL, FALSE, NULL, NULL),
 ('DISMISSAL', 'PPPK', 3, 'Pemutusan hubungan perjanjian kerja tidak dengan hormat, menurut undang-undang ASN yang berlaku pada tanggal perbuatan (aturan yang dikutip).',
  'Termination of the work agreement without honour, under the ASN law in force on the act''s date (the rule cited).', NULL, FALSE, NULL, NULL);

-- 5. UU 10/2016 art. 71(1) forbids officials decisions and actions that favour or harm a candidate
-- pair; an official rallying others for a pair acts so, and art. 188 makes it an offence.
INSERT INTO rule (version, code, kind, acts, stages, relations, election_types, employment_types, official, sanction_type, source_code,
                  article, effective_from, title_id, title_en, text_id, text_en, disputed, dispute_note_id, dispute_note_en, max_penalty) VALUES
(3, 'UU10-71-ACTIONS', 'PROHIBITION', '{PARTISAN_ACTIVITY,MOBILISE_SUBORDINATES}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{REGIONAL}', '{PNS,PPPK}', TRUE,
 'NONE', 'UU_10_2016', 'Pasal 71 ayat (1)', '2016-07-01',
 'Pejabat ASN dilarang bertindak menguntungkan atau merugikan pasangan calon', 'ASN officials may not act to favour or harm a candidate pair',
 'Pejabat yang menggalang dukungan, misalnya mengumpulkan kepala desa untuk satu pasangan calon, melakukan tindakan yang menguntungkan pasangan itu.',
 'An official who rallies support, for instance gathering village heads for one candidate pair, takes an action that favours that pair.',
 TRUE, 'Membaca kegiatan berpihak seorang pejabat sebagai "tindakan" menurut Pasal 71 ayat (1) adalah pembacaan katalog; pasal itu menyebut keputusan dan/atau tindakan tanpa merinci.',
 'Reading an official''s partisan activity as an "action" under art. 71(1) is the catalog''s reading; the article says decisions and/or actions without detail.', NULL),
(3, 'UU10-188-ACTIONS', 'CRIMINAL', '{PARTISAN_ACTIVITY,MOBILISE_SUBORDINATES}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{REGIONAL}', '{PNS,PPPK}', TRUE,
 'NONE', 'UU_10_2016', 'Pasal 188 jo. Pasal 71 ayat (1)', '2016-07-01',
 'Pidana pejabat ASN yang bertindak untuk pasangan calon', 'Criminal offence of an ASN official acting for a candidate pair',
 'Pejabat ASN yang dengan sengaja melanggar Pasal 71, termasuk dengan menggalang dukungan bagi pasangan calon, dapat dipidana. Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
 'An ASN official who knowingly breaches art. 71, including by rallying support for a candidate pair, can be prosecuted. This is a referral to Gakkumdu for review, not a verdict.',
 TRUE, 'Membaca kegiatan berpihak seorang pejabat sebagai "tindakan" menurut Pasal 71 ayat (1) adalah pembacaan katalog; pasal itu menyebut keputusan dan/atau tindakan tanpa merinci.',
 'Reading an official''s partisan activity as an "action" under art. 71(1) is the catalog''s reading; the article says decisions and/or actions without detail.',
 'Penjara 1 sampai 6 bulan dan/atau denda Rp600.000 sampai Rp6.000.000 / 1 to 6 months and/or a fine of Rp 600,000 to Rp 6,000,000');

-- 7. Art. 494 with art. 280(3): being on a campaign team is the offence, for as long as the team
-- stands: from candidates set through the campaign and the quiet period to vote day.
UPDATE rule SET stages = '{CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY}', disputed = TRUE,
       dispute_note_id = 'Pasal 280 ayat (3) melarang ASN ikut serta sebagai tim kampanye tanpa menyebut tahap; katalog membacanya berlaku selama tim itu ada, dari penetapan calon sampai hari pemungutan suara, termasuk masa tenang.',
       dispute_note_en = 'Art. 280(3) forbids ASN to take part as campaign team members without naming a stage; the catalog reads it as applying while the team exists, from candidates set to vote day, the quiet period included.'
 WHERE version = 3 AND code = 'UU7-494';

-- 7. SE Menpan RB 18/2023: issued in 2023 (the minister, Oct 2024: "sudah diterbitkan pada 2023"),
-- its day not confirmed. Its rules apply from 1 Jan 2024, when it was certainly in force; a spouse's
-- act before that is a question (the SE, or its 2018 predecessor on spouses, may govern it).
UPDATE rule SET effective_from = '2024-01-01', disputed = TRUE,
       dispute_note_id = COALESCE(dispute_note_id || ' ', '') || 'SE 18/2023 terbit pada 2023, tanggalnya belum terkonfirmasi; katalog menerapkannya sejak 1 Januari 2024.',
       dispute_note_en = COALESCE(dispute_note_en || ' ', '') || 'SE 18/2023 was issued in 2023, its day not confirmed; the catalog applies it from 1 Jan 2024.'
 WHERE version = 3 AND source_code = 'SE_MENPANRB_18_2023';
INSERT INTO rule (version, code, kind, acts, stages, relations, election_types, employment_types, sanction_type, source_code, article,
                  effective_from, effective_to, title_id, title_en, text_id, text_en, disputed, dispute_note_id, dispute_note_en,
                  question_id, question_en) VALUES
(3, 'SE18-UNDATED', 'REVIEW',
 (SELECT array_agg(DISTINCT a ORDER BY a) FROM rule, unnest(acts) a WHERE version = 2 AND source_code = 'SE_MENPANRB_18_2023'),
 '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{SPOUSE}', '{}', '{PNS,PPPK}',
 'NONE', 'SE_MENPANRB_18_2023', 'Seluruh surat edaran (tanggal terbit)', '2022-09-22', '2023-12-31',
 'Perbuatan pasangan calon sebelum SE 18/2023 pasti berlaku', 'A spouse''s act before SE 18/2023 was certainly in force',
 'SE 18/2023 mengatur ASN yang suami/istrinya menjadi calon; ia terbit pada 2023 tetapi tanggalnya belum terkonfirmasi, jadi perbuatan sebelum 2024 perlu dikaji terhadap surat edaran yang berlaku saat itu.',
 'SE 18/2023 governs civil servants whose husband or wife is a candidate; it was issued in 2023 but its day is not confirmed, so an act before 2024 must be checked against the circular in force at the time.',
 TRUE, 'Tanggal terbit SE 18/2023 belum ditemukan; pendahulunya tahun 2018 tentang pasangan calon mungkin berlaku sebelumnya.',
 'The day SE 18/2023 was issued has not been found; its 2018 predecessor on candidates'' spouses may govern before it.',
 'Apakah SE Menpan RB 18/2023 sudah berlaku pada tanggal perbuatan? Jika belum, kaji dengan surat edaran tentang pasangan calon yang berlaku saat itu.',
 'Was SE Menpan RB 18/2023 in force on the act''s date? If not, judge the act under the circular on candidates'' spouses then in force.');
