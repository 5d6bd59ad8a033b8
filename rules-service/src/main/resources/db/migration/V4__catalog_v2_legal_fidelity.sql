-- Catalog version 2: the law's exact mapping (DOMAIN "Precision the catalog needs"). Version 1 and
-- everything it answers stay as they were: new columns are NULL or FALSE for its rules, its tier
-- texts keep their rows, and its stage model stays the coarse one.

-- How a version reads the timeline. COARSE (version 1): before candidates are set, from then until
-- the vote, after the vote. FULL: candidates set, campaign, quiet period and vote day apart, each
-- contest with its own determination date, and acts outside every election.
ALTER TABLE catalog_version
    ADD COLUMN stage_model VARCHAR(8) NOT NULL DEFAULT 'COARSE' CHECK (stage_model IN ('COARSE', 'FULL')),
    ADD COLUMN covers_from DATE;
COMMENT ON COLUMN catalog_version.covers_from IS 'Acts before this date are not judged by this version (NULL: no limit)';

-- The acts a version knows: an act added later is unknown to the versions before it.
ALTER TABLE act ADD COLUMN since_version INTEGER NOT NULL DEFAULT 1;

INSERT INTO legal_source (code, short_name, kind, title, numbers, issued_on, issuers, note) VALUES
 ('PP_49_2018', 'PP 49/2018', 'GOVERNMENT_REGULATION',
  'Peraturan Pemerintah tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja',
  '{"49 Tahun 2018"}', NULL, '{"Presiden"}', 'PPPK management, including PPPK discipline. Exact date of issue not confirmed.'),
 ('NON_ASN_CONTRACT', 'Perjanjian kerja non-ASN', 'CONTRACT',
  'Perjanjian kerja pegawai non-ASN dan surat edaran instansi tentang netralitas',
  '{}', NULL, '{"Instansi pemberi kerja"}',
  'Non-ASN staff are not bound by the SKB or PP 94/2021; their contract and agency circulars (e.g. Tangerang Selatan 2024) are.');

-- Elections determine each contest on its own day; candidates_set_on stays the day the last one is set.
CREATE TABLE election_contest (
    election_code     VARCHAR(40) NOT NULL REFERENCES election (code),
    contest           VARCHAR(16) NOT NULL CHECK (contest IN ('PRESIDENTIAL', 'DPR', 'DPD', 'DPRD', 'REGIONAL_HEAD')),
    candidates_set_on DATE        NOT NULL,
    PRIMARY KEY (election_code, contest)
);

INSERT INTO election_contest (election_code, contest, candidates_set_on) VALUES
 ('PEMILU_2024', 'PRESIDENTIAL', '2023-11-13'),
 ('PEMILU_2024', 'DPR', '2023-11-03'),
 ('PEMILU_2024', 'DPD', '2023-11-03'),
 ('PEMILU_2024', 'DPRD', '2023-11-03'),
 ('PILKADA_2024', 'REGIONAL_HEAD', '2024-09-22');

-- Rules: the facts `official` and `officialDuty`, the PNS discipline basis (the point of PP 94/2021
-- art. 5 letter n and the article of the tier), a note every answer citing the rule carries, and
-- dispute notes in both languages. CONTRACT rules carry conduct the catalog forbids for ASN over to
-- staff bound only by their employment contract.
ALTER TABLE rule RENAME COLUMN dispute_note TO dispute_note_en;
ALTER TABLE rule
    ADD COLUMN dispute_note_id TEXT,
    ADD COLUMN official        BOOLEAN,
    ADD COLUMN official_duty   BOOLEAN,
    ADD COLUMN basis           VARCHAR(300),
    ADD COLUMN note_id         TEXT,
    ADD COLUMN note_en         TEXT,
    ADD CHECK ((note_id IS NULL) = (note_en IS NULL));
ALTER TABLE rule DROP CONSTRAINT rule_kind_check;
ALTER TABLE rule ADD CONSTRAINT rule_kind_check CHECK (kind IN ('PROHIBITION', 'PERMISSION', 'REVIEW', 'CRIMINAL', 'CONTRACT'));
ALTER TABLE rule DROP CONSTRAINT rule_sanction_type_check;
ALTER TABLE rule ADD CONSTRAINT rule_sanction_type_check CHECK (sanction_type IN
    ('NONE', 'MORAL', 'DISCIPLINE_LIGHT', 'DISCIPLINE_MEDIUM', 'DISCIPLINE_HEAVY', 'DISMISSAL', 'EMPLOYMENT_CONTRACT'));

UPDATE rule SET dispute_note_id = 'SKB 2022 menyebut foto dengan simbol dukungan; pedoman Solok (2023) melarang foto dengan calon meskipun kerabat. Diserahkan ke kajian.'
 WHERE version = 1 AND code = 'REVIEW-PHOTO';
