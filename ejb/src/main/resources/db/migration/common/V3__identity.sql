-- Accounts of every kind (citizen, school secretariat, ministry operator) and their roles.
-- Secrets are stored only as slow salted hashes (PHC strings).
CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
    id             NUMBER(19)     NOT NULL,
    username       VARCHAR2(80 CHAR)   NOT NULL,
    password_hash  VARCHAR2(255),
    kind           VARCHAR2(16)   NOT NULL,
    state          VARCHAR2(20)   NOT NULL,
    display_name   VARCHAR2(200 CHAR)  NOT NULL,
    email          VARCHAR2(254 CHAR),
    school_code    VARCHAR2(10),
    locale         VARCHAR2(5)    DEFAULT 'it' NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    version        NUMBER(10)     DEFAULT 0 NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_school FOREIGN KEY (school_code) REFERENCES school (code),
    CONSTRAINT ck_account_kind CHECK (kind IN ('CITIZEN', 'SECRETARIAT', 'OPERATOR'))
);

-- Oracle locks the child table on parent key changes unless the foreign key is indexed.
CREATE INDEX ix_account_school ON account (school_code);

CREATE TABLE account_role (
    account_id  NUMBER(19)    NOT NULL,
    role        VARCHAR2(40)  NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);
