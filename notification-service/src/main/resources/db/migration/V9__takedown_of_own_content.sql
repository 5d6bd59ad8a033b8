-- A takedown is now also asked of an employee whose own social-media act was reported (a post,
-- comment, share, like or follow), not only of one tagged by others (the payload's ownContent).
UPDATE event_type SET
    description_id = 'ASN diminta menurunkan konten kampanye: unggahan, komentar, bagikan ulang atau tanda suka miliknya, atau konten yang menandainya',
    description_en = 'An ASN is asked to take campaign content down: their own post, comment, share or like, or content others tagged them in'
WHERE code = 'takedown.requested';