UPDATE rule SET dispute_note_id = 'Satu sumber pers menyebut sanksi sedang untuk kegiatan berpihak; katalog mengikuti laporan lain atas lampiran, yang menyebut berat.'
 WHERE version = 1 AND code = 'SKB22-D8';
UPDATE rule SET dispute_note_id = 'Dibaca harfiah, butir ini melarang kehadiran apa pun tanpa CLTN. SE Menpan RB 18/2023, yang lebih baru dan khusus bagi pasangan, membolehkan kehadiran pasif; katalog mengikuti SE untuk kehadiran pasif (aturan SE18-P2) dan menerapkan butir ini hanya pada kehadiran aktif.'
 WHERE version = 1 AND code = 'SKB22-E7';
ALTER TABLE rule ADD CHECK (NOT disputed OR dispute_note_id IS NOT NULL);

-- Tier texts per catalog version: a version uses, for each tier and employment type, the row with
-- the highest from_version not above it. Version 1 keeps its rows.
ALTER TABLE sanction_tier
    ADD COLUMN from_version    INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN basis           VARCHAR(300),
    ADD COLUMN disputed        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN dispute_note_id TEXT,
    ADD COLUMN dispute_note_en TEXT,
    ADD CHECK (NOT disputed OR (dispute_note_id IS NOT NULL AND dispute_note_en IS NOT NULL));
ALTER TABLE sanction_tier DROP CONSTRAINT sanction_tier_pkey;
ALTER TABLE sanction_tier ADD PRIMARY KEY (sanction_type, employment_type, from_version);

INSERT INTO sanction_tier (sanction_type, employment_type, from_version, detail_id, detail_en, basis, disputed, dispute_note_id, dispute_note_en) VALUES
 ('MORAL', 'PNS', 2, 'Sanksi moral berupa pernyataan secara tertutup atau terbuka (PP 42/2004 Pasal 15).', 'Moral sanction: a closed or open statement (PP 42/2004 art. 15).',
  'PP 42/2004 Pasal 15', FALSE, NULL, NULL),
 ('DISCIPLINE_LIGHT', 'PNS', 2, 'Hukuman disiplin ringan: teguran lisan, teguran tertulis, atau pernyataan tidak puas secara tertulis (PP 94/2021).', 'Light discipline: oral reprimand, written reprimand, or written statement of dissatisfaction (PP 94/2021).',
  'PP 94/2021 Pasal 8 ayat (2)', FALSE, NULL, NULL),
 ('DISCIPLINE_MEDIUM', 'PNS', 2, 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan (PP 94/2021).', 'Medium discipline: 25% cut of the performance allowance for 6, 9 or 12 months (PP 94/2021).',
  'PP 94/2021 Pasal 8 ayat (3)', FALSE, NULL, NULL),
 ('DISCIPLINE_HEAVY', 'PNS', 2, 'Hukuman disiplin berat: penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan, atau pemberhentian dengan hormat tidak atas permintaan sendiri (PP 94/2021).', 'Heavy discipline: demotion for 12 months, move to a non-managerial post for 12 months, or honourable dismissal not at own request (PP 94/2021).',
  'PP 94/2021 Pasal 8 ayat (4)', FALSE, NULL, NULL),
 ('DISMISSAL', 'PNS', 2, 'Pemberhentian tidak dengan hormat (UU 20/2023 Pasal 52).', 'Dismissal without honour (UU 20/2023 art. 52).',
  'UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)', FALSE, NULL, NULL),
 ('MORAL', 'PPPK', 2, 'Sanksi moral berupa pernyataan secara tertutup atau terbuka. Dasarnya bagi PPPK belum pasti: PP 42/2004 adalah kode etik PNS, dan PP 49/2018 (manajemen PPPK) tidak disebut mengatur sanksi moral.', 'Moral sanction: a closed or open statement. Its basis for PPPK is uncertain: PP 42/2004 is the PNS code of ethics, and PP 49/2018 (PPPK management) is not reported to provide a moral sanction.',
  'PP 49/2018 (dasar sanksi moral bagi PPPK belum terkonfirmasi)', TRUE,
  'Belum terkonfirmasi atas dasar apa PPPK dijatuhi sanksi moral: PP 42/2004 hanya mengikat PNS.',
  'It is not confirmed under which instrument a PPPK receives a moral sanction: PP 42/2004 binds PNS only.'),
 ('DISCIPLINE_LIGHT', 'PPPK', 2, 'Hukuman disiplin ringan bagi PPPK menurut PP 49/2018 dan perjanjian kerja.', 'Light discipline for PPPK under PP 49/2018 and the work agreement.',
  'PP 49/2018 (disiplin PPPK)', FALSE, NULL, NULL),
 ('DISCIPLINE_MEDIUM', 'PPPK', 2, 'Hukuman disiplin sedang bagi PPPK menurut PP 49/2018 dan perjanjian kerja.', 'Medium discipline for PPPK under PP 49/2018 and the work agreement.',
  'PP 49/2018 (disiplin PPPK)', FALSE, NULL, NULL),
 ('DISCIPLINE_HEAVY', 'PPPK', 2, 'Hukuman disiplin berat bagi PPPK menurut PP 49/2018; dapat berupa pemutusan perjanjian kerja.', 'Heavy discipline for PPPK under PP 49/2018; may end the work agreement.',
  'PP 49/2018 (disiplin PPPK)', FALSE, NULL, NULL),
 ('DISMISSAL', 'PPPK', 2, 'Pemutusan hubungan perjanjian kerja tidak dengan hormat (UU 20/2023 Pasal 52).', 'Termination of the work agreement without honour (UU 20/2023 art. 52).',
  'UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)', FALSE, NULL, NULL),
 ('EMPLOYMENT_CONTRACT', 'NON_ASN', 2, 'Ditangani instansi pemberi kerja menurut perjanjian kerja dan surat edarannya; bukan hukuman disiplin PP 94/2021 dan bukan sanksi moral PP 42/2004.', 'Dealt with by the employing agency under the employment contract and its circulars; not a PP 94/2021 discipline tier and not a PP 42/2004 moral sanction.',
  'Perjanjian kerja dan surat edaran instansi', TRUE,
  'SKB 2022 dan PP 94/2021 mengikat ASN; bagi pegawai non-ASN, ukuran tindakannya bergantung pada perjanjian kerja dan edaran tiap instansi, yang tidak seragam.',
  'The SKB 2022 and PP 94/2021 bind ASN; for non-ASN staff the measure depends on each agency''s contract and circulars, which are not uniform.');

