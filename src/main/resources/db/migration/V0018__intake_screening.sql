-- intake: the face-to-face screening of 501.115(b)(1)-(10), one per participant, kept as a
-- draft until intake completes it; answers are stored per question so statistics can count them.
-- Participant-side only: what a victim told the program is never stored here (501.115(b)(6)).
create table intake_screening (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null unique references participant (id),
	started_at timestamptz not null,
	started_by text not null,
	last_saved_at timestamptz not null,
	last_saved_by text not null,
	completed_at timestamptz,
	completed_by text,
	version bigint not null
);

create table intake_screening_answer (
	screening_id uuid not null references intake_screening (id) on delete cascade,
	agency_id uuid not null references agency (id),
	field_code text not null,
	answer text not null check (length(answer) <= 4000),
	primary key (screening_id, field_code)
);

alter table intake_screening enable row level security;
alter table intake_screening force row level security;
create policy intake_screening_isolation on intake_screening
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table intake_screening_answer enable row level security;
alter table intake_screening_answer force row level security;
create policy intake_screening_answer_isolation on intake_screening_answer
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on intake_screening to paip_app;
-- Spring Data JDBC rewrites an aggregate's answers on save.
grant select, insert, delete on intake_screening_answer to paip_app;
