-- participant: people referred to the program and where each stands in the program (501.10, 501.115).
-- Participant-side data only: nothing a victim said or any victim contact detail is ever stored here.
create table participant (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	first_name text not null,
	last_name text not null,
	date_of_birth date not null,
	gender text not null,
	same_sex_relationship boolean not null default false,
	preferred_language text not null,
	referral_source text not null,
	case_number text,
	referred_on date not null,
	stage text not null,
	stage_changed_on date not null,
	version bigint not null,
	check (referred_on >= date_of_birth)
);
create index participant_agency_stage on participant (agency_id, stage);
create index participant_agency_name on participant (agency_id, last_name, first_name);

alter table participant enable row level security;
alter table participant force row level security;
create policy participant_isolation on participant
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on participant to paip_app;
