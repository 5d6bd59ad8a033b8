-- The day Bawaslu forwarded a case: KASN or BKN is chosen by it (KASN until 23 Aug 2024), and a
-- case entered after the fact may be forwarded on a past day. Cases forwarded before this column
-- existed were forwarded on the day they were stored as forwarded: their status change's day.
ALTER TABLE case_file ADD COLUMN forwarded_on DATE;
UPDATE case_file c SET forwarded_on = (SELECT min(e.at AT TIME ZONE c.time_zone)::date FROM case_event e
    WHERE e.case_id = c.id AND e.action = 'FORWARD')
WHERE c.forwarded_to IS NOT NULL;

-- December 2023: the days off the 2023 joint decree of the Ministers of Religious Affairs, Manpower
-- and PANRB gives for Christmas (No. 624/2023, 2/2023, 2/2023, amending the 2022 decree), so that
-- clocks running into January 2024 (the 2024 general election's campaign) skip them. A day an admin
-- has already entered is kept as entered.
INSERT INTO holiday (day, name, kind) VALUES
 ('2023-12-25', 'Hari Raya Natal', 'NATIONAL'),
 ('2023-12-26', 'Cuti bersama Hari Raya Natal', 'COLLECTIVE_LEAVE')
ON CONFLICT (day) DO NOTHING;
