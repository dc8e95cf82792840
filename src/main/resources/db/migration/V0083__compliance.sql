-- compliance: the program's written policies per Subpart B section (501.70(a)(3)), corrective
-- action plans (501.70(b), PRG-5) and the Department desk review packets (501.200(b),
-- 501.70(a)(1), CON-4). Policies and plans hold program text, no case data; a packet holds the
-- program records it was built from as sent (PDF and CSV zip), never anything of the victim
-- compartment.

-- One policy per agency and Subpart B section; its version column makes a stale edit a conflict.
create table compliance_policy (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	section text not null,
	version bigint not null,
	unique (agency_id, section)
);

-- Every version ever approved, kept and viewable; append-only.
create table compliance_policy_version (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	policy_id uuid not null references compliance_policy (id),
	number int not null,
	title text not null check (length(trim(title)) > 0 and length(title) <= 200),
	body text not null check (length(trim(body)) > 0 and length(body) <= 20000),
	effective_on date not null,
	approved_by_username text not null,
	approved_at timestamptz not null,
	unique (policy_id, number)
);

create table compliance_corrective_action (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	section text not null,
	finding text not null check (length(trim(finding)) > 0 and length(finding) <= 2000),
	actions text not null check (length(trim(actions)) > 0 and length(actions) <= 4000),
	owner_name text not null check (length(trim(owner_name)) > 0 and length(owner_name) <= 200),
	due_on date not null,
	status text not null check (status in ('OPEN', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED')),
	opened_by_username text not null,
	opened_at timestamptz not null,
	status_changed_by_username text,
	status_changed_at timestamptz,
	version bigint not null
);
create index compliance_corrective_action_agency on compliance_corrective_action (agency_id, status, due_on);

-- A desk review packet as built: addressed to one Department monitor account, for one period.
create table compliance_review_packet (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	monitor_username text not null,
	monitor_name text not null,
	period_from date not null,
	period_to date not null,
	participant_ids uuid[] not null,
	pdf bytea not null,
	csv_zip bytea not null,
	created_by_username text not null,
	created_at timestamptz not null,
	check (period_from <= period_to)
);
create index compliance_review_packet_monitor on compliance_review_packet (agency_id, lower(monitor_username));

-- Each download of a packet, by whom and which file (the audit log and the disclosure ledger
-- have the same).
create table compliance_review_packet_download (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	packet_id uuid not null references compliance_review_packet (id),
	file_kind text not null check (file_kind in ('PDF', 'CSV_ZIP')),
	downloaded_by_username text not null,
	downloaded_at timestamptz not null
);

alter table compliance_policy enable row level security;
alter table compliance_policy force row level security;
create policy compliance_policy_isolation on compliance_policy
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on compliance_policy to paip_app;

alter table compliance_policy_version enable row level security;
alter table compliance_policy_version force row level security;
create policy compliance_policy_version_isolation on compliance_policy_version
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on compliance_policy_version to paip_app;

alter table compliance_corrective_action enable row level security;
alter table compliance_corrective_action force row level security;
create policy compliance_corrective_action_isolation on compliance_corrective_action
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on compliance_corrective_action to paip_app;

alter table compliance_review_packet enable row level security;
alter table compliance_review_packet force row level security;
create policy compliance_review_packet_isolation on compliance_review_packet
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on compliance_review_packet to paip_app;

alter table compliance_review_packet_download enable row level security;
alter table compliance_review_packet_download force row level security;
create policy compliance_review_packet_download_isolation on compliance_review_packet_download
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on compliance_review_packet_download to paip_app;
