-- Text columns count characters (n CHAR): Oracle would count bytes, and accented letters take two.
-- Audit trail: every state-changing action writes one row (who, what, on what, when, from where).
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_event (
    id           NUMBER(19)     NOT NULL,
    occurred_at  TIMESTAMP      NOT NULL,
    actor        VARCHAR2(80 CHAR)   NOT NULL,
    action       VARCHAR2(80)   NOT NULL,
    target_type  VARCHAR2(40),
    target_id    VARCHAR2(80 CHAR),
    detail       VARCHAR2(1000 CHAR),
    client_addr  VARCHAR2(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);

-- Sequences start at their allocation size: EclipseLink reads NEXTVAL as the top of a 50-id block.
