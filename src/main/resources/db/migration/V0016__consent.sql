-- consent: the confidentiality explanation given at intake (501.210(a)) and the participant's releases of
-- information (501.210(b), CON-1). Participant-side data only: no victim information is ever stored here.

-- Each row is one explanation as given; explaining again adds a row, so the history stays (append-only).
create table consent_confidentiality_explanation (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	explained_on date not null,
	language text not null check (length(trim(language)) > 0),
	-- 501.210(a): the legal exceptions to confidentiality, each of which must have been explained.
	child_abuse_exception boolean not null check (child_abuse_exception),
	elder_abuse_exception boolean not null check (elder_abuse_exception),
	suicide_exception boolean not null check (suicide_exception),
	intent_to_harm_exception boolean not null check (intent_to_harm_exception),
	-- 501.210(a): the release forms, their purpose, and whether each is voluntary or required.
	release_forms_explained boolean not null check (release_forms_explained),
	notes text,
	explained_by_staff_id uuid,
	explained_by_username text not null,
	recorded_at timestamptz not null
);
create index consent_confidentiality_explanation_participant
	on consent_confidentiality_explanation (agency_id, participant_id, recorded_at desc);

alter table consent_confidentiality_explanation enable row level security;
alter table consent_confidentiality_explanation force row level security;
create policy consent_confidentiality_explanation_isolation on consent_confidentiality_explanation
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on consent_confidentiality_explanation to paip_app;

-- A signed release of information. Revocation is the only change; a release is never deleted, so
-- every disclosure made under it can still be traced to it.
create table consent_release (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	recipient_kind text not null check (recipient_kind in ('PARTNER_AGENCY', 'REFERRAL_SOURCE', 'OTHER')),
	partner_agency_id uuid references partner_agency (id),
	-- The recipient's name as it stood when the release was signed (partner agency or other recipient).
	recipient_name text,
	referral_source text,
	categories text[] not null check (cardinality(categories) > 0),
	purposes text[] not null check (cardinality(purposes) > 0),
	purpose_detail text,
	basis text not null check (basis in ('VOLUNTARY', 'REQUIRED_FOR_PARTICIPATION')),
	signed_on date not null,
	expires_on date not null,
	revoked_on date,
	revocation_reason text,
	revoked_by_username text,
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	recorded_at timestamptz not null default now(),
	version bigint not null,
	check (expires_on > signed_on),
	check (recipient_kind <> 'PARTNER_AGENCY' or (partner_agency_id is not null and recipient_name is not null)),
	check (recipient_kind <> 'REFERRAL_SOURCE' or referral_source is not null),
	check (recipient_kind <> 'OTHER' or length(trim(recipient_name)) > 0),
	check (revoked_on is null or (revoked_on >= signed_on and length(trim(revocation_reason)) > 0))
);
create index consent_release_participant on consent_release (agency_id, participant_id, signed_on desc);

alter table consent_release enable row level security;
alter table consent_release force row level security;
create policy consent_release_isolation on consent_release
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on consent_release to paip_app;
