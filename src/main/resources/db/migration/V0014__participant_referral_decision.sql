-- participant: decisions on incoming referrals (PAR-2, 501.230(a)). A referral is decided once; the row
-- keeps the coded reason and the recommended alternative sanction of a rejection. Append-only.
create table participant_referral_decision (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	outcome text not null check (outcome in ('ACCEPTED', 'REJECTED')),
	rejection_reason text,
	alternative_sanction text,
	explanation text,
	decided_on date not null,
	decided_at timestamptz not null,
	decided_by_staff_id uuid,
	decided_by_username text not null,
	check (outcome = 'ACCEPTED' or (rejection_reason is not null and alternative_sanction is not null)),
	check (outcome = 'REJECTED' or (rejection_reason is null and alternative_sanction is null)),
	check ((rejection_reason is distinct from 'OTHER' and alternative_sanction is distinct from 'OTHER')
		or length(trim(explanation)) > 0)
);
-- One decision per referral: a second one, even from a concurrent request, is refused.
create unique index participant_referral_decision_once on participant_referral_decision (participant_id);
create index participant_referral_decision_agency on participant_referral_decision (agency_id, participant_id);

alter table participant_referral_decision enable row level security;
alter table participant_referral_decision force row level security;
create policy participant_referral_decision_isolation on participant_referral_decision
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on participant_referral_decision to paip_app;
