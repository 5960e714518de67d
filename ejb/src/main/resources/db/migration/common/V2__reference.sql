-- Reference data that every environment needs: regions and provinces (ISTAT codes, sigla).
CREATE TABLE region (
    code  VARCHAR2(2)   NOT NULL,
    name  VARCHAR2(60 CHAR)  NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (code)
);

CREATE TABLE province (
    code         VARCHAR2(2)   NOT NULL,
    name         VARCHAR2(60 CHAR)  NOT NULL,
    region_code  VARCHAR2(2)   NOT NULL,
    CONSTRAINT pk_province PRIMARY KEY (code),
    CONSTRAINT fk_province_region FOREIGN KEY (region_code) REFERENCES region (code)
);

-- Schools (istituzioni scolastiche statali), keyed by codice meccanografico.
CREATE TABLE school (
    code           VARCHAR2(10)   NOT NULL,
    name           VARCHAR2(200 CHAR)  NOT NULL,
    school_type    VARCHAR2(2)    NOT NULL,
    comune         VARCHAR2(80 CHAR)   NOT NULL,
    province_code  VARCHAR2(2)    NOT NULL,
    distretto      VARCHAR2(6),
    email          VARCHAR2(120 CHAR)  NOT NULL,
    CONSTRAINT pk_school PRIMARY KEY (code),
    CONSTRAINT fk_school_province FOREIGN KEY (province_code) REFERENCES province (code)
);
CREATE INDEX ix_school_province ON school (province_code);

-- Subject classes (classi di concorso) and ATA profiles share one table, told apart by kind.
CREATE TABLE subject_class (
    code         VARCHAR2(6)    NOT NULL,
    kind         VARCHAR2(8)    NOT NULL,
    description  VARCHAR2(200 CHAR)  NOT NULL,
    CONSTRAINT pk_subject_class PRIMARY KEY (code)
);

INSERT INTO region (code, name) VALUES ('01', 'Piemonte');
INSERT INTO region (code, name) VALUES ('02', 'Valle d''Aosta');
INSERT INTO region (code, name) VALUES ('03', 'Lombardia');
INSERT INTO region (code, name) VALUES ('04', 'Trentino-Alto Adige');
INSERT INTO region (code, name) VALUES ('05', 'Veneto');
INSERT INTO region (code, name) VALUES ('06', 'Friuli-Venezia Giulia');
INSERT INTO region (code, name) VALUES ('07', 'Liguria');
INSERT INTO region (code, name) VALUES ('08', 'Emilia-Romagna');
INSERT INTO region (code, name) VALUES ('09', 'Toscana');
INSERT INTO region (code, name) VALUES ('10', 'Umbria');
INSERT INTO region (code, name) VALUES ('11', 'Marche');
INSERT INTO region (code, name) VALUES ('12', 'Lazio');
INSERT INTO region (code, name) VALUES ('13', 'Abruzzo');
INSERT INTO region (code, name) VALUES ('14', 'Molise');
INSERT INTO region (code, name) VALUES ('15', 'Campania');
INSERT INTO region (code, name) VALUES ('16', 'Puglia');
INSERT INTO region (code, name) VALUES ('17', 'Basilicata');
INSERT INTO region (code, name) VALUES ('18', 'Calabria');
INSERT INTO region (code, name) VALUES ('19', 'Sicilia');
INSERT INTO region (code, name) VALUES ('20', 'Sardegna');

INSERT INTO province (code, name, region_code) VALUES ('TO', 'Torino', '01');
INSERT INTO province (code, name, region_code) VALUES ('MI', 'Milano', '03');
INSERT INTO province (code, name, region_code) VALUES ('VE', 'Venezia', '05');
INSERT INTO province (code, name, region_code) VALUES ('BO', 'Bologna', '08');
INSERT INTO province (code, name, region_code) VALUES ('FI', 'Firenze', '09');
INSERT INTO province (code, name, region_code) VALUES ('RM', 'Roma', '12');
INSERT INTO province (code, name, region_code) VALUES ('NA', 'Napoli', '15');
INSERT INTO province (code, name, region_code) VALUES ('BA', 'Bari', '16');
INSERT INTO province (code, name, region_code) VALUES ('PA', 'Palermo', '19');
INSERT INTO province (code, name, region_code) VALUES ('CA', 'Cagliari', '20');

INSERT INTO subject_class (code, kind, description) VALUES ('A022', 'TEACHER', 'Italiano, storia, geografia nella scuola secondaria di I grado');
INSERT INTO subject_class (code, kind, description) VALUES ('A028', 'TEACHER', 'Matematica e scienze');
INSERT INTO subject_class (code, kind, description) VALUES ('ADMM', 'TEACHER', 'Sostegno nella scuola secondaria di I grado');
INSERT INTO subject_class (code, kind, description) VALUES ('ADSS', 'TEACHER', 'Sostegno nella scuola secondaria di II grado');
INSERT INTO subject_class (code, kind, description) VALUES ('EEEE', 'TEACHER', 'Posto comune scuola primaria');
INSERT INTO subject_class (code, kind, description) VALUES ('AAAA', 'TEACHER', 'Posto comune scuola dell''infanzia');
INSERT INTO subject_class (code, kind, description) VALUES ('B015', 'TEACHER', 'Laboratori di scienze e tecnologie elettriche ed elettroniche');
INSERT INTO subject_class (code, kind, description) VALUES ('AA', 'ATA', 'Assistente amministrativo');
INSERT INTO subject_class (code, kind, description) VALUES ('AT', 'ATA', 'Assistente tecnico');
INSERT INTO subject_class (code, kind, description) VALUES ('CS', 'ATA', 'Collaboratore scolastico');
