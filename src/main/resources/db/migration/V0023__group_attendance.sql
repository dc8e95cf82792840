-- group: the sessions a group held and who attended them (501.90(a), 501.115(b)(11)(E)). One row per
-- participant per session; a correction rewrites the session's rows under the session's version.
create table group_session (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	group_id uuid not null references program_group (id),
	held_on date not null,
	minutes int not null check (minutes between 15 and 240),
	recorded_at timestamptz not null,
	recorded_by text not null,
	version bigint not null,
	unique (group_id, held_on)
);

create table group_attendance (
	session_id uuid not null references group_session (id) on delete cascade,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	status text not null,
	hours numeric(4, 2) not null check (hours >= 0 and hours <= 4),
	homework_done boolean not null default false,
	progress_note text check (length(progress_note) <= 2000),
	primary key (session_id, participant_id)
);
create index group_attendance_participant on group_attendance (agency_id, participant_id);

alter table group_session enable row level security;
alter table group_session force row level security;
create policy group_session_isolation on group_session
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table group_attendance enable row level security;
alter table group_attendance force row level security;
create policy group_attendance_isolation on group_attendance
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on group_session to paip_app;
-- Spring Data JDBC rewrites a session's attendance rows when it is corrected.
grant select, insert, delete on group_attendance to paip_app;
