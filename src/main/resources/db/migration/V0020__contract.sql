-- contract: participant contracts (501.155, 501.220(b)). Templates are versioned per agency and
-- language and never changed once written; a contract keeps the text it was generated with and
-- the signature it was signed with.
create table contract_template (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	language text not null check (language in ('en', 'es')),
	version_number int not null check (version_number > 0),
	title text not null,
	attendance text not null,
	participation text not null,
	behaviour text not null,
	fee text not null,
	violence_reporting text not null,
	consequences text not null,
	created_at timestamptz not null,
	created_by text not null,
	unique (agency_id, language, version_number)
);

create table participant_contract (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null unique references participant (id),
	template_id uuid not null references contract_template (id),
	language text not null,
	sessions_required int not null check (sessions_required between 1 and 104),
	fee_per_session numeric(8, 2) not null check (fee_per_session >= 0),
	text text not null,
	generated_at timestamptz not null,
	generated_by text not null,
	signed_on date,
	signer_name text,
	signature_png bytea,
	scan bytea,
	scan_content_type text,
	signing_recorded_by text,
	version bigint not null,
	check (signed_on is null or (signer_name is not null and (signature_png is not null or scan is not null)))
);

alter table contract_template enable row level security;
alter table contract_template force row level security;
create policy contract_template_isolation on contract_template
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table participant_contract enable row level security;
alter table participant_contract force row level security;
create policy participant_contract_isolation on participant_contract
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on contract_template to paip_app;
grant select, insert, update on participant_contract to paip_app;
