-- staff: personnel records of an agency (501.280-501.300) and the sign-in accounts of its users.
create table staff (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	first_name text not null,
	last_name text not null,
	email text,
	phone text,
	job_title text not null,
	hire_date date not null,
	supervisor boolean not null default false,
	former_perpetrator boolean not null default false,
	abuse_free_since date,
	abuse_free_verified_on date,
	active boolean not null default true,
	version bigint not null
);
create index staff_agency_name on staff (agency_id, last_name, first_name);

create table staff_training (
	staff_id uuid not null references staff (id) on delete cascade,
	position int not null,
	agency_id uuid not null references agency (id),
	category text not null,
	title text not null,
	provider text,
	completed_on date not null,
	hours numeric(5, 2) not null check (hours > 0),
	verified boolean not null default false
);
alter table staff_training add primary key (staff_id, position);

create table staff_supervision_observation (
	staff_id uuid not null references staff (id) on delete cascade,
	position int not null,
	agency_id uuid not null references agency (id),
	observed_on date not null,
	observer_name text not null,
	group_observed text not null,
	notes text
);
alter table staff_supervision_observation add primary key (staff_id, position);

create table staff_licence (
	staff_id uuid not null references staff (id) on delete cascade,
	position int not null,
	agency_id uuid not null references agency (id),
	kind text not null,
	number text not null,
	issuer text,
	expires_on date not null
);
alter table staff_licence add primary key (staff_id, position);

do $$
declare
	t text;
begin
	foreach t in array array['staff', 'staff_training', 'staff_supervision_observation', 'staff_licence'] loop
		execute format('alter table %I enable row level security', t);
		execute format('alter table %I force row level security', t);
		execute format('create policy %I on %I using (agency_id = current_agency_id()) with check (agency_id = current_agency_id())', t || '_isolation', t);
		execute format('grant select, insert, update, delete on %I to paip_app', t);
	end loop;
end
$$;

-- Sign-in happens before the agency is known, so accounts carry no row-level policy; they hold
-- no case data. Roles sit here because they are what the account may do, not what the person is.
create table staff_account (
	id uuid primary key,
	staff_id uuid not null unique references staff (id),
	agency_id uuid not null references agency (id),
	username text not null,
	display_name text not null,
	password_hash text not null,
	roles text[] not null,
	totp_secret text,
	totp_last_step bigint not null default 0,
	failed_attempts int not null default 0,
	locked_until timestamptz,
	enabled boolean not null default true,
	version bigint not null default 0
);
create unique index staff_account_username on staff_account (lower(username));
grant select, insert, update on staff_account to paip_app;
