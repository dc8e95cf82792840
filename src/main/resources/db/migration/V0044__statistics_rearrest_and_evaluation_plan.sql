-- statistics: what 501.170 asks a PAIP to keep that no other module records, and the region an agency
-- reports in for regional aggregates (CON-5, COO-5).

-- 501.170(g): a participant re-arrested during the program, by category of offence. Participant-side
-- only: no free text, so nothing a victim said can land here. A re-arrest recorded is a fact:
-- append-only.
create table statistics_rearrest (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	arrested_on date not null,
	offence_category text not null check (offence_category in ('DOMESTIC_BATTERY', 'AGGRAVATED_DOMESTIC_BATTERY',
		'VIOLATION_OF_ORDER_OF_PROTECTION', 'STALKING_OR_HARASSMENT', 'OTHER_PARTNER_OFFENCE', 'NON_PARTNER_OFFENCE')),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index statistics_rearrest_arrested_on on statistics_rearrest (agency_id, arrested_on);
create index statistics_rearrest_participant on statistics_rearrest (agency_id, participant_id);

alter table statistics_rearrest enable row level security;
alter table statistics_rearrest force row level security;
create policy statistics_rearrest_isolation on statistics_rearrest
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on statistics_rearrest to paip_app;

-- 501.170: the agency's written plan for evaluating its effectiveness. Each save adds a revision; the
-- newest is the plan in force and a save based on an older one is refused (a stale edit). Append-only.
create table statistics_evaluation_plan (
	agency_id uuid not null references agency (id),
	revision int not null check (revision >= 1),
	goals text not null check (length(goals) <= 8000),
	measures text not null check (length(measures) <= 8000),
	data_collected text not null check (length(data_collected) <= 8000),
	schedule text not null check (length(schedule) <= 8000),
	saved_by_staff_id uuid,
	saved_by_username text not null,
	saved_at timestamptz not null,
	primary key (agency_id, revision)
);

alter table statistics_evaluation_plan enable row level security;
alter table statistics_evaluation_plan force row level security;
create policy statistics_evaluation_plan_isolation on statistics_evaluation_plan
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on statistics_evaluation_plan to paip_app;

-- COO-5: the region an agency shares aggregate figures in, such as a judicial circuit or a funder's
-- region. Agencies without one share with nobody.
alter table agency add column region text check (region is null or length(trim(region)) between 1 and 100);
