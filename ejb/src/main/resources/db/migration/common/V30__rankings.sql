-- Rankings (graduatorie): cycles, scoring rules as data, legal preference titles, versions of a
-- ranking (candidate -> approved -> published -> superseded / rolled back), entries with their score
-- breakdown, derived school rankings, and the demo lists that are only viewed (GAE, ATA).

-- A ranking cycle: which GPS procedure feeds it. Its rules may change until a first job uses it.
CREATE SEQUENCE rnk_cycle_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE rnk_cycle (
    id                    NUMBER(19)          NOT NULL,
    code                  VARCHAR2(40 CHAR)   NOT NULL,
    title_it              VARCHAR2(200 CHAR)  NOT NULL,
    title_en              VARCHAR2(200 CHAR)  NOT NULL,
    procedure_code        VARCHAR2(40 CHAR)   NOT NULL,
    used_at               TIMESTAMP,
    published_version_id  NUMBER(19),
    version               NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_rnk_cycle PRIMARY KEY (id),
    CONSTRAINT uq_rnk_cycle_code UNIQUE (code)
);

-- Scoring rules of a cycle. kind:
--   QUALIFICATION  points for a declared title of qual_type with grade in [grade_from, grade_to];
--                  max_points caps the total of that qual_type, max_count how many titles of it count
--                  (the best ones first; ACCESS: 1, only the best access title counts)
--   SERVICE_IN     points per month of service in the subject class; max_points = cap per school year
--   SERVICE_OUT    points per month of service in another class; max_points = cap per school year
--   MONTH_DAYS     points = days of service that make a month (16)
--   YEAR_DAYS      points = days of service in a school year that count as the full year (166)
--   TOTAL_MAX      points = cap of the whole score
CREATE SEQUENCE rnk_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE rnk_rule (
    id              NUMBER(19)          NOT NULL,
    cycle_id        NUMBER(19)          NOT NULL,
    code            VARCHAR2(40 CHAR)   NOT NULL,
    kind            VARCHAR2(20)        NOT NULL,
    qual_type       VARCHAR2(20),
    grade_from      NUMBER(5),
    grade_to        NUMBER(5),
    points          NUMBER(8,2)         NOT NULL,
    max_points      NUMBER(8,2),
    max_count       NUMBER(3),
    description_it  VARCHAR2(200 CHAR)  NOT NULL,
    description_en  VARCHAR2(200 CHAR)  NOT NULL,
    version         NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_rnk_rule PRIMARY KEY (id),
    CONSTRAINT uq_rnk_rule_code UNIQUE (cycle_id, code),
    CONSTRAINT fk_rnk_rule_cycle FOREIGN KEY (cycle_id) REFERENCES rnk_cycle (id),
    CONSTRAINT ck_rnk_rule_kind CHECK (kind IN ('QUALIFICATION', 'SERVICE_IN', 'SERVICE_OUT', 'MONTH_DAYS',
        'YEAR_DAYS', 'TOTAL_MAX'))
);

-- Legal preference titles (DPR 487/1994 art. 5 c. 4), in their legal order: a lower rank_order wins a tie.
CREATE TABLE rnk_preference_title (
    code            VARCHAR2(10 CHAR)   NOT NULL,
    rank_order      NUMBER(3)           NOT NULL,
    description_it  VARCHAR2(300 CHAR)  NOT NULL,
    description_en  VARCHAR2(300 CHAR)  NOT NULL,
    CONSTRAINT pk_rnk_preference_title PRIMARY KEY (code),
    CONSTRAINT uq_rnk_preference_order UNIQUE (rank_order)
);

-- One computed ranking of a cycle. state: CANDIDATE (after a dry run), APPROVED (second person),
-- PUBLISHED (the visible one, at most one per cycle), SUPERSEDED, ROLLED_BACK, FAILED.
CREATE SEQUENCE rnk_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE rnk_version (
    id                    NUMBER(19)          NOT NULL,
    cycle_id              NUMBER(19)          NOT NULL,
    state                 VARCHAR2(12)        NOT NULL,
    scope                 VARCHAR2(1000 CHAR) NOT NULL,
    job_instance_id       NUMBER(19),
    run_by                VARCHAR2(80 CHAR)   NOT NULL,
    run_at                TIMESTAMP           NOT NULL,
    computed_at           TIMESTAMP,
    approved_by           VARCHAR2(80 CHAR),
    approved_at           TIMESTAMP,
    published_by          VARCHAR2(80 CHAR),
    published_at          TIMESTAMP,
    previous_version_id   NUMBER(19),
    base_version_id       NUMBER(19),
    entries               NUMBER(10)          DEFAULT 0 NOT NULL,
    diff_entered          NUMBER(10)          DEFAULT 0 NOT NULL,
    diff_left             NUMBER(10)          DEFAULT 0 NOT NULL,
    diff_up               NUMBER(10)          DEFAULT 0 NOT NULL,
    diff_down             NUMBER(10)          DEFAULT 0 NOT NULL,
    diff_score            NUMBER(10)          DEFAULT 0 NOT NULL,
    version               NUMBER(10)          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_rnk_version PRIMARY KEY (id),
    CONSTRAINT fk_rnk_version_cycle FOREIGN KEY (cycle_id) REFERENCES rnk_cycle (id),
    CONSTRAINT ck_rnk_version_state CHECK (state IN ('COMPUTING', 'CANDIDATE', 'APPROVED', 'PUBLISHED',
        'SUPERSEDED', 'ROLLED_BACK', 'FAILED'))
);
CREATE INDEX ix_rnk_version_cycle ON rnk_version (cycle_id, state);
CREATE INDEX ix_rnk_version_instance ON rnk_version (job_instance_id);
ALTER TABLE rnk_cycle ADD CONSTRAINT fk_rnk_cycle_published FOREIGN KEY (published_version_id)
    REFERENCES rnk_version (id);

