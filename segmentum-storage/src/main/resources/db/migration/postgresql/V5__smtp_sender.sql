-- The From address new email campaigns of a shop start with (PostgreSQL). Empty for none. Kept structurally
-- identical to the other flavor's migration of the same version.
ALTER TABLE smtp_settings ADD COLUMN sender TEXT NOT NULL DEFAULT '';
