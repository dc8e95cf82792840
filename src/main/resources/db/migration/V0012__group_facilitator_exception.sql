-- group: a director may assign a facilitator whose training or supervision observation is
-- overdue (501.290, 501.300) only with a documented exception, kept with the group.
alter table program_group add column facilitator_exception_reason text;
