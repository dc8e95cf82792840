-- agency: PAIP agencies (the tenants) and their directory of partner agencies (501.105).
create table agency (
	id uuid primary key,
	name text not null,
	short_name text not null,
	county text,
	phone text,
	demo boolean not null default false,
	created_at timestamptz not null default now(),
	version bigint not null default 0
);

alter table agency enable row level security;
-- A user sees only the own agency, and may create an agency only while acting as it.
-- Not forced: the owner-defined agency_ids() below must see every agency.
create policy agency_own on agency using (id = current_agency_id()) with check (id = current_agency_id());
grant select, insert, update on agency to paip_app;

-- The ids of all agencies, for jobs that visit each agency in turn (audit verification).
-- Ids only; any agency's data still needs that agency's scope.
create function agency_ids() returns setof uuid
	language sql stable security definer set search_path = public
	as $$ select id from agency order by id $$;
revoke execute on function agency_ids() from public;
grant execute on function agency_ids() to paip_app;

create table partner_agency (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	name text not null,
	category text not null,
	phone text,
	county text,
	confidential_location boolean not null default false,
	version bigint not null default 0
);
create index partner_agency_agency on partner_agency (agency_id);

alter table partner_agency enable row level security;
alter table partner_agency force row level security;
create policy partner_agency_isolation on partner_agency
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update, delete on partner_agency to paip_app;
