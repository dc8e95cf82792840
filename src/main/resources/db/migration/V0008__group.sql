-- group: the program's weekly psycho-educational groups (501.90).
-- 501.90(d)(3): at most 15 participants; 501.90(d)(1): two facilitators.
create table program_group (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	name text not null,
	composition text not null,
	language text not null,
	weekday text not null,
	starts_at time not null,
	duration_minutes int not null check (duration_minutes between 60 and 240),
	location text not null,
	capacity int not null check (capacity between 1 and 15),
	facilitator_id uuid not null references staff (id),
	co_facilitator_id uuid not null references staff (id),
	version bigint not null,
	check (facilitator_id <> co_facilitator_id)
);
create index program_group_agency on program_group (agency_id, name);

alter table program_group enable row level security;
alter table program_group force row level security;
create policy program_group_isolation on program_group
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on program_group to paip_app;
