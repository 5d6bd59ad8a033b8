-- The legal documents the catalog cites and the taxonomy of observed acts. Both are reference
-- data: codes are stable (integrators store them), labels are bilingual.
CREATE TABLE legal_source (
    code       VARCHAR(40)  PRIMARY KEY,
    short_name VARCHAR(60)  NOT NULL UNIQUE,
    kind       VARCHAR(40)  NOT NULL,
    title      VARCHAR(400) NOT NULL,
    numbers    TEXT[]       NOT NULL,
    issued_on  DATE,
    issuers    TEXT[]       NOT NULL,
    note       TEXT
);

INSERT INTO legal_source (code, short_name, kind, title, numbers, issued_on, issuers, note) VALUES
 ('SKB_2022', 'SKB 2022', 'JOINT_DECREE',
  'Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan Pemilihan',
  '{"2 Tahun 2022","800-5474 Tahun 2022","246 Tahun 2022","30 Tahun 2022","1447.1/PM.01/K.1/09/2022"}', '2022-09-22',
  '{"Menteri PANRB","Menteri Dalam Negeri","Kepala BKN","Ketua KASN","Ketua Bawaslu"}',
  'Annex lists 7 ethics violations (moral sanction) and 13 discipline violations.'),
 ('SE_MENPANRB_18_2023', 'SE Menpan RB 18/2023', 'CIRCULAR',
  'Surat Edaran Menteri PANRB tentang netralitas pegawai ASN yang suami atau istrinya menjadi calon',
  '{"18 Tahun 2023"}', NULL, '{"Menteri PANRB"}',
  'Applies to PNS and PPPK whose husband or wife is a candidate. Exact date of issue not confirmed.'),
 ('UU_7_2017', 'UU 7/2017', 'LAW', 'Undang-Undang tentang Pemilihan Umum',
  '{"7 Tahun 2017"}', '2017-08-16', '{"DPR","Presiden"}', 'General elections: art. 280, 283, 494 on ASN.'),
 ('UU_10_2016', 'UU 10/2016', 'LAW',
  'Undang-Undang tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 (Pemilihan Gubernur, Bupati, dan Walikota)',
  '{"10 Tahun 2016"}', '2016-07-01', '{"DPR","Presiden"}', 'Regional elections: art. 70, 71, 188 on ASN.'),
 ('PP_94_2021', 'PP 94/2021', 'GOVERNMENT_REGULATION', 'Peraturan Pemerintah tentang Disiplin Pegawai Negeri Sipil',
  '{"94 Tahun 2021"}', '2021-08-31', '{"Presiden"}', 'Light, medium and heavy discipline sanctions.'),
 ('PP_42_2004', 'PP 42/2004', 'GOVERNMENT_REGULATION',
  'Peraturan Pemerintah tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil',
  '{"42 Tahun 2004"}', NULL, '{"Presiden"}', 'Moral sanction (art. 15). Exact date of issue not confirmed.'),
 ('UU_20_2023', 'UU 20/2023', 'LAW', 'Undang-Undang tentang Aparatur Sipil Negara',
  '{"20 Tahun 2023"}', '2023-10-31', '{"DPR","Presiden"}',
  'Ended KASN; BKN carries its supervision duties. Party membership: dismissal without honour.'),
 ('PERBKN_1_2023', 'Peraturan BKN 1/2023', 'AGENCY_REGULATION',
  'Peraturan Badan Kepegawaian Negara tentang pengawasan dan pengendalian (blocking of personnel data)',
  '{"1 Tahun 2023"}', NULL, '{"Kepala BKN"}', 'Escalation when a PPK does not act. Title paraphrased; not confirmed.');

CREATE TABLE act (
    code     VARCHAR(48)  PRIMARY KEY,
    category VARCHAR(24)  NOT NULL,
    label_id VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL
);

