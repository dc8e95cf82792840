-- mandatedreport: the participant side of a mandated report (501.220, 501.145, 501.230(b), SAF-4..7).
-- ONLY that a report was made: kind, when, by whom, to which agency, its reference number, the rule
-- section and whether victim-side follow-up is outstanding (yes/no). Where the information came
-- from, the victim's consent, the danger assessment, notification attempts and anything the victim
-- said live in the victim compartment (victim.report_victim_side, 501.190(d)). The section is that of
-- the report itself (501.220(a), (c), (d), 501.230(b), 501.145), never (a)(1) or (a)(2), which
-- would say that the victim or a third party was the source.
create table mandated_report (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	-- The reported event; one event can need several reports (a threat and a DCFS report).
	event_id uuid not null,
	kind text not null check (kind in ('VIOLENCE_OR_THREAT', 'THREAT_TO_HARM_OR_KILL', 'THREAT_TO_OTHERS',
		'VICTIM_CONTACT_UNDER_ORDER', 'ORDER_OF_PROTECTION_VIOLATION', 'CHILD_ABUSE_OR_NEGLECT', 'ELDER_ABUSE')),
	reported_at timestamptz not null,
	reporter_username text not null check (length(trim(reporter_username)) between 1 and 200),
	agency_notified text not null check (agency_notified in ('CRIMINAL_JUSTICE_AUTHORITIES', 'LAW_ENFORCEMENT',
		'DCFS_HOTLINE', 'DEPARTMENT_ON_AGING', 'REFERRAL_SYSTEM')),
	reference_number text not null check (length(trim(reference_number)) between 1 and 100),
	rule_section text not null check (rule_section in ('501.220(a)', '501.220(c)', '501.220(c)(2)(A)',
		'501.220(d)', '501.230(b)', '501.145')),
	victim_follow_up_outstanding boolean not null,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null
);
create index mandated_report_participant on mandated_report (agency_id, participant_id, reported_at desc);
create index mandated_report_kind on mandated_report (agency_id, kind, reported_at);
create index mandated_report_event on mandated_report (event_id);

alter table mandated_report enable row level security;
alter table mandated_report force row level security;
create policy mandated_report_isolation on mandated_report
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
-- Reports are facts; only the follow-up flag changes, when the liaison completes it.
grant select, insert on mandated_report to paip_app;
grant update (victim_follow_up_outstanding, version) on mandated_report to paip_app;
