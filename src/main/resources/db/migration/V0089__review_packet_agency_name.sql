-- A desk review packet keeps the agency name it was built under, so that it can be rendered
-- again when retention destroys a participant's records and takes them out of the packet
-- (501.200(a), CON-3): the PDF and the CSV files are rebuilt without that participant.
alter table compliance_review_packet add column agency_name text;
update compliance_review_packet p set agency_name = a.name from agency a where a.id = p.agency_id;
grant update (participant_ids, pdf, csv_zip) on compliance_review_packet to paip_app;
