-- group: who attends which group. One open membership per participant; leaving closes it.
create table group_membership (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	group_id uuid not null references program_group (id),
	participant_id uuid not null references participant (id),
	joined_on date not null,
	left_on date,
	check (left_on is null or left_on >= joined_on)
);
create unique index group_membership_one_open on group_membership (participant_id) where left_on is null;
create index group_membership_group on group_membership (agency_id, group_id) where left_on is null;

alter table group_membership enable row level security;
alter table group_membership force row level security;
create policy group_membership_isolation on group_membership
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on group_membership to paip_app;
