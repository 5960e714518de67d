-- Assistance requests filed by a school secretariat for a person, answered by the ministry help desk.

-- Human request numbers: AST-<year>-<counter>, drawn from here (not a JPA id).
CREATE SEQUENCE assistance_number_seq START WITH 1 INCREMENT BY 1;

CREATE SEQUENCE assistance_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE assistance_request (
    id                   NUMBER(19)           NOT NULL,
    request_number       VARCHAR2(20 CHAR)    NOT NULL,
    kind                 VARCHAR2(40 CHAR)    NOT NULL,
    state                VARCHAR2(10 CHAR)    NOT NULL,
    school_code          VARCHAR2(10 CHAR)    NOT NULL,
    filed_by             VARCHAR2(80 CHAR)    NOT NULL,
    school_email         VARCHAR2(254 CHAR),
    codice_fiscale       VARCHAR2(16 CHAR)    NOT NULL,
    given_name           VARCHAR2(100 CHAR),
    family_name          VARCHAR2(100 CHAR),
    birth_date           DATE,
    service_school_code  VARCHAR2(10 CHAR),
    reply_email          VARCHAR2(254 CHAR)   NOT NULL,
    description          VARCHAR2(2000 CHAR)  NOT NULL,
    locale               VARCHAR2(5 CHAR)     DEFAULT 'it' NOT NULL,
    submission_key       VARCHAR2(64 CHAR)    NOT NULL,
    created_at           TIMESTAMP            NOT NULL,
    assigned_to          VARCHAR2(80 CHAR),
    taken_at             TIMESTAMP,
    answer               VARCHAR2(4000 CHAR),
    answered_by          VARCHAR2(80 CHAR),
    answered_at          TIMESTAMP,
    closed_at            TIMESTAMP,
    version              NUMBER(10)           DEFAULT 0 NOT NULL,
    CONSTRAINT pk_assistance_request PRIMARY KEY (id),
    CONSTRAINT uq_assistance_number UNIQUE (request_number),
    CONSTRAINT uq_assistance_submission UNIQUE (submission_key),
    CONSTRAINT fk_assistance_school FOREIGN KEY (school_code) REFERENCES school (code),
    CONSTRAINT ck_assistance_kind CHECK (kind IN ('PASSWORD_NO_SECURITY_QUESTION', 'FORGOTTEN_USERNAME', 'OTHER')),
    CONSTRAINT ck_assistance_state CHECK (state IN ('NEW', 'TAKEN', 'ANSWERED', 'CLOSED'))
);
CREATE INDEX ix_assistance_school ON assistance_request (school_code, created_at);
CREATE INDEX ix_assistance_state ON assistance_request (state, created_at);
CREATE INDEX ix_assistance_cf ON assistance_request (codice_fiscale);

-- What happened to a request, shown on the help desk's detail page.
CREATE SEQUENCE assistance_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE assistance_event (
    id           NUMBER(19)           NOT NULL,
    request_id   NUMBER(19)           NOT NULL,
    occurred_at  TIMESTAMP            NOT NULL,
    actor        VARCHAR2(80 CHAR)    NOT NULL,
    action       VARCHAR2(40 CHAR)    NOT NULL,
    detail       VARCHAR2(1000 CHAR),
    CONSTRAINT pk_assistance_event PRIMARY KEY (id),
    CONSTRAINT fk_assistance_event_request FOREIGN KEY (request_id) REFERENCES assistance_request (id)
);
CREATE INDEX ix_assistance_event_request ON assistance_event (request_id, occurred_at);
