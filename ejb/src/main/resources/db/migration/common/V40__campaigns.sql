-- Email campaigns: the campaign (segment, templates in Italian and English, throttle, state), its frozen
-- audience with one state row per recipient (what makes a restart after a crash send nothing twice),
-- the opt-outs of informational campaigns and the bounces read from the bounce mailbox.

CREATE SEQUENCE campaign_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE campaign (
    id                NUMBER(19)           NOT NULL,
    name              VARCHAR2(200 CHAR)   NOT NULL,
    kind              VARCHAR2(16)         NOT NULL,
    segment           VARCHAR2(20)         NOT NULL,
    seg_province      VARCHAR2(2 CHAR),
    seg_role          VARCHAR2(10 CHAR),
    seg_procedure_id  NUMBER(19),
    seg_hours         NUMBER(5),
    subject_it        VARCHAR2(300 CHAR)   NOT NULL,
    body_it           CLOB                 NOT NULL,
    subject_en        VARCHAR2(300 CHAR)   NOT NULL,
    body_en           CLOB                 NOT NULL,
    sms_text          VARCHAR2(320 CHAR),
    rate_per_second   NUMBER(7)            NOT NULL,
    error_threshold   NUMBER(3)            NOT NULL,
    state             VARCHAR2(12)         NOT NULL,
    control           VARCHAR2(12),
    pause_reason      VARCHAR2(300 CHAR),
    scheduled_at      TIMESTAMP,
    audience          NUMBER(10),
    execution_id      NUMBER(19),
    -- set by the running job at every look at the console's wishes (4 a second at most); NULL once it ended
    heartbeat_at      TIMESTAMP,
    created_by        VARCHAR2(80 CHAR)    NOT NULL,
    created_at        TIMESTAMP            NOT NULL,
    updated_at        TIMESTAMP            NOT NULL,
    started_at        TIMESTAMP,
    finished_at       TIMESTAMP,
    version           NUMBER(10)           DEFAULT 0 NOT NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT fk_campaign_procedure FOREIGN KEY (seg_procedure_id) REFERENCES app_procedure (id),
    CONSTRAINT ck_campaign_kind CHECK (kind IN ('SERVICE', 'INFORMATIONAL')),
    CONSTRAINT ck_campaign_segment CHECK (segment IN ('ALL_ACTIVE', 'PROVINCE', 'ROLE', 'APPLICANTS',
                                                      'DRAFTS_CLOSING', 'UNVERIFIED_EMAIL')),
    CONSTRAINT ck_campaign_state CHECK (state IN ('DRAFT', 'SCHEDULED', 'RUNNING', 'PAUSED', 'COMPLETED',
                                                  'CANCELLED')),
    CONSTRAINT ck_campaign_control CHECK (control IN ('PAUSE', 'CANCEL')),
    CONSTRAINT ck_campaign_rate CHECK (rate_per_second > 0),
    CONSTRAINT ck_campaign_threshold CHECK (error_threshold BETWEEN 1 AND 100)
);
CREATE INDEX ix_campaign_procedure ON campaign (seg_procedure_id);
CREATE INDEX ix_campaign_due ON campaign (state, scheduled_at);

-- The audience frozen when the campaign starts: one row per recipient, PENDING until SENT (marked right
-- after the SMTP server accepted the message, committed on its own), FAILED, BOUNCED or CANCELLED.
-- procedure_id / application_id: the procedure and draft the message is about (application segments).
CREATE TABLE campaign_recipient (
    campaign_id     NUMBER(19)          NOT NULL,
    account_id      NUMBER(19)          NOT NULL,
    email           VARCHAR2(254 CHAR)  NOT NULL,
    locale          VARCHAR2(5)         NOT NULL,
    procedure_id    NUMBER(19),
    application_id  NUMBER(19),
    state           VARCHAR2(10)        NOT NULL,
    attempts        NUMBER(5)           DEFAULT 0 NOT NULL,
    soft_bounces    NUMBER(5)           DEFAULT 0 NOT NULL,
    sent_at         TIMESTAMP,
    last_error      VARCHAR2(500 CHAR),
    CONSTRAINT pk_campaign_recipient PRIMARY KEY (campaign_id, account_id),
    CONSTRAINT fk_campaign_recipient_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT ck_campaign_recipient_state CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'BOUNCED', 'CANCELLED'))
);
-- The job's reader (PENDING rows in account order) and the statistics (counts per state).
CREATE INDEX ix_campaign_recipient_state ON campaign_recipient (campaign_id, state, account_id);
CREATE INDEX ix_campaign_recipient_sent ON campaign_recipient (campaign_id, sent_at);
CREATE INDEX ix_campaign_recipient_account ON campaign_recipient (account_id);

-- Opt-outs from informational campaigns (service messages are always sent); campaign_id = the
-- campaign whose link was used.
CREATE TABLE campaign_optout (
    account_id   NUMBER(19)   NOT NULL,
    campaign_id  NUMBER(19),
    opted_out_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_campaign_optout PRIMARY KEY (account_id),
    CONSTRAINT fk_campaign_optout_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_campaign_optout_campaign ON campaign_optout (campaign_id);

-- Delivery status notifications read from the bounce mailbox (kept for the statistics and support).
CREATE SEQUENCE campaign_bounce_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE campaign_bounce (
    id           NUMBER(19)          NOT NULL,
    received_at  TIMESTAMP           NOT NULL,
    campaign_id  NUMBER(19),
    account_id   NUMBER(19),
    email        VARCHAR2(254 CHAR),
    status       VARCHAR2(12 CHAR)   NOT NULL,
    hard         NUMBER(1)           NOT NULL,
    diagnostic   VARCHAR2(500 CHAR),
    CONSTRAINT pk_campaign_bounce PRIMARY KEY (id)
);
CREATE INDEX ix_campaign_bounce_campaign ON campaign_bounce (campaign_id, account_id);