INSERT INTO act (code, category, label_id, label_en, since_version) VALUES
 ('MOBILISE_SUBORDINATES', 'PARTISAN', 'Ikut kampanye dengan mengerahkan ASN atau pegawai lain',
  'Joining a campaign while mobilising other civil servants or staff', 2);

INSERT INTO catalog_version (version, based_on, note, created_by, stage_model, covers_from) VALUES
 (2, 1, 'Legal fidelity: campaign, quiet period and vote day as stages; contests with their own determination dates; criminal articles as referrals to Gakkumdu (UU 7/2017 art. 494 and 523, UU 10/2016 art. 188 and 187A); PP 94/2021 art. 5 letter n points and tier articles; PPPK under PP 49/2018; non-ASN staff under their contract; passive attendance with attributes, mobilising subordinates, speakers on official duty; party membership outside elections (UU 20/2023); no judgement before 22 Sep 2022; disputed readings marked.',
  'system', 'FULL', '2022-09-22');

-- Version 2 starts as a copy of version 1: "from candidate determination" keeps meaning every stage
-- from CANDIDATES_SET on, and prohibitions of the ASN rules bind PNS and PPPK (non-ASN staff are
-- handled by the CONTRACT rule below).
INSERT INTO rule (version, code, kind, acts, stages, relations, election_types, employment_types, participation, partisan_symbols,
                  on_unpaid_leave, sanction_type, source_code, article, effective_from, effective_to, title_id, title_en, text_id,
                  text_en, disputed, dispute_note_id, dispute_note_en, question_id, question_en, max_penalty)
SELECT 2, code, kind, acts,
       ARRAY(SELECT s FROM unnest(CASE WHEN 'CANDIDATES_SET' = ANY (stages)
                                       THEN stages || '{CAMPAIGN,QUIET_PERIOD,VOTE_DAY}'::TEXT[] ELSE stages END) s
             ORDER BY array_position('{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE,OUTSIDE_ELECTION}'::TEXT[], s)),
       relations, election_types,
       CASE WHEN kind = 'PROHIBITION' THEN '{PNS,PPPK}'::TEXT[] ELSE employment_types END,
       participation, partisan_symbols, on_unpaid_leave, sanction_type, source_code, article, effective_from, effective_to,
       title_id, title_en, text_id, text_en, disputed, dispute_note_id, dispute_note_en, question_id, question_en, max_penalty
  FROM rule WHERE version = 1;

-- Disputed: the ethics-before / discipline-after split at candidate determination.
UPDATE rule SET disputed = TRUE,
       dispute_note_id = 'Pembagian butir kode etik (sebelum penetapan calon) dan butir disiplin (sesudahnya) adalah pembacaan atas lampiran SKB yang dilaporkan, belum terkonfirmasi.',
       dispute_note_en = 'Applying the ethics items before candidates are set and the discipline items after is a reported reading of the SKB annex, not confirmed.'
 WHERE version = 2 AND code IN ('SKB22-E1', 'SKB22-E2', 'SKB22-E3', 'SKB22-E4', 'SKB22-E5', 'SKB22-E6');
