-- retention: record retention and destruction (501.200(a), CON-3). A participant's records may be
-- destroyed 6 years after the last date of service, never while an audit or review hold is open.
-- No case content is stored here: participant ids, dates, reasons for holds and row counts only.

-- Holds placed by the director on one participant or, with participant_id null, on the whole
-- agency (Department desk review, litigation, audit). Append-only: a release is a row of its own.
create table retention_hold (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid,
	reason_kind text not null check (reason_kind in ('DEPARTMENT_REVIEW', 'LITIGATION', 'AUDIT', 'OTHER')),
	reason text not null check (length(trim(reason)) > 0 and length(reason) <= 1000),
	placed_by_username text not null,
	placed_at timestamptz not null
);
create index retention_hold_agency on retention_hold (agency_id, participant_id);

create table retention_hold_release (
	hold_id uuid primary key references retention_hold (id),
	agency_id uuid not null references agency (id),
	reason text not null check (length(trim(reason)) > 0 and length(reason) <= 1000),
	released_by_username text not null,
	released_at timestamptz not null
);

-- A destruction-candidate batch written by the scheduled review, at most one per agency and day.
create table retention_batch (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	prepared_on date not null,
	prepared_at timestamptz not null,
	status text not null check (status in ('PENDING', 'APPROVED')),
	approved_by_username text,
	approved_at timestamptz,
	version bigint not null,
	unique (agency_id, prepared_on)
);

create table retention_candidate (
	batch_id uuid not null references retention_batch (id),
	agency_id uuid not null references agency (id),
	participant_id uuid not null,
	last_service_on date not null,
	eligible_since date not null,
	primary key (batch_id, participant_id)
);

alter table retention_hold enable row level security;
alter table retention_hold force row level security;
create policy retention_hold_isolation on retention_hold
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on retention_hold to paip_app;

alter table retention_hold_release enable row level security;
alter table retention_hold_release force row level security;
create policy retention_hold_release_isolation on retention_hold_release
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on retention_hold_release to paip_app;

alter table retention_batch enable row level security;
alter table retention_batch force row level security;
create policy retention_batch_isolation on retention_batch
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on retention_batch to paip_app;

alter table retention_candidate enable row level security;
alter table retention_candidate force row level security;
create policy retention_candidate_isolation on retention_candidate
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on retention_candidate to paip_app;

-- Deletes the rows of rel matching cond after first deleting, depth first, every row of every
-- table whose foreign key points at them (so "on delete cascade" rows are counted too). Adds
-- "schema.table": count to counts. Internal: not executable by the application.
create function retention_delete_rows(rel regclass, cond text, agency uuid, counts jsonb, depth int)
	returns jsonb
	language plpgsql volatile security definer set search_path = public
	as $$
declare
	fk record;
	child_cond text;
	deleted bigint;
	scoped text;
	name text;
begin
	if depth > 12 then
		raise exception 'retention: foreign keys nest too deep at %', rel;
	end if;
	for fk in
		select c.conrelid::regclass as child,
			(select string_agg(quote_ident(a.attname), ', ' order by k.ord) from unnest(c.conkey) with ordinality k(att, ord)
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.att) as child_cols,
			(select string_agg(quote_ident(a.attname), ', ' order by k.ord) from unnest(c.confkey) with ordinality k(att, ord)
				join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.att) as parent_cols
		from pg_constraint c
		where c.contype = 'f' and c.confrelid = rel and c.conrelid <> rel
	loop
		child_cond := format('(%s) in (select %s from %s where %s)', fk.child_cols, fk.parent_cols, rel, cond);
		counts := retention_delete_rows(fk.child, child_cond, agency, counts, depth + 1);
	end loop;
	scoped := cond;
	if exists (select 1 from pg_attribute where attrelid = rel and attname = 'agency_id' and not attisdropped) then
		scoped := format('agency_id = %L and (%s)', agency, cond);
	end if;
	execute format('delete from %s where %s', rel, scoped);
	get diagnostics deleted = row_count;
	if deleted > 0 then
		select format('%I.%I', n.nspname, c.relname) into name
			from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = rel;
		counts := jsonb_set(counts, array[name], to_jsonb(coalesce((counts ->> name)::bigint, 0) + deleted));
	end if;
	return counts;
end
$$;
revoke execute on function retention_delete_rows(regclass, text, uuid, jsonb, int) from public;

-- Destroys one participant of the current agency: the participant row and every row, in any
-- participant-side table and in the victim compartment, tied to that participant by a
-- participant_id column or a foreign key. Refuses while a hold is open (501.200(a)). Returns
-- {"schema.table": count}; never any content. Tables of this module are kept: they record the
-- decision (ids, dates and counts only).
create function retention_destroy_participant(p_participant uuid) returns jsonb
	language plpgsql volatile security definer set search_path = public
	as $$
declare
	agency uuid := current_agency_id();
	counts jsonb := '{}'::jsonb;
	t record;
	cond text := format('participant_id = %L', p_participant);
begin
	if agency is null then
		raise exception 'retention: no agency in scope';
	end if;
	if not exists (select 1 from participant where id = p_participant and agency_id = agency) then
		raise exception 'retention: no such participant in this agency';
	end if;
	if exists (select 1 from retention_hold h where h.agency_id = agency
			and (h.participant_id is null or h.participant_id = p_participant)
			and not exists (select 1 from retention_hold_release r where r.hold_id = h.id)) then
		raise exception 'retention: a hold is open';
	end if;
	for t in
		select c.oid::regclass as rel
		from pg_class c join pg_namespace n on n.oid = c.relnamespace
		join pg_attribute a on a.attrelid = c.oid and a.attname = 'participant_id' and not a.attisdropped
		where c.relkind in ('r', 'p') and n.nspname in ('public', 'victim') and c.relname not like 'retention\_%'
		order by n.nspname, c.relname
	loop
		counts := retention_delete_rows(t.rel, cond, agency, counts, 0);
	end loop;
	counts := retention_delete_rows('participant'::regclass, format('id = %L', p_participant), agency, counts, 0);
	return counts;
end
$$;
revoke execute on function retention_destroy_participant(uuid) from public;
grant execute on function retention_destroy_participant(uuid) to paip_app;
