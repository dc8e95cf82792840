-- A letter leaves the program only through the disclosure service (CON-2): its dispatch records the
-- disclosure ledger row that authorised it. A letter with no dispatch is held, because no release covered
-- it when it was written; it can be sent once a release does. Append-only: a letter is sent once.
create table correspondence_dispatch (
	letter_id uuid primary key references correspondence (id),
	agency_id uuid not null references agency (id),
	disclosure_id uuid not null references disclosure_ledger (id),
	sent_at timestamptz not null,
	sent_by_username text not null
);

alter table correspondence_dispatch enable row level security;
alter table correspondence_dispatch force row level security;
create policy correspondence_dispatch_isolation on correspondence_dispatch
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on correspondence_dispatch to paip_app;
