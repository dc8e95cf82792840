-- agency: the partner-agency directory in full (COO-1, 501.105(a)-(c)): description, contact points,
-- address (never for a confidential location), counties served, languages, named contacts and services.
-- hsds_id keeps the Open Referral HSDS identifier of an entry imported from a regional directory.
alter table partner_agency
	add column description text,
	add column email text,
	add column website text,
	add column address_line text,
	add column city text,
	add column state text,
	add column postal_code text,
	add column counties_served text[] not null default '{}',
	add column languages text[] not null default '{}',
	add column hsds_id text;
-- A victim shelter's address is never held, shown or exported.
alter table partner_agency add constraint partner_agency_confidential_no_address
	check (not confidential_location or (address_line is null and city is null and postal_code is null));
create unique index partner_agency_hsds_id on partner_agency (agency_id, hsds_id);

-- Child rows of the directory entry; agency_id is filled from the session's agency for row-level security.
create table partner_agency_contact (
	partner_agency_id uuid not null references partner_agency (id) on delete cascade,
	position integer not null,
	agency_id uuid not null default current_agency_id() references agency (id),
	name text not null check (length(trim(name)) > 0),
	role text,
	phone text,
	email text,
	primary key (partner_agency_id, position)
);

create table partner_agency_service (
	partner_agency_id uuid not null references partner_agency (id) on delete cascade,
	position integer not null,
	agency_id uuid not null default current_agency_id() references agency (id),
	name text not null check (length(trim(name)) > 0),
	description text,
	primary key (partner_agency_id, position)
);

alter table partner_agency_contact enable row level security;
alter table partner_agency_contact force row level security;
create policy partner_agency_contact_isolation on partner_agency_contact
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update, delete on partner_agency_contact to paip_app;

alter table partner_agency_service enable row level security;
alter table partner_agency_service force row level security;
create policy partner_agency_service_isolation on partner_agency_service
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update, delete on partner_agency_service to paip_app;
