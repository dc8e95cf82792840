-- victimcontact: collaborative service-planning meetings about one victim/survivor (COO-3, seed
-- 004). They live in the victim compartment: schema victim, role paip_victim only. The victim's
-- consents to release and receive information, and the log of who the written summary went to,
-- are kept here and never in the participant-side disclosure ledger (ADR 0017). Free text that
-- holds the victim's words or could locate her is AES-GCM ciphertext bound to column and row.

-- The victim's Consent to Release & Receive Information for one partner agency (seed 004 step 3),
-- on the agency's own form or on the protocol's Appendix 16 form. Revocation is from its date.
create table victim.planning_consent (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	victim_record_id uuid not null references victim.victim_record (id),
	partner_agency_id uuid not null,
	release_information boolean not null,
	receive_information boolean not null,
	form text not null,
	signed_on date not null,
	expires_on date,
	revoked_on date,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null
);
create index planning_consent_victim on victim.planning_consent (agency_id, victim_record_id);

-- One meeting: who initiated it and why (step 1), the victim's permission (step 2), the schedule,
-- chair, the victim's attendance with interpreter arrangements (step 4), the chair's written
-- summary (step 6) and its review with the victim when she did not attend.
create table victim.planning_meeting (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	victim_record_id uuid not null references victim.victim_record (id),
	initiated_by_username text not null,
	trigger text not null,
	ground text not null,
	process_explained boolean not null,
	permission_given_on date not null,
	chair_name text not null,
	scheduled_at timestamptz not null,
	format text not null,
	place_cipher text not null,
	victim_participation text not null,
	interpreter text not null,
	interpreter_language_cipher text,
	interpreter_arrangements_cipher text,
	victim_attended boolean,
	decisions_cipher text,
	agreements_cipher text,
	commitments_cipher text,
	summary_by_username text,
	summary_recorded_at timestamptz,
	victim_review_on date,
	victim_review_method text,
	victim_review_response_cipher text,
	victim_review_by_username text,
	created_at timestamptz not null,
	version bigint not null
);
create index planning_meeting_victim on victim.planning_meeting (agency_id, victim_record_id, scheduled_at desc);

-- Each agency invited, under the consent checked when the invitation went out, with when and how
-- the consent form was sent to it before the meeting (step 3) and whether it attended.
create table victim.planning_invitation (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	meeting_id uuid not null references victim.planning_meeting (id),
	partner_agency_id uuid not null,
	consent_id uuid not null references victim.planning_consent (id),
	representative_name text,
	consent_sent_on date not null,
	consent_sent_by text not null,
	attended boolean,
	invited_by_username text not null,
	invited_at timestamptz not null,
	unique (meeting_id, partner_agency_id)
);
create index planning_invitation_meeting on victim.planning_invitation (agency_id, meeting_id);

-- The written summary sent to a participating agency (step 6), each after its consent was checked
-- again. Append-only.
create table victim.planning_distribution (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	meeting_id uuid not null references victim.planning_meeting (id),
	invitation_id uuid not null references victim.planning_invitation (id),
	sent_on date not null,
	method text not null,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index planning_distribution_meeting on victim.planning_distribution (agency_id, meeting_id);

-- Action commitments tracked to closure (steps 6 and 7): owner, due date, status.
create table victim.planning_action_item (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	meeting_id uuid not null references victim.planning_meeting (id),
	-- null: the program itself owns it
	owner_invitation_id uuid references victim.planning_invitation (id),
	owner_name text not null,
	description_cipher text not null,
	due_on date not null,
	status text not null,
	closed_on date,
	closing_note_cipher text,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null
);
create index planning_action_item_meeting on victim.planning_action_item (agency_id, meeting_id, due_on);

-- Issues, concerns, gaps in service and recommendations the interagency process did not resolve,
-- forwarded to the Chair of the Protocol Committee (step 8): when, how and to whom. Append-only.
create table victim.planning_forwarded_issue (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	meeting_id uuid not null references victim.planning_meeting (id),
	kind text not null,
	description_cipher text not null,
	committee_chair_name text not null,
	forwarded_on date not null,
	method text not null,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index planning_forwarded_issue_meeting on victim.planning_forwarded_issue (agency_id, meeting_id);

do $$
declare
	t text;
begin
	foreach t in array array['planning_consent', 'planning_meeting', 'planning_invitation', 'planning_distribution',
			'planning_action_item', 'planning_forwarded_issue'] loop
		execute format('alter table victim.%I enable row level security', t);
		execute format('alter table victim.%I force row level security', t);
		execute format('create policy %I on victim.%I using (agency_id = current_agency_id()) '
				|| 'with check (agency_id = current_agency_id())', t || '_isolation', t);
		execute format('revoke all on victim.%I from public', t);
	end loop;
end
$$;

grant select, insert, update on victim.planning_consent to paip_victim;
grant select, insert, update on victim.planning_meeting to paip_victim;
grant select, insert, update on victim.planning_invitation to paip_victim;
grant select, insert on victim.planning_distribution to paip_victim;
grant select, insert, update on victim.planning_action_item to paip_victim;
grant select, insert on victim.planning_forwarded_issue to paip_victim;
