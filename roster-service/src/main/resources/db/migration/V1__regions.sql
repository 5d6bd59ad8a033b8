-- The Kemendagri region tree. Codes are segments joined by dots: 34 (province), 34.04 (regency),
-- so a region's subtree is "code = X or code like 'X.%'", served by the text_pattern_ops index.
CREATE TABLE region (
    code        VARCHAR(13) PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    level       VARCHAR(16)  NOT NULL CHECK (level IN ('PROVINCE', 'REGENCY', 'CITY', 'DISTRICT', 'VILLAGE')),
    parent_code VARCHAR(13) REFERENCES region (code)
);
CREATE INDEX region_code_prefix ON region (code text_pattern_ops);
CREATE INDEX region_parent ON region (parent_code);

INSERT INTO region (code, name, level) VALUES
 ('11', 'Aceh', 'PROVINCE'),
 ('12', 'Sumatera Utara', 'PROVINCE'),
 ('13', 'Sumatera Barat', 'PROVINCE'),
 ('14', 'Riau', 'PROVINCE'),
 ('15', 'Jambi', 'PROVINCE'),
 ('16', 'Sumatera Selatan', 'PROVINCE'),
 ('17', 'Bengkulu', 'PROVINCE'),
 ('18', 'Lampung', 'PROVINCE'),
 ('19', 'Kepulauan Bangka Belitung', 'PROVINCE'),
 ('21', 'Kepulauan Riau', 'PROVINCE'),
 ('31', 'DKI Jakarta', 'PROVINCE'),
 ('32', 'Jawa Barat', 'PROVINCE'),
 ('33', 'Jawa Tengah', 'PROVINCE'),
 ('34', 'Daerah Istimewa Yogyakarta', 'PROVINCE'),
 ('35', 'Jawa Timur', 'PROVINCE'),
 ('36', 'Banten', 'PROVINCE'),
 ('51', 'Bali', 'PROVINCE'),
 ('52', 'Nusa Tenggara Barat', 'PROVINCE'),
 ('53', 'Nusa Tenggara Timur', 'PROVINCE'),
 ('61', 'Kalimantan Barat', 'PROVINCE'),
 ('62', 'Kalimantan Tengah', 'PROVINCE'),
 ('63', 'Kalimantan Selatan', 'PROVINCE'),
 ('64', 'Kalimantan Timur', 'PROVINCE'),
 ('65', 'Kalimantan Utara', 'PROVINCE'),
 ('71', 'Sulawesi Utara', 'PROVINCE'),
 ('72', 'Sulawesi Tengah', 'PROVINCE'),
 ('73', 'Sulawesi Selatan', 'PROVINCE'),
 ('74', 'Sulawesi Tenggara', 'PROVINCE'),
 ('75', 'Gorontalo', 'PROVINCE'),
 ('76', 'Sulawesi Barat', 'PROVINCE'),
 ('81', 'Maluku', 'PROVINCE'),
 ('82', 'Maluku Utara', 'PROVINCE'),
 ('91', 'Papua', 'PROVINCE'),
 ('92', 'Papua Barat', 'PROVINCE'),
 ('93', 'Papua Selatan', 'PROVINCE'),
 ('94', 'Papua Tengah', 'PROVINCE'),
 ('95', 'Papua Pegunungan', 'PROVINCE'),
 ('96', 'Papua Barat Daya', 'PROVINCE');

-- The regencies and cities of the seed cases (DIY in full, Solok, Blora, Tangerang Selatan).
INSERT INTO region (code, name, level, parent_code) VALUES
 ('34.01', 'Kabupaten Kulon Progo', 'REGENCY', '34'),
 ('34.02', 'Kabupaten Bantul', 'REGENCY', '34'),
 ('34.03', 'Kabupaten Gunungkidul', 'REGENCY', '34'),
 ('34.04', 'Kabupaten Sleman', 'REGENCY', '34'),
 ('34.71', 'Kota Yogyakarta', 'CITY', '34'),
 ('13.02', 'Kabupaten Solok', 'REGENCY', '13'),
 ('13.72', 'Kota Solok', 'CITY', '13'),
 ('33.16', 'Kabupaten Blora', 'REGENCY', '33'),
 ('36.74', 'Kota Tangerang Selatan', 'CITY', '36');
