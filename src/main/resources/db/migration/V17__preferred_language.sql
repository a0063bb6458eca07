-- Welsh and English (issue 15, design 4d): the family's or person's language for letters and the pages
-- they open, recorded with the referral or contact; and the language each letter was written in, sent
-- as its Content-Language header.

alter table care_case add column preferred_language varchar(16) default 'ENGLISH' not null;

alter table notification add column content_language varchar(16) default 'en-GB' not null;

-- A letter in both languages has both subjects, each with the child's or person's name.
alter table notification alter column subject set data type varchar(1000);