UPDATE rule SET
       dispute_note_id = dispute_note_id || ' Selain itu: apakah SE 18/2023 mensyaratkan CLTN untuk mendampingi kampanye pasangan belum terkonfirmasi (SE pendahulunya tahun 2018 mensyaratkannya); pembagian kode etik/disiplin menurut tahap juga belum terkonfirmasi.',
       dispute_note_en = dispute_note_en || ' Also: whether SE 18/2023 requires unpaid leave (CLTN) to accompany a spouse''s campaign is not confirmed (its 2018 predecessor did); the ethics/discipline split by stage is not confirmed either.'
 WHERE version = 2 AND code = 'SKB22-E7';
UPDATE rule SET disputed = TRUE, partisan_symbols = FALSE,
       dispute_note_id = 'Apakah SE 18/2023 mensyaratkan CLTN untuk menghadiri kampanye pasangan belum terkonfirmasi; SE pendahulunya tahun 2018 mensyaratkannya.',
       dispute_note_en = 'Whether SE 18/2023 requires unpaid leave (CLTN) to attend a spouse''s campaign is not confirmed; its 2018 predecessor did.'
 WHERE version = 2 AND code = 'SE18-P2';

-- Passive attendance is allowed only without attributes (PP 94/2021 art. 5 n point 2 otherwise).
UPDATE rule SET partisan_symbols = FALSE,
       text_id = 'Menghadiri kampanye untuk mendengarkan visi, misi dan program tanpa gestur dan tanpa atribut partai, calon atau instansi diperbolehkan.',
       text_en = 'Attending a campaign to hear the vision, mission and programme, without gestures and without attributes of a party, candidate or the agency, is allowed.'
 WHERE version = 2 AND code = 'PERM-PASSIVE';

-- The PNS discipline basis of each SKB discipline item.
UPDATE rule SET basis = 'PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i'
 WHERE version = 2 AND code IN ('SKB22-D1', 'SKB22-D2', 'SKB22-D6', 'SKB22-D7');
UPDATE rule SET note_id = 'Tidak ada angka Pasal 5 huruf n PP 94/2021 yang menyebut perbuatan ini (ASN sendiri yang hendak mencalonkan diri); tingkat sedang berasal dari lampiran SKB.',
       note_en = 'No point of PP 94/2021 art. 5 letter n names this act (the ASN seeks candidacy); the medium tier comes from the SKB annex.'
 WHERE version = 2 AND code = 'SKB22-D3';
UPDATE rule SET basis = 'PP 94/2021 Pasal 5 huruf n angka 1 (tingkat sedang dilaporkan; pasalnya belum terkonfirmasi)', disputed = TRUE,
       dispute_note_id = 'Lampiran SKB menyebut berat untuk hadir dan mendukung secara aktif, sedangkan PP 94/2021 Pasal 5 huruf n angka 1 (ikut kampanye) dilaporkan bertingkat sedang; katalog mengikuti SKB.',
       dispute_note_en = 'The SKB annex gives heavy for attending and actively supporting, while PP 94/2021 art. 5 letter n point 1 (joining a campaign) is reported as medium; the catalog follows the SKB.'
 WHERE version = 2 AND code = 'SKB22-D4';
UPDATE rule SET basis = 'UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)' WHERE version = 2 AND code = 'SKB22-D5';
UPDATE rule SET basis = 'PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i', acts = '{PARTISAN_ACTIVITY,MONEY_POLITICS}',
       dispute_note_id = 'Satu sumber pers menyebut sanksi sedang untuk kegiatan berpihak; katalog mengikuti laporan lain atas lampiran (berat), sejalan dengan PP 94/2021 Pasal 5 huruf n angka 6.',
       dispute_note_en = 'One press source reports a medium sanction for partisan activities; the catalog follows the other reports of the annex (heavy), in line with PP 94/2021 art. 5 letter n point 6.'
 WHERE version = 2 AND code = 'SKB22-D8';
-- Campaign team and expert team: the same conduct, the same answer.
UPDATE rule SET acts = '{EXPERT_TEAM,CAMPAIGN_TEAM_ROLE}', disputed = TRUE,
       basis = 'PP 94/2021 Pasal 5 huruf n angka 1 (tingkat sedang dilaporkan; pasalnya belum terkonfirmasi)',
       title_id = 'Menjadi tim ahli, tim pemenangan atau tim kampanye sebelum penetapan calon',
       title_en = 'Serving on a candidate''s expert, winning or campaign team before candidates are set',
       dispute_note_id = 'Tingkat sanksi tim ahli (sedang sebelum penetapan, berat sesudahnya) menurut dua sumber; satu sumber menyatukannya sebagai berat. Tim kampanye diperlakukan sama dengan tim ahli.',
       dispute_note_en = 'The expert-team tiers (medium before determination, heavy after) come from two sources; one merges them as heavy. A campaign team is treated like an expert team.'
 WHERE version = 2 AND code = 'SKB22-D9';
