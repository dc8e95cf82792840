-- 501.290(b): a facilitator who cannot complete the 20 Department-approved hours within three
-- months of hire submits a training plan to the Department for approval. Who submitted it, and
-- when and by whom at the Department it was approved.
alter table staff add column training_plan_submitted_by text;
alter table staff add column training_plan_approved_on date;
alter table staff add column training_plan_approved_by text;
