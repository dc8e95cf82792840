-- referralreports: reports to referral sources (OUT-3, 501.230(b), 501.155). Append-only snapshots: the
-- report as sent (its HTML), its delivery log, and the batches that generated them. Participant-side only:
-- never victim information.
create table referral_report (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	kind text not null check (kind in ('MONTHLY', 'FINAL')),
	month date not null,
	recipient text not null,
	subject text not null,
	body_html text not null,
	batch_id uuid,
	created_at timestamptz not null,
	created_by_username text not null
);
create index referral_report_participant on referral_report (agency_id, participant_id, month desc);
create index referral_report_by_batch on referral_report (batch_id);

-- Each attempt to send a report: sent under a disclosure ledger row, or held and why.
create table referral_report_delivery (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	report_id uuid not null references referral_report (id),
	outcome text not null check (outcome in ('SENT', 'HELD')),
	disclosure_id uuid references disclosure_ledger (id),
	reason text,
	recorded_at timestamptz not null,
	recorded_by_username text not null,
	check ((outcome = 'SENT') = (disclosure_id is not null))
);
create index referral_report_delivery_report on referral_report_delivery (report_id, recorded_at);

-- One month's reports for everyone in the program, generated in the background.
create table referral_report_batch (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	month date not null,
	total integer not null check (total >= 0),
	started_at timestamptz not null,
	started_by_username text not null
);

-- One participant of a batch: the report written, or the failure that stopped it.
create table referral_report_batch_item (
	batch_id uuid not null references referral_report_batch (id),
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	report_id uuid references referral_report (id),
	failure text,
	recorded_at timestamptz not null,
	primary key (batch_id, participant_id),
	check ((report_id is null) <> (failure is null))
);

alter table referral_report enable row level security;
alter table referral_report force row level security;
create policy referral_report_isolation on referral_report
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table referral_report_delivery enable row level security;
alter table referral_report_delivery force row level security;
create policy referral_report_delivery_isolation on referral_report_delivery
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table referral_report_batch enable row level security;
alter table referral_report_batch force row level security;
create policy referral_report_batch_isolation on referral_report_batch
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table referral_report_batch_item enable row level security;
alter table referral_report_batch_item force row level security;
create policy referral_report_batch_item_isolation on referral_report_batch_item
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on referral_report, referral_report_delivery, referral_report_batch,
	referral_report_batch_item to paip_app;
