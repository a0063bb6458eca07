-- Adults: the care and support teams (seed 002, "A future model"). Each local team owns the people
-- registered with its GP practices; a practice belongs to one team at most (the primary key of
-- care_and_support_team_practice says so), so a contact always has one team or none.

create table care_and_support_team (
    id         varchar(40)  not null primary key,
    name       varchar(120) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(64)  not null,
    version    bigint       not null
);

create table care_and_support_team_practice (
    practice_code varchar(6)  not null primary key,
    team_id       varchar(40) not null references care_and_support_team (id)
);
create index ix_cst_practice_team on care_and_support_team_practice (team_id);
