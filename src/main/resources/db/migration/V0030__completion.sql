-- completion: program compliance (501.160). The service standards a referral source or payer sets
-- (GRP-6), staff assessments of the seven 501.160(a) criteria (GRP-7), extensions of time
-- (501.160(b), GRP-8) and the end of a program: completed or terminated with a coded reason (GRP-9).

-- A referral source's standard, stricter than the rule minimum of 501.90(a) or the same.
create table completion_standard (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	referral_source text not null,
	name text not null check (length(name) between 1 and 200),
	sessions_required int not null check (sessions_required between 24 and 104),
	hours_required numeric(5, 2) not null check (hours_required between 36 and 400),
	referral_valid_months int check (referral_valid_months between 1 and 60),
	group_only boolean not null,
	certificate_allowed boolean not null,
	version bigint not null,
	unique (agency_id, referral_source)
);

-- Each assessment of one criterion is kept; the newest is the current one.
create table completion_assessment (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	criterion text not null,
	met boolean not null,
	assessed_on date not null,
	evidence text not null check (length(evidence) between 1 and 2000),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	supersedes_id uuid references completion_assessment (id)
);
create index completion_assessment_participant on completion_assessment (agency_id, participant_id, recorded_at);
-- Two people answering the same assessment at once: only one may supersede it.
create unique index completion_assessment_one_successor on completion_assessment (supersedes_id);
create unique index completion_assessment_one_first on completion_assessment (participant_id, criterion)
	where supersedes_id is null;

create table completion_extension (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	decided_on date not null,
	lack_of_progress text not null check (length(lack_of_progress) between 1 and 4000),
	criteria_not_met text[] not null,
	additional_sessions int not null check (additional_sessions between 1 and 52),
	sessions_attended_at_decision int not null,
	participant_told_on date not null,
	referrer_told_on date,
	referrer_told_how text,
	decided_by_staff_id uuid,
	decided_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null,
	check (participant_told_on >= decided_on),
	check ((referrer_told_on is null) = (referrer_told_how is null))
);
create index completion_extension_participant on completion_extension (agency_id, participant_id, decided_on);

-- One end per program: completed, or terminated with a coded reason.
create table completion_outcome (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id) unique,
	outcome text not null check (outcome in ('COMPLETED', 'TERMINATED')),
	ended_on date not null,
	termination_reason text,
	explanation text check (length(explanation) <= 4000),
	sessions_attended int not null,
	hours_attended numeric(6, 2) not null,
	decided_by_staff_id uuid,
	decided_by_username text not null,
	recorded_at timestamptz not null,
	check ((outcome = 'TERMINATED') = (termination_reason is not null))
);

alter table completion_standard enable row level security;
alter table completion_standard force row level security;
create policy completion_standard_isolation on completion_standard
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table completion_assessment enable row level security;
alter table completion_assessment force row level security;
create policy completion_assessment_isolation on completion_assessment
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table completion_extension enable row level security;
alter table completion_extension force row level security;
create policy completion_extension_isolation on completion_extension
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table completion_outcome enable row level security;
alter table completion_outcome force row level security;
create policy completion_outcome_isolation on completion_outcome
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());

grant select, insert, update on completion_standard to paip_app;
-- Assessments and outcomes are history: never changed, never deleted.
grant select, insert on completion_assessment to paip_app;
grant select, insert on completion_outcome to paip_app;
-- An extension is updated once, when the referrer has been told.
grant select, insert, update on completion_extension to paip_app;