INSERT INTO act (code, category, label_id, label_en) VALUES
 ('SOCIAL_MEDIA_POST', 'SOCIAL_MEDIA', 'Mengunggah konten dukungan kepada calon atau partai', 'Posting content supporting a candidate or party'),
 ('SOCIAL_MEDIA_COMMENT', 'SOCIAL_MEDIA', 'Mengomentari konten kampanye', 'Commenting on campaign content'),
 ('SOCIAL_MEDIA_SHARE', 'SOCIAL_MEDIA', 'Membagikan konten kampanye', 'Sharing campaign content'),
 ('SOCIAL_MEDIA_LIKE', 'SOCIAL_MEDIA', 'Menyukai konten kampanye', 'Liking campaign content'),
 ('SOCIAL_MEDIA_FOLLOW', 'SOCIAL_MEDIA', 'Bergabung atau mengikuti grup/akun pemenangan calon', 'Joining or following a candidate''s group or campaign account'),
 ('SOCIAL_MEDIA_CAMPAIGN', 'SOCIAL_MEDIA', 'Mempromosikan atau mengampanyekan calon di media sosial', 'Promoting or campaigning for a candidate on social media'),
 ('TAGGED_BY_OTHERS', 'SOCIAL_MEDIA', 'Ditandai (tag) oleh orang lain dalam konten kampanye', 'Being tagged by someone else in campaign content'),
 ('PHOTO_WITH_CANDIDATE', 'APPEARANCE', 'Berfoto bersama calon atau tim kampanye', 'Being photographed with a candidate or campaign team'),
 ('BANNER_OR_PROPS', 'APPEARANCE', 'Memasang spanduk atau alat peraga calon', 'Putting up banners or props of a candidate'),
 ('ATTEND_CAMPAIGN', 'ATTENDANCE', 'Menghadiri kampanye', 'Attending a campaign event'),
 ('ATTEND_DECLARATION', 'ATTENDANCE', 'Menghadiri deklarasi calon', 'Attending a candidate''s declaration'),
 ('CAMPAIGN_TEAM_ROLE', 'PARTISAN', 'Menjadi pelaksana atau tim kampanye', 'Serving as campaign implementer or team member'),
 ('EXPERT_TEAM', 'PARTISAN', 'Menjadi tim ahli atau tim pemenangan calon', 'Serving on a candidate''s expert or winning team'),
 ('PARTY_MEMBERSHIP', 'PARTISAN', 'Menjadi anggota atau pengurus partai politik', 'Being a member or official of a political party'),
 ('APPROACH_PARTY', 'PARTISAN', 'Mendekati partai atau masyarakat sebagai bakal calon', 'Approaching a party or the public as a would-be candidate'),
 ('SUPPORT_INDEPENDENT_CANDIDATE_ID', 'PARTISAN', 'Mendukung calon perseorangan dengan fotokopi KTP', 'Supporting an independent candidate with a copy of one''s ID card'),
 ('PARTISAN_ACTIVITY', 'PARTISAN', 'Kegiatan berpihak: pertemuan, ajakan, imbauan, seruan, pemberian barang', 'Partisan activity: meetings, invitations, appeals, calls, gifts'),
 ('FAVOURING_DECISION', 'OFFICIAL_DUTY', 'Membuat keputusan atau tindakan yang menguntungkan atau merugikan calon', 'Making a decision or taking an action that favours or harms a candidate'),
 ('USE_STATE_FACILITIES', 'OFFICIAL_DUTY', 'Menggunakan fasilitas negara untuk mendukung calon', 'Using state facilities to support a candidate'),
 ('ACCOMPANY_SPOUSE_REGISTRATION', 'ATTENDANCE', 'Mendampingi suami/istri saat pendaftaran atau pengenalan calon', 'Accompanying one''s spouse at candidate registration or introduction'),
 ('SPEAKER_AT_CAMPAIGN', 'PARTISAN', 'Menjadi pembicara atau narasumber dalam kampanye', 'Speaking at a campaign event'),
 ('HATE_SPEECH_OR_HOAX', 'SOCIAL_MEDIA', 'Menyebarkan ujaran kebencian atau hoaks terkait pemilihan', 'Spreading hate speech or hoaxes about the election'),
 ('MONEY_POLITICS', 'PARTISAN', 'Politik uang: menjanjikan atau memberikan uang atau barang untuk memengaruhi pemilih', 'Money politics: promising or giving money or goods to sway voters'),
 ('VOTE', 'CIVIC', 'Memberikan suara di bilik suara', 'Voting in the booth');