UPDATE rule SET acts = '{EXPERT_TEAM,CAMPAIGN_TEAM_ROLE}', disputed = TRUE,
       basis = 'PP 94/2021 Pasal 5 huruf n angka 1 (SKB: berat; PP 94/2021 dilaporkan sedang)',
       title_id = 'Menjadi tim ahli, tim pemenangan atau tim kampanye setelah penetapan calon',
       title_en = 'Serving on a candidate''s expert, winning or campaign team after candidates are set',
       dispute_note_id = 'Tingkat sanksi tim ahli (sedang sebelum penetapan, berat sesudahnya) menurut dua sumber; satu sumber menyatukannya sebagai berat. Tim kampanye diperlakukan sama dengan tim ahli.',
       dispute_note_en = 'The expert-team tiers (medium before determination, heavy after) come from two sources; one merges them as heavy. A campaign team is treated like an expert team.'
 WHERE version = 2 AND code = 'SKB22-D10';
UPDATE rule SET basis = 'PP 94/2021 Pasal 5 huruf n angka 7 jo. Pasal 14 huruf i' WHERE version = 2 AND code = 'SKB22-D11';
UPDATE rule SET acts = '{FAVOURING_DECISION}', basis = 'PP 94/2021 Pasal 5 huruf n angka 5 jo. Pasal 14 huruf i'
 WHERE version = 2 AND code = 'SKB22-D12';
UPDATE rule SET acts = '{PARTISAN_ACTIVITY,MONEY_POLITICS,MOBILISE_SUBORDINATES}' WHERE version = 2 AND code = 'SKB22-E6';

-- Speakers: on official duty with a written assignment, speaking is allowed.
UPDATE rule SET acts = '{CAMPAIGN_TEAM_ROLE,EXPERT_TEAM}' WHERE version = 2 AND code = 'UU7-280';
UPDATE rule SET acts = array_remove(acts, 'SPEAKER_AT_CAMPAIGN') || '{CAMPAIGN_TEAM_ROLE,MOBILISE_SUBORDINATES}'::TEXT[] WHERE version = 2 AND code = 'UU7-283';

-- UU 10/2016 art. 70 binds the candidate pair; art. 71 and 188 need an ASN official.
UPDATE rule SET acts = '{CAMPAIGN_TEAM_ROLE,EXPERT_TEAM,PARTISAN_ACTIVITY}',
       note_id = 'Pasal 70 mengikat pasangan calon; sanksi pidananya (Pasal 189) dikenakan pada pasangan calon atau tim kampanyenya, bukan pada ASN: yang dapat diteruskan ke Gakkumdu adalah tim, bukan ASN.',
       note_en = 'Art. 70 binds the candidate pair; its criminal sanction (art. 189) falls on the pair or its campaign team, not on the ASN: the team, not the ASN, may be referred to Gakkumdu.'
 WHERE version = 2 AND code = 'UU10-70';
UPDATE rule SET official = TRUE WHERE version = 2 AND code = 'UU10-71';
UPDATE rule SET acts = '{FAVOURING_DECISION,USE_STATE_FACILITIES}', official = TRUE, employment_types = '{PNS,PPPK}',
       stages = '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}',
       text_id = 'Pejabat ASN yang dengan sengaja melanggar Pasal 71 dapat dipidana. Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
       text_en = 'An ASN official who knowingly breaches art. 71 can be prosecuted. This is a referral to Gakkumdu for review, not a verdict.'
 WHERE version = 2 AND code = 'UU10-188';
UPDATE rule SET acts = '{CAMPAIGN_TEAM_ROLE,EXPERT_TEAM}', employment_types = '{PNS,PPPK}', stages = '{CAMPAIGN}',
       text_id = 'ASN yang menjadi pelaksana atau tim kampanye pemilu (Pasal 280 ayat (3)) dapat dipidana. Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
       text_en = 'A civil servant acting as campaign implementer or team member in a general election (art. 280(3)) can be prosecuted. This is a referral to Gakkumdu for review, not a verdict.'
 WHERE version = 2 AND code = 'UU7-494';

INSERT INTO rule (version, code, kind, acts, stages, relations, election_types, employment_types, participation, partisan_symbols,
                  on_unpaid_leave, official, official_duty, sanction_type, source_code, article, basis, effective_from, title_id,
                  title_en, text_id, text_en, disputed, dispute_note_id, dispute_note_en, note_id, note_en, max_penalty) VALUES
(2, 'SKB22-D12-FACILITIES', 'PROHIBITION', '{USE_STATE_FACILITIES}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, NULL,
 'DISCIPLINE_HEAVY', 'SKB_2022', 'Lampiran, pelanggaran disiplin angka 12', 'PP 94/2021 Pasal 5 huruf n angka 4 jo. Pasal 14 huruf i', '2022-09-22',
 'Menggunakan fasilitas negara untuk mendukung calon', 'Using state facilities to support a candidate',
 'Memakai fasilitas jabatan atau negara dengan cara yang menguntungkan calon adalah pelanggaran disiplin berat.',
 'Using the facilities of office or of the state in a way that favours a candidate is a heavy discipline violation.',
 FALSE, NULL, NULL, NULL, NULL, NULL),
