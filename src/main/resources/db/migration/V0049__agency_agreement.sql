-- agency: inter-agency agreements (MOUs, COO-4), possibly covering several counties: the parties from the
-- partner-agency directory with each one's role, the data-sharing terms, and the term with its end date.
create table agency_agreement (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	title text not null check (length(trim(title)) > 0),
	counties text[] not null,
	data_sharing_terms text,
	starts_on date not null,
	ends_on date not null,
	version bigint not null default 0,
	check (ends_on > starts_on),
	check (cardinality(counties) > 0)
);
create index agency_agreement_ends_on on agency_agreement (agency_id, ends_on);

create table agreement_party (
	agency_agreement_id uuid not null references agency_agreement (id) on delete cascade,
	position integer not null,
	agency_id uuid not null default current_agency_id() references agency (id),
	partner_agency_id uuid not null references partner_agency (id),
	role text not null check (length(trim(role)) > 0),
	primary key (agency_agreement_id, position)
);

alter table agency_agreement enable row level security;
alter table agency_agreement force row level security;
create policy agency_agreement_isolation on agency_agreement
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on agency_agreement to paip_app;

alter table agreement_party enable row level security;
alter table agreement_party force row level security;
create policy agreement_party_isolation on agreement_party
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update, delete on agreement_party to paip_app;
