-- Recovery of the personal code (CP) through the security question: wrong answers are counted
-- per account across sessions; after too many the path is blocked for a while.
CREATE TABLE cp_recovery (
    account_id      NUMBER(19)  NOT NULL,
    failures        NUMBER(5)   DEFAULT 0 NOT NULL,
    last_failed_at  TIMESTAMP,
    blocked_until   TIMESTAMP,
    version         NUMBER(10)  DEFAULT 0 NOT NULL,
    CONSTRAINT pk_cp_recovery PRIMARY KEY (account_id),
    CONSTRAINT fk_cp_recovery_account FOREIGN KEY (account_id) REFERENCES account (id)
);
