-- case-service publishes BKN's measures after a PPK did not follow its recommendation.
INSERT INTO event_type (code, description_id, description_en) VALUES
 ('case.measure-taken', 'BKN mengambil tindakan karena PPK tidak menindaklanjuti rekomendasinya (teguran, pemblokiran data kepegawaian, permintaan kepada Kemendagri)',
  'BKN took a measure because the PPK did not follow its recommendation (a warning, blocked personnel data, a request to Kemendagri)');
