-- referralreports: noncompliance events and their notices to the referral source (OUT-4, 501.230(b), 501.155),
-- and the final report at completion or termination (OUT-5). Append-only. An order-of-protection violation
-- records only that it was reported: no column here may hold what a victim said or how to reach a victim.
alter table referral_report drop constraint referral_report_kind_check;
alter table referral_report add constraint referral_report_kind_check check (kind in ('MONTHLY', 'FINAL', 'NOTICE'));

create table referral_noncompliance (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	kind text not null check (kind in ('ABSENCE', 'RULE_VIOLATION', 'ORDER_OF_PROTECTION_VIOLATION',
		'SUBSTANCE_USE', 'LACK_OF_ACCOUNTABILITY')),
	occurred_on date not null,
	rule_violated text check (length(rule_violated) <= 500),
	notice_id uuid not null references referral_report (id),
	notice_due_on date not null,
	recorded_at timestamptz not null,
	recorded_by_username text not null,
	check ((kind = 'RULE_VIOLATION') = (rule_violated is not null))
);
create index referral_noncompliance_participant on referral_noncompliance (agency_id, participant_id, occurred_on desc);
create index referral_noncompliance_due on referral_noncompliance (agency_id, notice_due_on);

alter table referral_noncompliance enable row level security;
alter table referral_noncompliance force row level security;
create policy referral_noncompliance_isolation on referral_noncompliance
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on referral_noncompliance to paip_app;
