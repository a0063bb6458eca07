-- A legal hold (issue 15): while a case has one, the retention purge leaves it alone, whatever its age.
-- Placed and lifted by information governance; each is also a note on the case file.

create table legal_hold (
    case_id    bigint       not null primary key references care_case (id),
    reason     varchar(500) not null,
    placed_by  varchar(64)  not null,
    placed_at  timestamp with time zone not null
);
