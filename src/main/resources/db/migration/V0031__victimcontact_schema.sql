-- victimcontact: the victim safety compartment (501.180, 501.190). Its tables live in their own
-- schema, read and written only by their own login role paip_victim. The participant-side role
-- paip_app holds no privilege on the schema at all: even a query that names a victim table fails
-- with "permission denied" (501.190(d): victim input must be kept apart from the participant file).
-- In production create paip_victim beforehand with its own password (see README).
do $$
begin
	if not exists (select 1 from pg_roles where rolname = 'paip_victim') then
		create role paip_victim login;
	end if;
end
$$;

create schema victim;
revoke all on schema victim from public;
grant usage on schema victim to paip_victim;
-- Row-level security reads the agency of the transaction (current_agency_id() in public).
grant usage on schema public to paip_victim;
grant execute on function current_agency_id() to paip_victim;
grant execute on function current_staff_id() to paip_victim;

-- A victim or partner of a participant (501.190(b)). Name, address, phone and safe-contact
-- instructions are AES-GCM ciphertexts ("key id:base64(nonce|ciphertext)"); the keys live outside
-- the database.
create table victim.victim_record (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	participant_id uuid not null,
	relationship text not null,
	name_cipher text not null,
	address_cipher text,
	phone_cipher text,
	safe_contact_cipher text,
	order_of_protection boolean not null,
	order_of_protection_expires_on date,
	created_by_username text not null,
	created_at timestamptz not null,
	version bigint not null
);
create index victim_record_participant on victim.victim_record (agency_id, participant_id);

-- Each contact with the victim (501.190(a)): what happened and whether safety was checked, safety
-- planning and orders of protection discussed (501.180(b)) and victim services offered (501.180(c)).
-- Append-only: a contact recorded is a fact.
create table victim.victim_contact (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	victim_record_id uuid not null references victim.victim_record (id),
	occurred_at timestamptz not null,
	kind text not null,
	direction text not null,
	summary_cipher text not null,
	safety_checked boolean not null,
	safety_plan_discussed boolean not null,
	order_of_protection_discussed boolean not null,
	victim_services_offered boolean not null,
	victim_services_accepted boolean not null,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index victim_contact_record on victim.victim_contact (agency_id, victim_record_id, occurred_at desc);

-- What the victim was told and how (501.190(c)). Append-only.
create table victim.victim_notice (
	id uuid primary key,
	agency_id uuid not null references public.agency (id),
	victim_record_id uuid not null references victim.victim_record (id),
	given_on date not null,
	topic text not null,
	channel text not null,
	note_cipher text,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index victim_notice_record on victim.victim_notice (agency_id, victim_record_id, given_on desc);

alter table victim.victim_record enable row level security;
alter table victim.victim_record force row level security;
create policy victim_record_isolation on victim.victim_record
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table victim.victim_contact enable row level security;
alter table victim.victim_contact force row level security;
create policy victim_contact_isolation on victim.victim_contact
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
alter table victim.victim_notice enable row level security;
alter table victim.victim_notice force row level security;
create policy victim_notice_isolation on victim.victim_notice
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());

grant select, insert, update on victim.victim_record to paip_victim;
grant select, insert on victim.victim_contact to paip_victim;
grant select, insert on victim.victim_notice to paip_victim;
