-- GPS insertion/update: what each submitted GPS application declares, as rows the rankings can read
-- (the form itself stays in app_submission.data, the content the receipt hashes).

CREATE TABLE gps_application (
    submission_id   NUMBER(19)          NOT NULL,
    profile         VARCHAR2(10)        NOT NULL,
    province_code   VARCHAR2(3 CHAR)    NOT NULL,
    CONSTRAINT pk_gps_application PRIMARY KEY (submission_id),
    CONSTRAINT fk_gps_application_submission FOREIGN KEY (submission_id) REFERENCES app_submission (id)
);

CREATE TABLE gps_class (
    submission_id   NUMBER(19)          NOT NULL,
    pos        NUMBER(3)           NOT NULL,
    subject_class   VARCHAR2(10 CHAR)   NOT NULL,
    band            NUMBER(1)           NOT NULL,
    CONSTRAINT pk_gps_class PRIMARY KEY (submission_id, pos),
    CONSTRAINT fk_gps_class_application FOREIGN KEY (submission_id) REFERENCES gps_application (submission_id)
);
CREATE INDEX ix_gps_class_subject ON gps_class (subject_class, band);

CREATE TABLE gps_qualification (
    submission_id   NUMBER(19)          NOT NULL,
    pos        NUMBER(3)           NOT NULL,
    title           VARCHAR2(200 CHAR)  NOT NULL,
    grade           NUMBER(3)           NOT NULL,
    obtained_on     DATE                NOT NULL,
    institution     VARCHAR2(200 CHAR)  NOT NULL,
    CONSTRAINT pk_gps_qualification PRIMARY KEY (submission_id, pos),
    CONSTRAINT fk_gps_qualification_application FOREIGN KEY (submission_id) REFERENCES gps_application (submission_id)
);

CREATE TABLE gps_service (
    submission_id   NUMBER(19)          NOT NULL,
    pos        NUMBER(3)           NOT NULL,
    school_code     VARCHAR2(10 CHAR)   NOT NULL,
    from_date       DATE                NOT NULL,
    to_date         DATE                NOT NULL,
    subject_class   VARCHAR2(10 CHAR)   NOT NULL,
    CONSTRAINT pk_gps_service PRIMARY KEY (submission_id, pos),
    CONSTRAINT fk_gps_service_application FOREIGN KEY (submission_id) REFERENCES gps_application (submission_id),
    CONSTRAINT ck_gps_service_dates CHECK (from_date <= to_date)
);

CREATE TABLE gps_school_choice (
    submission_id   NUMBER(19)          NOT NULL,
    pos        NUMBER(3)           NOT NULL,
    school_code     VARCHAR2(10 CHAR)   NOT NULL,
    CONSTRAINT pk_gps_school_choice PRIMARY KEY (submission_id, pos),
    CONSTRAINT uq_gps_school_choice UNIQUE (submission_id, school_code),
    CONSTRAINT fk_gps_school_choice_application FOREIGN KEY (submission_id) REFERENCES gps_application (submission_id)
);
