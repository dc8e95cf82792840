-- audit: append-only, hash-chained log of every read and write of case data, one chain per agency.
create table audit_log (
	agency_id uuid not null references agency (id),
	seq bigint not null,
	occurred_at timestamptz not null,
	actor_staff_id uuid,
	actor_username text not null,
	action text not null,
	record_type text not null,
	record_id text,
	detail text,
	previous_hash text not null,
	hash text not null,
	primary key (agency_id, seq)
);

-- The head of each agency's chain: appending locks it, so appends are serialised per agency,
-- and a truncated tail no longer matches the head.
create table audit_chain_head (
	agency_id uuid primary key references agency (id),
	last_seq bigint not null,
	last_hash text not null
);

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy audit_log_isolation on audit_log
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());

alter table audit_chain_head enable row level security;
alter table audit_chain_head force row level security;
create policy audit_chain_head_isolation on audit_chain_head
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());

-- The application may append and read, never change or remove audit rows.
grant select, insert on audit_log to paip_app;
grant select, insert, update on audit_chain_head to paip_app;

create function audit_log_refuse_change() returns trigger
	language plpgsql
	as $$ begin raise exception 'audit_log is append-only'; end $$;

create trigger audit_log_append_only before update or delete or truncate on audit_log
	for each statement execute function audit_log_refuse_change();
