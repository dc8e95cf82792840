-- audit (issue 6 load benchmark, ADR 0026): each agency's audit log is kept in up to eight parallel
-- hash chains instead of one. A committing transaction takes whichever chain head no other transaction
-- holds (select ... for update skip locked), so page views of one agency no longer queue behind each
-- other's commit (WAL flush) on a single chain-head lock. Every row is still chained and hashed in the
-- transaction that records it; the verifier walks every chain. Existing rows and heads are chain 0,
-- whose hashes are computed exactly as before.
alter table audit_chain_head add column chain smallint not null default 0 check (chain between 0 and 7);
alter table audit_chain_head drop constraint audit_chain_head_pkey;
alter table audit_chain_head add primary key (agency_id, chain);

alter table audit_log add column chain smallint not null default 0 check (chain between 0 and 7);
alter table audit_log drop constraint audit_log_pkey;
alter table audit_log add primary key (agency_id, chain, seq);
-- The audit page lists an agency's newest entries across its chains.
create index audit_log_newest on audit_log (agency_id, occurred_at desc);
