-- departmentnotice: notifications of program and staff changes to the Department within 30 days
-- after the change (501.70(a)(2), PRG-4). Personnel and program facts only; no participant data.
create table department_notification (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	kind text not null check (kind in ('STAFF_HIRED', 'STAFF_LEFT', 'DIRECTOR_LEFT', 'GROUP_ADDED',
		'CURRICULUM_CHANGED')),
	subject_id uuid not null,
	subject text not null,
	detail text,
	changed_on date not null,
	due_on date not null,
	sent_on date,
	sent_method text check (sent_method in ('EMAIL', 'POSTAL_MAIL', 'FAX', 'ONLINE_PORTAL')),
	sent_by_username text,
	created_at timestamptz not null,
	version bigint not null,
	check ((sent_on is null) = (sent_method is null))
);
create index department_notification_agency_due on department_notification (agency_id, due_on);

alter table department_notification enable row level security;
alter table department_notification force row level security;
create policy department_notification_isolation on department_notification
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on department_notification to paip_app;
