-- consent: the disclosure ledger (CON-2, 501.210). One row for every time participant information left the
-- program, written in the same transaction as the work that sent it: what, to whom, when, by whom, and under
-- which release of information or which legal exception. Append-only: never updated, never deleted.
-- Participant-side data only: no victim information is ever stored here.
create table disclosure_ledger (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	recipient_kind text not null check (recipient_kind in ('PARTNER_AGENCY', 'REFERRAL_SOURCE', 'OTHER')),
	partner_agency_id uuid references partner_agency (id),
	recipient_name text,
	purpose text not null,
	categories text[] not null check (cardinality(categories) > 0),
	description text not null check (length(trim(description)) > 0),
	reference text,
	-- Exactly one authority: the release in force, or an explicit legal exception with its justification.
	release_id uuid references consent_release (id),
	legal_basis text,
	justification text,
	-- 42 CFR 2.32: substance-use treatment information went out with the redisclosure notice.
	redisclosure_notice boolean not null,
	disclosed_at timestamptz not null,
	disclosed_by_staff_id uuid,
	disclosed_by_username text not null,
	check ((release_id is null) <> (legal_basis is null)),
	check (legal_basis is null or length(trim(justification)) > 0)
);
create index disclosure_ledger_participant on disclosure_ledger (agency_id, participant_id, disclosed_at desc);

alter table disclosure_ledger enable row level security;
alter table disclosure_ledger force row level security;
create policy disclosure_ledger_isolation on disclosure_ledger
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on disclosure_ledger to paip_app;
