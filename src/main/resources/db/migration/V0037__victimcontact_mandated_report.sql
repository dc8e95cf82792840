-- victimcontact: the victim side of a mandated report (501.220, 501.190(d)). Where the information
-- came from, the victim's consent, the danger and risk assessments, what the victim or a third
-- party said, each attempt to notify the victim and what she was told, and the steps the victim
-- liaison still has to take when the person who recorded the report may not enter the compartment.
-- Schema victim, role paip_victim only; free text is AES-GCM ciphertext bound to column and row.
create table victim.report_victim_side (
	-- The reported event's id, shared with public.mandated_report.event_id.
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	participant_id uuid not null,
	information_source text not null,
	concerns text not null,
	victim_consent text not null,
	jeopardy_assessment text not null,
	risk_assessment text not null,
	statement_cipher text,
	assessment_cipher text,
	report_withheld boolean not null,
	-- Steps still to take, as "ACTION@section" separated by ";", empty when none.
	outstanding_steps text not null,
	follow_up_outstanding boolean not null,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	completed_by_username text,
	completed_at timestamptz,
	version bigint not null
);
create index report_victim_side_participant on victim.report_victim_side (agency_id, participant_id);
create index report_victim_side_outstanding on victim.report_victim_side (agency_id) where follow_up_outstanding;

-- Each effort to notify the victim (501.220(b), (c)): when, how, whether she was reached and what
-- she was told. Append-only.
create table victim.report_victim_notification (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	report_id uuid not null references victim.report_victim_side (id),
	attempted_at timestamptz not null,
	method text not null,
	reached boolean not null,
	said_cipher text,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index report_victim_notification_report on victim.report_victim_notification (agency_id, report_id, attempted_at);

alter table victim.report_victim_side enable row level security;
alter table victim.report_victim_side force row level security;
create policy report_victim_side_isolation on victim.report_victim_side
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table victim.report_victim_notification enable row level security;
alter table victim.report_victim_notification force row level security;
create policy report_victim_notification_isolation on victim.report_victim_notification
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());

revoke all on victim.report_victim_side from public;
revoke all on victim.report_victim_notification from public;
grant select, insert, update on victim.report_victim_side to paip_victim;
grant select, insert on victim.report_victim_notification to paip_victim;
