-- group: each group's curriculum plan (GRP-1, 501.90(b), Appendix A): an ordered list of topics, each tied
-- to components (A) to (G) of 501.90(b)(4) and to Appendix A attitudes. Session N of the group takes topic
-- ((N - 1) mod topics) + 1, counted from the first session on starts_on. A save replaces the topics under
-- the plan's version.
create table group_curriculum (
	group_id uuid primary key references program_group (id),
	agency_id uuid not null references agency (id),
	starts_on date not null,
	version bigint not null
);

create table group_curriculum_topic (
	group_id uuid not null references group_curriculum (group_id) on delete cascade,
	position int not null check (position >= 0 and position < 52),
	agency_id uuid not null references agency (id),
	title text not null check (length(trim(title)) between 1 and 200),
	description text check (length(description) <= 1000),
	homework text check (length(homework) <= 1000),
	components text[] not null check (cardinality(components) > 0),
	attitudes text[] not null,
	primary key (group_id, position)
);

alter table group_curriculum enable row level security;
alter table group_curriculum force row level security;
create policy group_curriculum_isolation on group_curriculum
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table group_curriculum_topic enable row level security;
alter table group_curriculum_topic force row level security;
create policy group_curriculum_topic_isolation on group_curriculum_topic
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on group_curriculum to paip_app;
-- Spring Data JDBC rewrites a plan's topics when it is saved.
grant select, insert, delete on group_curriculum_topic to paip_app;
