-- Adults: the outcome of the eligibility decisions, and the personal budget of a support plan.
create table adult_eligibility (
    case_id                  bigint        not null primary key references care_case (id),
    eligible                 boolean       not null,
    rule                     varchar(500)  not null,
    indicative_weekly_amount numeric(10,2),
    budget_band              varchar(200),
    decided_at               timestamp with time zone not null
);

alter table care_plan add column weekly_amount numeric(10,2);
alter table care_plan add column indicative_weekly_amount numeric(10,2);
alter table care_plan add column budget_rationale varchar(2000);
