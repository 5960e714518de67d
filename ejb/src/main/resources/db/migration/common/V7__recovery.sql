-- Credentials recovery: temporary passwords ("forgot password") and the requests made to the
-- recovery pages, counted for the per-account and per-address limits.

-- At most one temporary password per account (a new request replaces it). Only its Argon2id hash
-- is kept. used_at set: it was used to sign in and the person must now choose a new password.
CREATE TABLE temporary_password (
    account_id     NUMBER(19)          NOT NULL,
    password_hash  VARCHAR2(255 CHAR)  NOT NULL,
    created_at     TIMESTAMP           NOT NULL,
    expires_at     TIMESTAMP           NOT NULL,
    used_at        TIMESTAMP,
    version        NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_temporary_password PRIMARY KEY (account_id),
    CONSTRAINT fk_temporary_password_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Every request to a recovery page, whatever its outcome (SENT, NO_MATCH, LIMITED).
CREATE SEQUENCE recovery_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE recovery_request (
    id            NUMBER(19)          NOT NULL,
    kind          VARCHAR2(20 CHAR)   NOT NULL,
    account_id    NUMBER(19),
    client_addr   VARCHAR2(64 CHAR),
    requested_at  TIMESTAMP           NOT NULL,
    outcome       VARCHAR2(20 CHAR)   NOT NULL,
    CONSTRAINT pk_recovery_request PRIMARY KEY (id),
    CONSTRAINT fk_recovery_request_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_recovery_request_kind CHECK (kind IN ('USERNAME', 'PASSWORD')),
    CONSTRAINT ck_recovery_request_outcome CHECK (outcome IN ('SENT', 'NO_MATCH', 'LIMITED'))
);
CREATE INDEX ix_recovery_request_addr ON recovery_request (client_addr, requested_at);
CREATE INDEX ix_recovery_request_account ON recovery_request (account_id, requested_at);
