-- Administration: staff accounts linked to the ministry staff directory (@istruzione.it mailboxes,
-- LDAP) by codice fiscale. The directory checks their password; the portal keeps none for them
-- (password_hash stays NULL). Citizens keep their CF in citizen, so this column is for staff only.
ALTER TABLE account ADD codice_fiscale VARCHAR2(16 CHAR);
ALTER TABLE account ADD CONSTRAINT uq_account_cf UNIQUE (codice_fiscale);

-- The administration lists: accounts by kind, and the audit log filtered by action or target, newest first.
CREATE INDEX ix_account_kind ON account (kind, username);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_target_time ON audit_event (target_id, occurred_at);
