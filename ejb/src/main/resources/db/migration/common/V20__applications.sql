-- Applications (istanze): procedures run by the ministry, citizens' applications (draft -> submitted),
-- submissions with gap-free protocol numbers, idempotency keys for exactly-once submits, receipt jobs
-- and a timeline per application.

CREATE SEQUENCE app_procedure_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_procedure (
    id               NUMBER(19)           NOT NULL,
    code             VARCHAR2(40 CHAR)    NOT NULL,
    kind             VARCHAR2(20)         NOT NULL,
    title_it         VARCHAR2(200 CHAR)   NOT NULL,
    title_en         VARCHAR2(200 CHAR)   NOT NULL,
    description_it   VARCHAR2(2000 CHAR),
    description_en   VARCHAR2(2000 CHAR),
    opens_at         TIMESTAMP            NOT NULL,
    closes_at        TIMESTAMP            NOT NULL,
    staff_only       NUMBER(1)            DEFAULT 0 NOT NULL,
    max_preferences  NUMBER(5)            DEFAULT 0 NOT NULL,
    declarations     VARCHAR2(1000 CHAR),
    created_at       TIMESTAMP            NOT NULL,
    updated_at       TIMESTAMP            NOT NULL,
    version          NUMBER(10)           DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_procedure PRIMARY KEY (id),
    CONSTRAINT uq_app_procedure_code UNIQUE (code),
    CONSTRAINT ck_app_procedure_kind CHECK (kind IN ('COMPETITION', 'TRANSFER', 'RETIREMENT', 'GPS')),
    CONSTRAINT ck_app_procedure_window CHECK (closes_at > opens_at)
);
CREATE INDEX ix_app_procedure_window ON app_procedure (closes_at, opens_at);

-- One application per person and procedure; data is the form's fields (one "name=value" a line).
CREATE SEQUENCE app_application_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_application (
    id              NUMBER(19)          NOT NULL,
    procedure_id    NUMBER(19)          NOT NULL,
    account_id      NUMBER(19)          NOT NULL,
    state           VARCHAR2(12)        NOT NULL,
    data            CLOB,
    created_at      TIMESTAMP           NOT NULL,
    updated_at      TIMESTAMP           NOT NULL,
    submission_id   NUMBER(19),
    version         NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_application PRIMARY KEY (id),
    CONSTRAINT fk_app_application_procedure FOREIGN KEY (procedure_id) REFERENCES app_procedure (id),
    CONSTRAINT fk_app_application_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_app_application_person UNIQUE (account_id, procedure_id),
    CONSTRAINT ck_app_application_state CHECK (state IN ('DRAFT', 'SUBMITTED'))
);

-- Each submit of an application; annulled ones (withdrawn) are kept with their protocol number.
-- active_application_id holds the application id only while the submission is SUBMITTED, so the
-- database itself allows one submitted submission per application.
CREATE SEQUENCE app_submission_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_submission (
    id                     NUMBER(19)          NOT NULL,
    application_id         NUMBER(19)          NOT NULL,
    active_application_id  NUMBER(19),
    state                  VARCHAR2(12)        NOT NULL,
    registry               VARCHAR2(40 CHAR)   NOT NULL,
    protocol_year          NUMBER(4)           NOT NULL,
    protocol_number        NUMBER(10)          NOT NULL,
    protocol               VARCHAR2(120 CHAR)  NOT NULL,
    idempotency_key        VARCHAR2(64)        NOT NULL,
    started_at             TIMESTAMP           NOT NULL,
    submitted_at           TIMESTAMP           NOT NULL,
    annulled_at            TIMESTAMP,
    data                   CLOB,
    content_sha256         VARCHAR2(64),
    receipt_pdf            BLOB,
    receipt_file_sha256    VARCHAR2(64),
    receipt_generated_at   TIMESTAMP,
    CONSTRAINT pk_app_submission PRIMARY KEY (id),
    CONSTRAINT fk_app_submission_application FOREIGN KEY (application_id) REFERENCES app_application (id),
    CONSTRAINT uq_app_submission_active UNIQUE (active_application_id),
    CONSTRAINT uq_app_submission_protocol UNIQUE (registry, protocol_year, protocol_number),
    CONSTRAINT uq_app_submission_text UNIQUE (protocol),
    CONSTRAINT uq_app_submission_key UNIQUE (idempotency_key),
    CONSTRAINT ck_app_submission_state CHECK (state IN ('SUBMITTED', 'ANNULLED'))
);
CREATE INDEX ix_app_submission_application ON app_submission (application_id);

-- Idempotency keys handed out with the check-your-answers page; a key is used by one submission only.
CREATE TABLE app_submit_key (
    key_value       VARCHAR2(64)        NOT NULL,
    application_id  NUMBER(19)          NOT NULL,
    account_id      NUMBER(19)          NOT NULL,
    issued_at       TIMESTAMP           NOT NULL,
    submission_id   NUMBER(19),
    CONSTRAINT pk_app_submit_key PRIMARY KEY (key_value),
    CONSTRAINT fk_app_submit_key_application FOREIGN KEY (application_id) REFERENCES app_application (id)
);
CREATE INDEX ix_app_submit_key_application ON app_submit_key (application_id);

-- Gap-free protocol numbers: one counter row per registry and year, updated under a row lock in the
-- submit transaction (a rolled back submit gives its number back).
CREATE TABLE app_protocol_counter (
    registry     VARCHAR2(40 CHAR)  NOT NULL,
    year_value   NUMBER(4)          NOT NULL,
    last_number  NUMBER(10)         NOT NULL,
    CONSTRAINT pk_app_protocol_counter PRIMARY KEY (registry, year_value)
);

-- Receipts are made after the submit commits, from this queue (one row per submission, retried).
CREATE SEQUENCE app_receipt_job_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_receipt_job (
    id               NUMBER(19)          NOT NULL,
    submission_id    NUMBER(19)          NOT NULL,
    state            VARCHAR2(10)        NOT NULL,
    attempts         NUMBER(5)           DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP           NOT NULL,
    last_error       VARCHAR2(500 CHAR),
    done_at          TIMESTAMP,
    version          NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_receipt_job PRIMARY KEY (id),
    CONSTRAINT uq_app_receipt_job_submission UNIQUE (submission_id),
    CONSTRAINT fk_app_receipt_job_submission FOREIGN KEY (submission_id) REFERENCES app_submission (id),
    CONSTRAINT ck_app_receipt_job_state CHECK (state IN ('PENDING', 'DONE', 'FAILED'))
);
CREATE INDEX ix_app_receipt_job_due ON app_receipt_job (state, next_attempt_at);

-- Timeline of an application: created, saved, submitted, withdrawn, receipt sent, ...
CREATE SEQUENCE app_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_event (
    id              NUMBER(19)          NOT NULL,
    application_id  NUMBER(19)          NOT NULL,
    at_time         TIMESTAMP           NOT NULL,
    kind            VARCHAR2(20)        NOT NULL,
    detail          VARCHAR2(200 CHAR),
    CONSTRAINT pk_app_event PRIMARY KEY (id),
    CONSTRAINT fk_app_event_application FOREIGN KEY (application_id) REFERENCES app_application (id)
);
CREATE INDEX ix_app_event_application ON app_event (application_id, at_time);

-- Mail attachments (the receipt PDF): one optional attachment per outbox message.
ALTER TABLE mail_outbox ADD attachment_name VARCHAR2(200 CHAR);
ALTER TABLE mail_outbox ADD attachment_type VARCHAR2(100);
ALTER TABLE mail_outbox ADD attachment BLOB;
