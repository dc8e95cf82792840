-- group: the attendance sheet lists who was in a group on the session's day, open or since
-- closed memberships alike; the partial index on open memberships cannot serve that, and the
-- benchmark at 1M participants showed the lookup scanning every membership
-- (bench/results/2026-11-23-full.md).
create index group_membership_by_group on group_membership (group_id, joined_on);
