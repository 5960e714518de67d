-- H2 only (local runs and tests): write every commit to the database file at once instead of up to
-- 500 ms later, so a process killed hard (kill -9) keeps what it committed, like Oracle does. The
-- campaign job relies on it: a recipient marked SENT must stay SENT after a crash.
SET WRITE_DELAY 0;
