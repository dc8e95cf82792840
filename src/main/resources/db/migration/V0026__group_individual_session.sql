-- group: individual sessions held with one participant instead of group (GRP-5, 501.90(a)). Up to four
-- count without more; a fifth and later one carries the documented rationale why group is contraindicated.
-- A session held is a fact: append-only.
create table group_individual_session (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	held_on date not null,
	minutes int not null check (minutes between 15 and 240),
	staff_id uuid not null references staff (id),
	-- The staff member's name as it stood on the day.
	staff_name text not null,
	topic text not null check (length(trim(topic)) between 1 and 200),
	progress_note text not null check (length(trim(progress_note)) between 1 and 2000),
	reason text not null check (length(trim(reason)) between 1 and 2000),
	rationale_code text check (rationale_code in ('INDIVIDUAL_CIRCUMSTANCES', 'INSUFFICIENT_NUMBERS')),
	rationale text check (length(rationale) <= 2000),
	-- 501.90(a): the session's number among the participant's individual sessions; from the fifth on
	-- the rationale is documented.
	sequence_number int not null check (sequence_number >= 1),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	unique (participant_id, sequence_number),
	check (sequence_number <= 4 or (rationale_code is not null and length(trim(rationale)) > 0))
);
create index group_individual_session_participant on group_individual_session (agency_id, participant_id, held_on);

alter table group_individual_session enable row level security;
alter table group_individual_session force row level security;
create policy group_individual_session_isolation on group_individual_session
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on group_individual_session to paip_app;
