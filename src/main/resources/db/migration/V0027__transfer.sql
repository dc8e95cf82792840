-- transfer: participants arriving from or leaving for another program (501.250, PAR-10), each under a
-- release of information naming that program. Facts, append-only: a transfer in is completed or
-- corrected by a later row that supersedes it; the row nobody supersedes holds the credit.
create table transfer_in (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	former_program_name text not null check (length(trim(former_program_name)) between 1 and 200),
	former_program_city text not null check (length(trim(former_program_city)) between 1 and 100),
	former_program_state text not null check (length(trim(former_program_state)) between 1 and 60),
	jurisdiction text not null check (jurisdiction in ('ILLINOIS_PROTOCOL_APPROVED', 'OUT_OF_STATE')),
	release_id uuid not null references consent_release (id),
	information_requested_on date not null,
	information_received_on date check (information_received_on >= information_requested_on),
	intake_data_received boolean not null,
	intake_data_summary text check (length(intake_data_summary) <= 2000),
	credited_sessions int not null check (credited_sessions between 0 and 24),
	credited_hours numeric(5, 2) not null check (credited_hours between 0 and 36),
	additional_sessions int not null check (additional_sessions between 0 and 24),
	additional_sessions_reason text check (length(additional_sessions_reason) <= 2000),
	supersedes_id uuid unique references transfer_in (id),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	check (not intake_data_received or length(trim(intake_data_summary)) > 0),
	check (additional_sessions = 0 or length(trim(additional_sessions_reason)) > 0),
	check (information_received_on is not null or (credited_sessions = 0 and credited_hours = 0))
);
-- Only one first record per participant; later ones each supersede exactly one.
create unique index transfer_in_first on transfer_in (participant_id) where supersedes_id is null;
create index transfer_in_participant on transfer_in (agency_id, participant_id, recorded_at desc);

create table transfer_out (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null unique references participant (id),
	receiving_program_name text not null check (length(trim(receiving_program_name)) between 1 and 200),
	receiving_program_city text not null check (length(trim(receiving_program_city)) between 1 and 100),
	receiving_program_state text not null check (length(trim(receiving_program_state)) between 1 and 60),
	jurisdiction text not null check (jurisdiction in ('ILLINOIS_PROTOCOL_APPROVED', 'OUT_OF_STATE')),
	release_id uuid not null references consent_release (id),
	transferred_on date not null,
	-- The group whose membership ended on the transfer date, if the participant was in one.
	group_left uuid references program_group (id),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);

alter table transfer_in enable row level security;
alter table transfer_in force row level security;
create policy transfer_in_isolation on transfer_in
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table transfer_out enable row level security;
alter table transfer_out force row level security;
create policy transfer_out_isolation on transfer_out
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on transfer_in to paip_app;
grant select, insert on transfer_out to paip_app;
