-- Transactional mail outbox: a service inserts the rendered message in its own business transaction
-- (committed together, or not at all); OutboxSender on every instance claims due rows and delivers them.
-- Claim = conditional UPDATE of next_attempt_at (a lease) + claim_token + version, so a row is sent by
-- one instance at a time; a crashed sender's lease simply runs out and the row is due again.
CREATE SEQUENCE mail_outbox_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id               NUMBER(19)          NOT NULL,
    created_at       TIMESTAMP           NOT NULL,
    recipient        VARCHAR2(254 CHAR)  NOT NULL,
    locale           VARCHAR2(5)         NOT NULL,
    template         VARCHAR2(60)        NOT NULL,
    subject          VARCHAR2(400 CHAR)  NOT NULL,
    body_text        CLOB                NOT NULL,
    body_html        CLOB,
    state            VARCHAR2(10)        NOT NULL,
    attempts         NUMBER(5)           DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP           NOT NULL,
    claim_token      VARCHAR2(64),
    last_error       VARCHAR2(500 CHAR),
    sent_at          TIMESTAMP,
    target_type      VARCHAR2(40),
    target_id        VARCHAR2(80 CHAR),
    dedup_key        VARCHAR2(200 CHAR),
    version          NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    -- Nullable: only messages that must never be queued twice carry a key (NULLs do not collide).
    CONSTRAINT uq_mail_outbox_dedup UNIQUE (dedup_key),
    CONSTRAINT ck_mail_outbox_state CHECK (state IN ('PENDING', 'SENT', 'FAILED'))
);

-- The sender's query: state = 'PENDING' AND next_attempt_at <= now ORDER BY next_attempt_at.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);
CREATE INDEX ix_mail_outbox_target ON mail_outbox (target_type, target_id);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient, created_at);
