-- The application connects as paip_app: not the owner of any table, so row-level security
-- applies to it, and it holds only the grants each module's migration gives it.
-- In production create the role beforehand with a password (see README); here it is made if absent.
do $$
begin
	if not exists (select 1 from pg_roles where rolname = 'paip_app') then
		create role paip_app login;
	end if;
end
$$;

grant usage on schema public to paip_app;

-- The agency (tenant) of the current transaction, set by AgencyScopedTransactionManager.
-- Null when no actor is set, which makes every agency-scoped policy match nothing.
create function current_agency_id() returns uuid
	language sql stable
	as $$ select nullif(current_setting('paip.agency_id', true), '')::uuid $$;

create function current_staff_id() returns uuid
	language sql stable
	as $$ select nullif(current_setting('paip.staff_id', true), '')::uuid $$;

grant execute on function current_agency_id() to paip_app;
grant execute on function current_staff_id() to paip_app;
