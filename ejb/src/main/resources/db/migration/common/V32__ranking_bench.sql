-- Where the ranking benchmark's single-statement baseline (INSERT ... SELECT ... RANK() OVER) writes, to
-- be compared row by row with the job's version. Holds benchmark rows only; empty elsewhere.
CREATE TABLE rnk_bench_result (
    province_code   VARCHAR2(3 CHAR)    NOT NULL,
    subject_class   VARCHAR2(10 CHAR)   NOT NULL,
    band            NUMBER(1)           NOT NULL,
    submission_id   NUMBER(19)          NOT NULL,
    score           NUMBER(8,2)         NOT NULL,
    position        NUMBER(10)          NOT NULL,
    CONSTRAINT pk_rnk_bench_result PRIMARY KEY (province_code, subject_class, band, submission_id)
);
