-- referralreports: the referral-source viewer (OUT-3/4/5, CON-2) and noncompliance notices raised automatically
-- from attendance and termination (OUT-4, 501.230(b), 501.155).

-- Which referring office (a partner agency of the directory, as the referral records it) a viewer account
-- reads for; optionally narrowed to the officer named on the referral papers. One link per staff member.
create table referral_source_viewer (
	staff_id uuid primary key references staff (id),
	agency_id uuid not null references agency (id),
	referring_agency_id uuid not null references partner_agency (id),
	officer_name text check (length(officer_name) <= 200),
	linked_at timestamptz not null,
	linked_by_username text not null,
	version bigint not null
);
alter table referral_source_viewer enable row level security;
alter table referral_source_viewer force row level security;
create policy referral_source_viewer_isolation on referral_source_viewer
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on referral_source_viewer to paip_app;

-- Notices raised by the system: from which group session, and withdrawn when the sheet is corrected to
-- attended before the notice was sent. Removal from a session and termination are noncompliance too.
alter table referral_noncompliance drop constraint referral_noncompliance_kind_check;
alter table referral_noncompliance add constraint referral_noncompliance_kind_check check (kind in ('ABSENCE',
	'RULE_VIOLATION', 'ORDER_OF_PROTECTION_VIOLATION', 'SUBSTANCE_USE', 'LACK_OF_ACCOUNTABILITY',
	'REMOVED_FROM_SESSION', 'TERMINATION'));
alter table referral_noncompliance
	add column raised_automatically boolean not null default false,
	add column session_id uuid,
	add column withdrawn_at timestamptz,
	add column withdrawn_by_username text,
	add check ((withdrawn_at is null) = (withdrawn_by_username is null));
-- One notice per participant, session and kind: saving the sheet again raises no duplicate.
create unique index referral_noncompliance_per_session on referral_noncompliance (agency_id, session_id,
	participant_id, kind) where session_id is not null;
grant update (withdrawn_at, withdrawn_by_username) on referral_noncompliance to paip_app;
