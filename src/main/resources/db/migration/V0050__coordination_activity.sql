-- coordination: the log of cooperative activities with victim service programs (501.105(a)(1)-(10)) and of
-- collaborations with the justice and child welfare systems (501.105(b)) and other service providers
-- (501.105(c)), COO-2; and the documented reasons for a year without any 501.105(a) activity (501.105(d)).
-- Both are facts as recorded: append-only.
create table coordination_activity (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	occurred_on date not null,
	kind text not null,
	partner_agency_id uuid not null references partner_agency (id),
	-- The agency's name as it stood on the day the activity was logged.
	partner_agency_name text not null,
	staff text not null check (length(trim(staff)) > 0),
	description text not null check (length(trim(description)) > 0),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index coordination_activity_occurred_on on coordination_activity (agency_id, occurred_on desc);

create table coordination_compliance_reason (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	year integer not null,
	reason text not null check (length(trim(reason)) > 0),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index coordination_compliance_reason_year on coordination_compliance_reason (agency_id, year, recorded_at desc);

alter table coordination_activity enable row level security;
alter table coordination_activity force row level security;
create policy coordination_activity_isolation on coordination_activity
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on coordination_activity to paip_app;

alter table coordination_compliance_reason enable row level security;
alter table coordination_compliance_reason force row level security;
create policy coordination_compliance_reason_isolation on coordination_compliance_reason
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on coordination_compliance_reason to paip_app;
