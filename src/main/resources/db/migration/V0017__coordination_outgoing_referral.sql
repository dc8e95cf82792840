-- coordination: referrals of a participant to other agencies and their purpose, each made under a
-- release of information in force that day (501.115(b)(11)(B)). A referral made is a fact: append-only.
create table coordination_outgoing_referral (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	category text not null
		check (category in ('SUBSTANCE_ABUSE_TREATMENT', 'MENTAL_HEALTH', 'VICTIM_SERVICES', 'MEDICAL', 'OTHER')),
	partner_agency_id uuid not null references partner_agency (id),
	-- The agency's name as it stood on the day of the referral.
	partner_agency_name text not null,
	purpose text not null check (length(trim(purpose)) > 0),
	referred_on date not null,
	release_id uuid not null references consent_release (id),
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index coordination_outgoing_referral_participant
	on coordination_outgoing_referral (agency_id, participant_id, referred_on desc);
create index coordination_outgoing_referral_referred_on on coordination_outgoing_referral (agency_id, referred_on);

alter table coordination_outgoing_referral enable row level security;
alter table coordination_outgoing_referral force row level security;
create policy coordination_outgoing_referral_isolation on coordination_outgoing_referral
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on coordination_outgoing_referral to paip_app;
