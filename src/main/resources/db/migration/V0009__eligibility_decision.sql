-- eligibility: decisions on whether a screened person is appropriate for the program (501.125).
-- Each row is one decision; a revision adds a row that supersedes the previous one, so history stays.
create table eligibility_decision (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	findings jsonb not null,
	proposed_outcome text not null,
	decided_outcome text not null,
	sections text[] not null,
	follow_ups text[] not null,
	override_reason text,
	decided_by_staff_id uuid,
	decided_by_username text not null,
	decided_at timestamptz not null,
	supersedes_id uuid references eligibility_decision (id),
	check (decided_outcome = proposed_outcome or length(trim(override_reason)) > 0)
);
create index eligibility_decision_participant on eligibility_decision (agency_id, participant_id, decided_at desc);

alter table eligibility_decision enable row level security;
alter table eligibility_decision force row level security;
create policy eligibility_decision_isolation on eligibility_decision
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on eligibility_decision to paip_app;