-- The GPS ranking rows of a version: one per application x province x subject class x band, with the
-- score's breakdown: one line per point earned, 'rule|points|declared title or service that earned it'.
-- The primary key makes a re-written chunk (restart after a crash) replace, never duplicate.
CREATE TABLE rnk_entry (
    version_id      NUMBER(19)          NOT NULL,
    province_code   VARCHAR2(3 CHAR)    NOT NULL,
    subject_class   VARCHAR2(10 CHAR)   NOT NULL,
    band            NUMBER(1)           NOT NULL,
    submission_id   NUMBER(19)          NOT NULL,
    account_id      NUMBER(19)          NOT NULL,
    score           NUMBER(8,2)         NOT NULL,
    pref_rank       NUMBER(3)           NOT NULL,
    children        NUMBER(2)           NOT NULL,
    birth_date      DATE                NOT NULL,
    position        NUMBER(10),
    breakdown       VARCHAR2(4000 CHAR),
    CONSTRAINT pk_rnk_entry PRIMARY KEY (version_id, province_code, subject_class, band, submission_id)
);
CREATE INDEX ix_rnk_entry_account ON rnk_entry (account_id, version_id);

-- School rankings (graduatorie di istituto) derived from the GPS positions and the schools chosen.
CREATE TABLE rnk_school_entry (
    version_id      NUMBER(19)          NOT NULL,
    school_code     VARCHAR2(10 CHAR)   NOT NULL,
    subject_class   VARCHAR2(10 CHAR)   NOT NULL,
    band            NUMBER(1)           NOT NULL,
    submission_id   NUMBER(19)          NOT NULL,
    account_id      NUMBER(19)          NOT NULL,
    score           NUMBER(8,2)         NOT NULL,
    position        NUMBER(10)          NOT NULL,
    CONSTRAINT pk_rnk_school_entry PRIMARY KEY (version_id, school_code, subject_class, band, submission_id)
);
CREATE INDEX ix_rnk_school_entry_school ON rnk_school_entry (version_id, school_code, subject_class, band, position);
CREATE INDEX ix_rnk_school_entry_account ON rnk_school_entry (account_id, version_id);

-- Items a job could not score (bad data), recorded by the skip listener.
CREATE SEQUENCE rnk_skipped_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE rnk_skipped (
    id              NUMBER(19)          NOT NULL,
    version_id      NUMBER(19)          NOT NULL,
    submission_id   NUMBER(19),
    reason          VARCHAR2(400 CHAR)  NOT NULL,
    CONSTRAINT pk_rnk_skipped PRIMARY KEY (id)
);
CREATE INDEX ix_rnk_skipped_version ON rnk_skipped (version_id);

-- What changed between a version and the published one it was computed against.
-- change_kind: ENTERED, LEFT, UP, DOWN, SCORE (score changed, same position).
CREATE TABLE rnk_diff (
    version_id      NUMBER(19)          NOT NULL,
    province_code   VARCHAR2(3 CHAR)    NOT NULL,
    subject_class   VARCHAR2(10 CHAR)   NOT NULL,
    band            NUMBER(1)           NOT NULL,
    submission_id   NUMBER(19)          NOT NULL,
    change_kind     VARCHAR2(8)         NOT NULL,
    old_position    NUMBER(10),
    new_position    NUMBER(10),
    old_score       NUMBER(8,2),
    new_score       NUMBER(8,2),
    CONSTRAINT pk_rnk_diff PRIMARY KEY (version_id, province_code, subject_class, band, submission_id)
);

-- Lists that are only viewed here (GAE, ATA 24-month lists, ATA school lists), loaded from elsewhere.
CREATE TABLE rnk_list_position (
    list_kind       VARCHAR2(12)        NOT NULL,
    codice_fiscale  VARCHAR2(16 CHAR)   NOT NULL,
    province_code   VARCHAR2(3 CHAR)    NOT NULL,
    list_code       VARCHAR2(10 CHAR)   NOT NULL,
    school_code     VARCHAR2(10 CHAR),
    band            NUMBER(1),
    score           NUMBER(8,2)         NOT NULL,
    position        NUMBER(10)          NOT NULL,
    inserted_on     DATE,
    school_year     VARCHAR2(9 CHAR)    NOT NULL,
    CONSTRAINT ck_rnk_list_kind CHECK (list_kind IN ('GAE', 'ATA_24', 'ATA_SCHOOL'))
);
CREATE INDEX ix_rnk_list_position_cf ON rnk_list_position (codice_fiscale);
