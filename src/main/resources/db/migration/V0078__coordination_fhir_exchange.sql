-- coordination: closed-loop referral exchange (issue 7, ADR 0018). A partner agency that takes
-- referrals as HL7 FHIR R4 has an endpoint base URL and a secret token with which it sends
-- status updates back; only the SHA-256 of the token's secret is kept.
create table coordination_fhir_endpoint (
	partner_agency_id uuid primary key references partner_agency (id),
	agency_id uuid not null references agency (id),
	base_url text not null check (base_url ~ '^https?://[^\s/?#]+[^\s?#]*$' and length(base_url) <= 500),
	-- The token is "<credential_id>.<secret>"; the id finds the row before the agency is known.
	credential_id uuid not null unique,
	token_hash bytea not null check (length(token_hash) = 32),
	token_issued_at timestamptz not null,
	version bigint not null default 0,
	updated_by_username text not null
);
alter table coordination_fhir_endpoint enable row level security;
-- Not forced: the owner-defined lookup below reads it before the agency is in scope.
create policy coordination_fhir_endpoint_isolation on coordination_fhir_endpoint
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on coordination_fhir_endpoint to paip_app;

-- The one read outside an agency scope: which agency and partner a presented credential id
-- belongs to, and the hash to compare the secret with. Nothing else of any agency.
create function coordination_fhir_credential(p_credential uuid)
	returns table (agency_id uuid, partner_agency_id uuid, token_hash bytea)
	language sql stable security definer set search_path = public
	as $$ select agency_id, partner_agency_id, token_hash from coordination_fhir_endpoint
	      where credential_id = p_credential $$;
revoke execute on function coordination_fhir_credential(uuid) from public;
grant execute on function coordination_fhir_credential(uuid) to paip_app;

-- Each referral's status as sent and as reported back, on FHIR by the partner or entered by
-- staff for a partner on paper. Append-only: a status recorded is a fact.
create table coordination_referral_status (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	referral_id uuid not null references coordination_outgoing_referral (id),
	status text not null check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED')),
	channel text not null check (channel in ('FHIR', 'PAPER')),
	reason text check (reason is null or length(trim(reason)) between 1 and 1000),
	recorded_on date not null,
	recorded_at timestamptz not null,
	recorded_by_username text not null,
	check (status <> 'REJECTED' or reason is not null)
);
create index coordination_referral_status_referral
	on coordination_referral_status (agency_id, referral_id, recorded_at);
-- A referral is sent once.
create unique index coordination_referral_status_sent_once
	on coordination_referral_status (referral_id) where status = 'REQUESTED';

alter table coordination_referral_status enable row level security;
alter table coordination_referral_status force row level security;
create policy coordination_referral_status_isolation on coordination_referral_status
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on coordination_referral_status to paip_app;