(2, 'PP94-5N2', 'PROHIBITION', '{ATTEND_CAMPAIGN,ATTEND_DECLARATION}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{}', '{PNS,PPPK}', 'PASSIVE', TRUE, NULL, NULL, NULL,
 'DISCIPLINE_MEDIUM', 'PP_94_2021', 'Pasal 5 huruf n angka 2', 'PP 94/2021 Pasal 5 huruf n angka 2 (tingkat sedang dilaporkan; pasalnya belum terkonfirmasi)', '2022-09-22',
 'Hadir pada kampanye dengan atribut partai, calon atau instansi', 'Attending a campaign wearing attributes of a party, candidate or the agency',
 'Kehadiran pasif hanya diperbolehkan sebagai pendengar; memakai atribut partai, calon atau instansi menjadikannya dukungan yang dilarang.',
 'Passive attendance is allowed only as a listener; wearing attributes of a party, a candidate or the agency makes it forbidden support.',
 FALSE, NULL, NULL, NULL, NULL, NULL),
(2, 'PP94-5N3', 'PROHIBITION', '{MOBILISE_SUBORDINATES}', '{CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, NULL,
 'DISCIPLINE_HEAVY', 'PP_94_2021', 'Pasal 5 huruf n angka 3', 'PP 94/2021 Pasal 5 huruf n angka 3 jo. Pasal 14 huruf i', '2022-09-22',
 'Ikut kampanye dengan mengerahkan ASN atau pegawai lain', 'Joining a campaign while mobilising other civil servants or staff',
 'Mengerahkan ASN atau pegawai lain untuk ikut kampanye adalah pelanggaran disiplin berat.',
 'Mobilising other civil servants or staff to join a campaign is a heavy discipline violation.',
 FALSE, NULL, NULL, NULL, NULL, NULL),
(2, 'SKB22-E6-SPEAKER', 'PROHIBITION', '{SPEAKER_AT_CAMPAIGN}', '{BEFORE_CANDIDATES_SET}', '{}', '{}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, FALSE,
 'MORAL', 'SKB_2022', 'Lampiran, pelanggaran kode etik angka 6', NULL, '2022-09-22',
 'Menjadi pembicara dalam kegiatan bakal calon tanpa penugasan resmi', 'Speaking at a prospective candidate''s event without an official assignment',
 'Berbicara dalam pengenalan, sosialisasi atau kampanye bakal calon tanpa penugasan kedinasan tertulis melanggar kode etik.',
 'Speaking at a prospective candidate''s introduction, outreach or campaign without a written official assignment breaches the code of ethics.',
 TRUE, 'Pembagian butir kode etik (sebelum penetapan calon) dan butir disiplin (sesudahnya) adalah pembacaan atas lampiran SKB yang dilaporkan, belum terkonfirmasi.',
 'Applying the ethics items before candidates are set and the discipline items after is a reported reading of the SKB annex, not confirmed.', NULL, NULL, NULL),
(2, 'SKB22-D8-SPEAKER', 'PROHIBITION', '{SPEAKER_AT_CAMPAIGN}', '{CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, FALSE,
 'DISCIPLINE_HEAVY', 'SKB_2022', 'Lampiran, pelanggaran disiplin angka 8', 'PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i', '2022-09-22',
 'Menjadi pembicara kampanye tanpa penugasan resmi', 'Speaking at a campaign without an official assignment',
 'Setelah penetapan calon, berbicara dalam kampanye tanpa penugasan kedinasan tertulis adalah kegiatan berpihak yang dilarang.',
 'Once candidates are set, speaking at a campaign without a written official assignment is a forbidden partisan activity.',
 TRUE, 'Satu sumber pers menyebut sanksi sedang untuk kegiatan berpihak; katalog mengikuti laporan lain atas lampiran (berat).',
 'One press source reports a medium sanction for partisan activities; the catalog follows the other reports of the annex (heavy).', NULL, NULL, NULL),
(2, 'PERM-OFFICIAL-DUTY', 'PERMISSION', '{SPEAKER_AT_CAMPAIGN}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{}', '{}', NULL, NULL, NULL, NULL, TRUE,
 'NONE', 'SKB_2022', 'Lampiran (narasumber dengan penugasan kedinasan)', NULL, '2022-09-22',
 'Menjadi narasumber atas penugasan kedinasan tertulis', 'Speaking on a written official assignment',
 'ASN boleh berbicara di acara partai hanya dalam tugas kedinasan dengan surat tugas, untuk menjelaskan kebijakan pemerintah atau keahliannya.',
 'A civil servant may speak at a party''s event only on official duty with a written assignment, to explain government policy or their expertise.',
 FALSE, NULL, NULL,
 'Pedoman lama yang diulang sejak itu; dokumen sumbernya belum dipastikan. Periksa surat tugasnya.',
 'Older guidance, repeated since; its source document is not confirmed. Check the written assignment.', NULL),
