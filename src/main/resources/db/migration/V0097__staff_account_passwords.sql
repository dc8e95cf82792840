-- Passwords an administrator issues (ASVS 5.0 6.4.1, ADR 0028): a temporary password works once,
-- until temporary_password_until; while the column is set the account must choose its own password
-- right after the password step of signing in. Its first use sets the column to that instant, so a
-- second sign-in with it fails like a wrong password.
alter table staff_account add column temporary_password_until timestamptz;
-- When the account's password was last set by its owner or issued by an administrator.
alter table staff_account add column password_changed_at timestamptz;
