-- Contact data (dati di recapito): email addresses per account, postal address and mobile phone;
-- SMS information service (topics, opt-ins, phone verification) and the SMS outbox/log.

-- Email addresses of an account. The primary one is also account.email (what every service mails).
-- A new address is PENDING until its confirmation link is used; BOUNCED = was verified, mail came back.
CREATE SEQUENCE contact_email_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE contact_email (
    id                 NUMBER(19)          NOT NULL,
    account_id         NUMBER(19)          NOT NULL,
    address            VARCHAR2(254 CHAR)  NOT NULL,
    address_lc         VARCHAR2(254 CHAR)  NOT NULL,
    is_primary         NUMBER(1)           DEFAULT 0 NOT NULL,
    status             VARCHAR2(10 CHAR)   NOT NULL,
    promote_on_confirm NUMBER(1)           DEFAULT 0 NOT NULL,
    created_at         TIMESTAMP           NOT NULL,
    verified_at        TIMESTAMP,
    bounced_at         TIMESTAMP,
    bounce_reason      VARCHAR2(500 CHAR),
    version            NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_contact_email PRIMARY KEY (id),
    CONSTRAINT fk_contact_email_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_contact_email_account UNIQUE (account_id, address_lc),
    CONSTRAINT ck_contact_email_status CHECK (status IN ('PENDING', 'VERIFIED', 'BOUNCED'))
);
CREATE INDEX ix_contact_email_address ON contact_email (address_lc);

-- Confirmation links of new addresses: only the SHA-256 of the token is stored; single use; expiring.
CREATE SEQUENCE contact_email_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE contact_email_token (
    id          NUMBER(19)         NOT NULL,
    email_id    NUMBER(19)         NOT NULL,
    account_id  NUMBER(19)         NOT NULL,
    token_hash  VARCHAR2(64 CHAR)  NOT NULL,
    created_at  TIMESTAMP          NOT NULL,
    expires_at  TIMESTAMP          NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT pk_contact_email_token PRIMARY KEY (id),
    CONSTRAINT fk_contact_token_email FOREIGN KEY (email_id) REFERENCES contact_email (id),
    CONSTRAINT uq_contact_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_contact_token_email ON contact_email_token (email_id);
CREATE INDEX ix_contact_token_account ON contact_email_token (account_id, created_at);

-- Every existing account's email becomes its verified primary address.
INSERT INTO contact_email (id, account_id, address, address_lc, is_primary, status, promote_on_confirm,
                           created_at, verified_at, version)
SELECT contact_email_seq.NEXTVAL, a.id, a.email, LOWER(a.email), 1, 'VERIFIED', 0, a.created_at, a.created_at, 0
FROM account a WHERE a.email IS NOT NULL;

-- Postal address and mobile phone (one row per account, created on first save).
CREATE TABLE contact_details (
    account_id         NUMBER(19)          NOT NULL,
    mobile_phone       VARCHAR2(20 CHAR),
    phone_verified_at  TIMESTAMP,
    street             VARCHAR2(200 CHAR),
    postcode           VARCHAR2(12 CHAR),
    comune             VARCHAR2(120 CHAR),
    province           VARCHAR2(40 CHAR),
    country            VARCHAR2(80 CHAR),
    updated_at         TIMESTAMP           NOT NULL,
    version            NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_contact_details PRIMARY KEY (account_id),
    CONSTRAINT fk_contact_details_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- One-time code that verifies the mobile phone (hashed like every secret; expiring; few attempts).
CREATE TABLE phone_check (
    account_id      NUMBER(19)          NOT NULL,
    phone           VARCHAR2(20 CHAR)   NOT NULL,
    code_hash       VARCHAR2(255 CHAR),
    expires_at      TIMESTAMP,
    attempts        NUMBER(5)           DEFAULT 0 NOT NULL,
    last_sent_at    TIMESTAMP           NOT NULL,
    window_start    TIMESTAMP           NOT NULL,
    sends_in_window NUMBER(5)           DEFAULT 0 NOT NULL,
    version         NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_phone_check PRIMARY KEY (account_id),
    CONSTRAINT fk_phone_check_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- SMS information topics (reference data) and the opt-ins of each account.
CREATE TABLE sms_topic (
    code        VARCHAR2(30 CHAR)   NOT NULL,
    label_it    VARCHAR2(200 CHAR)  NOT NULL,
    label_en    VARCHAR2(200 CHAR)  NOT NULL,
    sort_order  NUMBER(5)           NOT NULL,
    CONSTRAINT pk_sms_topic PRIMARY KEY (code)
);
INSERT INTO sms_topic (code, label_it, label_en, sort_order)
VALUES ('DEADLINES', 'Scadenze per la presentazione delle istanze', 'Application deadlines', 10);
INSERT INTO sms_topic (code, label_it, label_en, sort_order)
VALUES ('RANKINGS', 'Pubblicazione delle graduatorie', 'Rankings published', 20);
INSERT INTO sms_topic (code, label_it, label_en, sort_order)
VALUES ('ASSISTANCE', 'Risposte alle richieste di assistenza', 'Answers to assistance requests', 30);

CREATE TABLE sms_subscription (
    account_id     NUMBER(19)         NOT NULL,
    topic_code     VARCHAR2(30 CHAR)  NOT NULL,
    subscribed_at  TIMESTAMP          NOT NULL,
    CONSTRAINT pk_sms_subscription PRIMARY KEY (account_id, topic_code),
    CONSTRAINT fk_sms_subscription_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_sms_subscription_topic FOREIGN KEY (topic_code) REFERENCES sms_topic (code)
);
CREATE INDEX ix_sms_subscription_topic ON sms_subscription (topic_code);

-- Every SMS the portal sends: an outbox (queued in the business transaction, delivered by
-- SmsDelivery with retries and a lease like mail_outbox) and the log of what was sent.
CREATE SEQUENCE sms_log_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sms_log (
    id               NUMBER(19)          NOT NULL,
    created_at       TIMESTAMP           NOT NULL,
    account_id       NUMBER(19),
    recipient        VARCHAR2(20 CHAR)   NOT NULL,
    body             VARCHAR2(640 CHAR)  NOT NULL,
    reference        VARCHAR2(80 CHAR)   NOT NULL,
    sensitive        NUMBER(1)           DEFAULT 0 NOT NULL,
    state            VARCHAR2(10 CHAR)   NOT NULL,
    attempts         NUMBER(5)           DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP           NOT NULL,
    claim_token      VARCHAR2(64 CHAR),
    last_error       VARCHAR2(500 CHAR),
    sent_at          TIMESTAMP,
    version          NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_sms_log PRIMARY KEY (id),
    CONSTRAINT uq_sms_log_reference UNIQUE (reference),
    CONSTRAINT ck_sms_log_state CHECK (state IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_sms_log_due ON sms_log (state, next_attempt_at);
CREATE INDEX ix_sms_log_recipient ON sms_log (recipient, created_at);
