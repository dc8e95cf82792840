-- participant: case notes (501.115(b)(11)(G)). Append-only: a correction is a new note that points
-- at the one it corrects; the application may insert and read, never change or delete.
create table participant_case_note (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	written_at timestamptz not null,
	author_staff_id uuid,
	author_username text not null,
	text text not null check (length(trim(text)) > 0),
	corrects_note_id uuid references participant_case_note (id)
);
create index participant_case_note_participant on participant_case_note (agency_id, participant_id, written_at desc);

alter table participant_case_note enable row level security;
alter table participant_case_note force row level security;
create policy participant_case_note_isolation on participant_case_note
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on participant_case_note to paip_app;
