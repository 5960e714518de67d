-- Birth places: Italian comuni, current and former (people were born there), and foreign
-- countries, keyed by the Belfiore (cadastral) code that the codice fiscale carries.
-- The rows and the missing provinces are loaded by V6_1__load_places (Java) from
-- db/data/places/*.csv; source and snapshot date in db/data/places/SOURCE.md.

-- Former provinces (Fiume, Pola, Zara) get an end date; current ones keep NULL.
ALTER TABLE province ADD valid_to DATE;

CREATE TABLE place (
    code           VARCHAR2(4 CHAR)    NOT NULL,
    kind           VARCHAR2(8 CHAR)    NOT NULL,
    name           VARCHAR2(120 CHAR)  NOT NULL,
    -- name upper-cased without accents or punctuation, for the autocomplete prefix search
    search_name    VARCHAR2(120 CHAR)  NOT NULL,
    province_code  VARCHAR2(2),
    valid_from     DATE,
    valid_to       DATE,
    CONSTRAINT pk_place PRIMARY KEY (code),
    CONSTRAINT fk_place_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT ck_place_kind CHECK (kind IN ('COMUNE', 'COUNTRY')),
    CONSTRAINT ck_place_province CHECK ((kind = 'COMUNE' AND province_code IS NOT NULL)
                                        OR (kind = 'COUNTRY' AND province_code IS NULL))
);
CREATE INDEX ix_place_province ON place (province_code, name);
CREATE INDEX ix_place_kind ON place (kind, search_name);
CREATE INDEX ix_place_search ON place (search_name);
