-- correspondence: letters to the referral source and other providers (501.115(b)(11)(I)), kept as sent.
-- body_html is the letter as rendered when it was written; rows are never changed or deleted.
-- Participant-side only: no victim information is ever written here.
create table correspondence (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	kind text not null,
	recipient text not null,
	recipient_case_number text,
	subject text not null,
	body_html text not null check (length(body_html) > 0),
	cause_id uuid,
	created_at timestamptz not null,
	created_by_staff_id uuid,
	created_by_username text not null
);
create index correspondence_participant on correspondence (agency_id, participant_id, created_at desc);

alter table correspondence enable row level security;
alter table correspondence force row level security;
create policy correspondence_isolation on correspondence
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on correspondence to paip_app;