(2, 'UU7-280-SPEAKER', 'PROHIBITION', '{SPEAKER_AT_CAMPAIGN}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{GENERAL}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, FALSE,
 'NONE', 'UU_7_2017', 'Pasal 280 ayat (2) huruf f dan ayat (3)', NULL, '2017-08-16',
 'ASN dilarang menjadi pelaksana kampanye', 'Civil servants may not act as campaign implementers',
 'Berbicara dalam kampanye tanpa penugasan kedinasan menjadikan ASN pelaksana kampanye, yang dilarang undang-undang pemilu.',
 'Speaking at a campaign without an official assignment makes a civil servant a campaign implementer, which the general election law forbids.',
 FALSE, NULL, NULL, NULL, NULL, NULL),
(2, 'UU10-70-SPEAKER', 'PROHIBITION', '{SPEAKER_AT_CAMPAIGN}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE}', '{}', '{REGIONAL}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, FALSE,
 'NONE', 'UU_10_2016', 'Pasal 70 ayat (1) huruf b', NULL, '2016-07-01',
 'Pasangan calon dilarang melibatkan ASN dalam kampanye', 'Candidates may not involve civil servants in their campaign',
 'Undang-undang pemilihan kepala daerah melarang pasangan calon melibatkan ASN dalam kampanye; ASN yang menjadi pembicara tanpa penugasan kedinasan terlibat.',
 'The regional election law forbids candidates to involve civil servants in their campaign; a civil servant speaking without an official assignment is involved.',
 FALSE, NULL, NULL,
 'Pasal 70 mengikat pasangan calon; sanksi pidananya (Pasal 189) dikenakan pada pasangan calon atau tim kampanyenya, bukan pada ASN: yang dapat diteruskan ke Gakkumdu adalah tim, bukan ASN.',
 'Art. 70 binds the candidate pair; its criminal sanction (art. 189) falls on the pair or its campaign team, not on the ASN: the team, not the ASN, may be referred to Gakkumdu.', NULL),
(2, 'UU7-494-SPEAKER', 'CRIMINAL', '{SPEAKER_AT_CAMPAIGN}', '{CAMPAIGN}', '{}', '{GENERAL}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, FALSE,
 'NONE', 'UU_7_2017', 'Pasal 494 jo. Pasal 280 ayat (3)', NULL, '2017-08-16',
 'Pidana ASN yang menjadi pelaksana kampanye', 'Criminal offence of a civil servant acting as campaign implementer',
 'ASN yang berbicara dalam kampanye pemilu tanpa penugasan kedinasan bertindak sebagai pelaksana kampanye dan dapat dipidana. Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
 'A civil servant speaking at a general-election campaign without an official assignment acts as a campaign implementer and can be prosecuted. This is a referral to Gakkumdu for review, not a verdict.',
 FALSE, NULL, NULL, NULL, NULL, 'Kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000 / up to 1 year and a fine of up to Rp 12,000,000'),
(2, 'UU7-523-1', 'CRIMINAL', '{MONEY_POLITICS}', '{CAMPAIGN}', '{}', '{GENERAL}', '{}', NULL, NULL, NULL, NULL, NULL,
 'NONE', 'UU_7_2017', 'Pasal 523 ayat (1) jo. Pasal 280 ayat (1) huruf j', NULL, '2017-08-16',
 'Politik uang selama masa kampanye', 'Money politics during the campaign',
 'Pelaksana, peserta atau tim kampanye yang menjanjikan atau memberikan uang atau materi lain selama kampanye dapat dipidana. Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
 'Campaign implementers, participants or team members who promise or give money or other material during the campaign can be prosecuted. This is a referral to Gakkumdu for review, not a verdict.',
 FALSE, NULL, NULL, NULL, NULL, 'Penjara paling lama 2 tahun dan denda paling banyak Rp24.000.000 / up to 2 years and a fine of up to Rp 24,000,000'),
(2, 'UU7-523-2', 'CRIMINAL', '{MONEY_POLITICS}', '{QUIET_PERIOD}', '{}', '{GENERAL}', '{}', NULL, NULL, NULL, NULL, NULL,
 'NONE', 'UU_7_2017', 'Pasal 523 ayat (2)', NULL, '2017-08-16',
 'Politik uang pada masa tenang', 'Money politics during the quiet period',
 'Menjanjikan atau memberikan uang atau materi lain kepada pemilih pada masa tenang dapat dipidana. Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
 'Promising or giving money or other material to voters during the quiet period can be prosecuted. This is a referral to Gakkumdu for review, not a verdict.',
 FALSE, NULL, NULL, NULL, NULL, 'Penjara paling lama 4 tahun dan denda paling banyak Rp48.000.000 / up to 4 years and a fine of up to Rp 48,000,000'),
