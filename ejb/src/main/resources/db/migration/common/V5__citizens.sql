-- Citizens: personal data of citizen accounts, one-time tokens, sign-in throttling, identifications.

-- codice_fiscale is kept for history; cf_active holds it only while the registration is alive
-- (not EXPIRED), so an expired CF may register again while two live accounts never share one.
CREATE TABLE citizen (
    account_id               NUMBER(19)          NOT NULL,
    codice_fiscale           VARCHAR2(16 CHAR)   NOT NULL,
    cf_active                VARCHAR2(16 CHAR),
    given_name               VARCHAR2(100 CHAR)  NOT NULL,
    family_name              VARCHAR2(100 CHAR)  NOT NULL,
    birth_date               DATE                NOT NULL,
    birth_place_code         VARCHAR2(4 CHAR)    NOT NULL,
    birth_place_name         VARCHAR2(120 CHAR)  NOT NULL,
    sex                      VARCHAR2(1 CHAR)    NOT NULL,
    registration_number      VARCHAR2(20 CHAR)   NOT NULL,
    registered_at            TIMESTAMP           NOT NULL,
    registration_expires_at  TIMESTAMP           NOT NULL,
    email_confirmed_at       TIMESTAMP,
    identified_at            TIMESTAMP,
    personal_code_hash       VARCHAR2(255 CHAR),
    personal_code_temporary  NUMBER(1)           DEFAULT 1 NOT NULL,
    security_question        VARCHAR2(200 CHAR),
    security_answer_hash     VARCHAR2(255 CHAR),
    CONSTRAINT pk_citizen PRIMARY KEY (account_id),
    CONSTRAINT fk_citizen_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_citizen_cf_active UNIQUE (cf_active),
    CONSTRAINT uq_citizen_registration UNIQUE (registration_number),
    CONSTRAINT ck_citizen_sex CHECK (sex IN ('M', 'F'))
);
CREATE INDEX ix_citizen_cf ON citizen (codice_fiscale);
CREATE INDEX ix_citizen_expiry ON citizen (registration_expires_at);

-- Registration numbers: R + year + counter, drawn from here (not a JPA id).
CREATE SEQUENCE registration_number_seq START WITH 1 INCREMENT BY 1;

-- One-time tokens (email confirmation, ...): only the SHA-256 of the token is stored.
CREATE SEQUENCE account_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE account_token (
    id          NUMBER(19)         NOT NULL,
    account_id  NUMBER(19)         NOT NULL,
    purpose     VARCHAR2(20 CHAR)  NOT NULL,
    token_hash  VARCHAR2(64 CHAR)  NOT NULL,
    created_at  TIMESTAMP          NOT NULL,
    expires_at  TIMESTAMP          NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT pk_account_token PRIMARY KEY (id),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_account_token_account ON account_token (account_id, purpose, created_at);

-- Progressive lock-out per account (columns) and per client address (table).
ALTER TABLE account ADD failed_sign_ins NUMBER(5) DEFAULT 0 NOT NULL;
ALTER TABLE account ADD last_failed_at TIMESTAMP;
ALTER TABLE account ADD locked_until TIMESTAMP;

CREATE TABLE sign_in_throttle (
    client_addr      VARCHAR2(64 CHAR)  NOT NULL,
    failures         NUMBER(5)          DEFAULT 0 NOT NULL,
    last_failed_at   TIMESTAMP,
    locked_until     TIMESTAMP,
    version          NUMBER(10)         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (client_addr)
);

-- In-person identifications at a school (confirmed or refused), kept for audit.
CREATE SEQUENCE identification_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE identification (
    id               NUMBER(19)          NOT NULL,
    account_id       NUMBER(19)          NOT NULL,
    school_code      VARCHAR2(10 CHAR)   NOT NULL,
    operator         VARCHAR2(80 CHAR)   NOT NULL,
    occurred_at      TIMESTAMP           NOT NULL,
    outcome          VARCHAR2(10 CHAR)   NOT NULL,
    document_type    VARCHAR2(30 CHAR),
    document_number  VARCHAR2(40 CHAR),
    document_issuer  VARCHAR2(120 CHAR),
    document_expiry  DATE,
    cf_card_seen     NUMBER(1)           DEFAULT 0 NOT NULL,
    refusal_reason   VARCHAR2(500 CHAR),
    CONSTRAINT pk_identification PRIMARY KEY (id),
    CONSTRAINT fk_identification_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_identification_school FOREIGN KEY (school_code) REFERENCES school (code),
    CONSTRAINT ck_identification_outcome CHECK (outcome IN ('CONFIRMED', 'REFUSED'))
);
CREATE INDEX ix_identification_school ON identification (school_code, occurred_at);
CREATE INDEX ix_identification_account ON identification (account_id);