(2, 'UU7-523-3', 'CRIMINAL', '{MONEY_POLITICS}', '{VOTE_DAY}', '{}', '{GENERAL}', '{}', NULL, NULL, NULL, NULL, NULL,
 'NONE', 'UU_7_2017', 'Pasal 523 ayat (3)', NULL, '2017-08-16',
 'Politik uang pada hari pemungutan suara', 'Money politics on vote day',
 'Setiap orang yang menjanjikan atau memberikan uang atau materi lain kepada pemilih pada hari pemungutan suara dapat dipidana. Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
 'Anyone who promises or gives money or other material to a voter on vote day can be prosecuted. This is a referral to Gakkumdu for review, not a verdict.',
 FALSE, NULL, NULL, NULL, NULL, 'Penjara paling lama 3 tahun dan denda paling banyak Rp36.000.000 / up to 3 years and a fine of up to Rp 36,000,000'),
(2, 'UU10-187A', 'CRIMINAL', '{MONEY_POLITICS}', '{CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY}', '{}', '{REGIONAL}', '{}', NULL, NULL, NULL, NULL, NULL,
 'NONE', 'UU_10_2016', 'Pasal 187A ayat (1) jo. Pasal 73 ayat (4)', NULL, '2016-07-01',
 'Politik uang dalam pemilihan kepala daerah', 'Money politics in a regional election',
 'Setiap orang yang menjanjikan atau memberikan uang atau materi lain untuk memengaruhi pemilih dapat dipidana; pemilih yang menerimanya dipidana sama (ayat (2)). Ini rujukan ke Gakkumdu untuk dikaji, bukan putusan.',
 'Anyone who promises or gives money or other material to influence voters can be prosecuted; a voter who accepts is punished the same (paragraph 2). This is a referral to Gakkumdu for review, not a verdict.',
 FALSE, NULL, NULL, NULL, NULL, 'Penjara 36 sampai 72 bulan dan denda Rp200.000.000 sampai Rp1.000.000.000 / 36 to 72 months and a fine of Rp 200,000,000 to Rp 1,000,000,000'),
(2, 'UU20-52', 'PROHIBITION', '{PARTY_MEMBERSHIP}', '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE,OUTSIDE_ELECTION}', '{}', '{}', '{PNS,PPPK}', NULL, NULL, NULL, NULL, NULL,
 'DISMISSAL', 'UU_20_2023', 'Pasal 52 ayat (3) huruf j dan ayat (4)', 'UU 20/2023 Pasal 52 ayat (3) huruf j dan ayat (4)', '2023-10-31',
 'ASN yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat', 'A civil servant who is a member or official of a political party is dismissed without honour',
 'Keanggotaan atau kepengurusan partai politik adalah dasar pemberhentian tidak dengan hormat kapan pun, di dalam maupun di luar masa pemilihan.',
 'Membership or office in a political party is a ground for dismissal without honour at any time, in or outside an election period.',
 FALSE, NULL, NULL, NULL, NULL, NULL),
(2, 'NON-ASN-CONTRACT', 'CONTRACT', (SELECT array_agg(code ORDER BY code) FROM act), '{BEFORE_CANDIDATES_SET,CANDIDATES_SET,CAMPAIGN,QUIET_PERIOD,VOTE_DAY,AFTER_VOTE,OUTSIDE_ELECTION}', '{}', '{}', '{NON_ASN}', NULL, NULL, NULL, NULL, NULL,
 'EMPLOYMENT_CONTRACT', 'NON_ASN_CONTRACT', 'ketentuan netralitas dan surat edaran instansi', NULL, '2022-09-22',
 'Pegawai non-ASN terikat netralitas melalui perjanjian kerja', 'Non-ASN staff are bound to neutrality by their employment contract',
 'Perbuatan yang merupakan pelanggaran bagi ASN adalah pelanggaran perjanjian kerja bagi pegawai non-ASN, ditangani instansi pemberi kerja; yang diperbolehkan bagi ASN juga diperbolehkan bagi mereka.',
 'An act that is a violation for ASN breaches the employment contract of non-ASN staff and is dealt with by the employing agency; what is permitted for ASN is permitted for them too.',
 TRUE, 'SKB 2022, PP 94/2021 dan PP 42/2004 tidak mengikat pegawai non-ASN; penerapan larangan ASN kepada mereka melalui perjanjian kerja dan edaran instansi adalah pembacaan yang belum terkonfirmasi dan tidak seragam antarinstansi.',
 'The SKB 2022, PP 94/2021 and PP 42/2004 do not bind non-ASN staff; carrying the ASN prohibitions over to them through contracts and agency circulars is a reading that is not confirmed and differs between agencies.',
 NULL, NULL, NULL);

-- The new act's rules in the other sources: partisanship under UU 7/2017 art. 283 (done above) and
-- a spouse's campaign under SE 18/2023.
UPDATE rule SET acts = acts || '{MOBILISE_SUBORDINATES}'::TEXT[] WHERE version = 2 AND code = 'SE18-X3';
