-- What scoring needs beyond the GPS form of V21: the type of each declared title, the number of
-- children and the legal preference titles declared; then the first cycle with its rules as data.

ALTER TABLE gps_application ADD children NUMBER(2) DEFAULT 0 NOT NULL;
ALTER TABLE gps_qualification ADD qual_type VARCHAR2(20) DEFAULT 'ACCESS' NOT NULL;

CREATE TABLE gps_preference (
    submission_id   NUMBER(19)          NOT NULL,
    title_code      VARCHAR2(10 CHAR)   NOT NULL,
    CONSTRAINT pk_gps_preference PRIMARY KEY (submission_id, title_code),
    CONSTRAINT fk_gps_preference_application FOREIGN KEY (submission_id) REFERENCES gps_application (submission_id)
);

INSERT INTO rnk_preference_title VALUES ('P01', 1, 'Insigniti di medaglia al valor militare', 'Awarded the military valour medal');
INSERT INTO rnk_preference_title VALUES ('P02', 2, 'Mutilati e invalidi di guerra ex combattenti', 'War-disabled former combatants');
INSERT INTO rnk_preference_title VALUES ('P03', 3, 'Mutilati e invalidi per fatto di guerra', 'Disabled by acts of war');
INSERT INTO rnk_preference_title VALUES ('P04', 4, 'Mutilati e invalidi per servizio nel settore pubblico e privato', 'Disabled in service, public or private sector');
INSERT INTO rnk_preference_title VALUES ('P05', 5, 'Orfani di guerra', 'War orphans');
INSERT INTO rnk_preference_title VALUES ('P06', 6, 'Orfani dei caduti per fatto di guerra', 'Orphans of those fallen by acts of war');
INSERT INTO rnk_preference_title VALUES ('P07', 7, 'Orfani dei caduti per servizio nel settore pubblico e privato', 'Orphans of those fallen in service');
INSERT INTO rnk_preference_title VALUES ('P08', 8, 'Feriti in combattimento', 'Wounded in combat');
INSERT INTO rnk_preference_title VALUES ('P09', 9, 'Insigniti di croce di guerra o di altra attestazione speciale di merito di guerra, capi di famiglia numerosa', 'Awarded the war cross or another special war merit, heads of large families');
INSERT INTO rnk_preference_title VALUES ('P10', 10, 'Figli dei mutilati e degli invalidi di guerra ex combattenti', 'Children of war-disabled former combatants');
INSERT INTO rnk_preference_title VALUES ('P11', 11, 'Figli dei mutilati e degli invalidi per fatto di guerra', 'Children of those disabled by acts of war');
INSERT INTO rnk_preference_title VALUES ('P12', 12, 'Figli dei mutilati e degli invalidi per servizio nel settore pubblico e privato', 'Children of those disabled in service');
INSERT INTO rnk_preference_title VALUES ('P13', 13, 'Genitori vedovi non risposati, coniugi non risposati, sorelle e fratelli vedovi o non sposati dei caduti di guerra', 'Widowed parents, spouses and unmarried siblings of the war fallen');
INSERT INTO rnk_preference_title VALUES ('P14', 14, 'Genitori vedovi non risposati, coniugi non risposati, sorelle e fratelli vedovi o non sposati dei caduti per fatto di guerra', 'Widowed parents, spouses and unmarried siblings of those fallen by acts of war');
INSERT INTO rnk_preference_title VALUES ('P15', 15, 'Genitori vedovi non risposati, coniugi non risposati, sorelle e fratelli vedovi o non sposati dei caduti per servizio', 'Widowed parents, spouses and unmarried siblings of those fallen in service');
INSERT INTO rnk_preference_title VALUES ('P16', 16, 'Coloro che abbiano prestato servizio militare come combattenti', 'Those who served in the military as combatants');
INSERT INTO rnk_preference_title VALUES ('P17', 17, 'Coloro che abbiano prestato lodevole servizio per non meno di un anno nell''amministrazione che ha indetto il concorso', 'Those with at least one year of commendable service in the administration');
INSERT INTO rnk_preference_title VALUES ('P18', 18, 'Coniugati e non coniugati con riguardo al numero dei figli a carico', 'Married or not, by number of dependent children');
INSERT INTO rnk_preference_title VALUES ('P19', 19, 'Invalidi e mutilati civili', 'Civilian disabled');
INSERT INTO rnk_preference_title VALUES ('P20', 20, 'Militari volontari delle Forze armate congedati senza demerito al termine della ferma o rafferma', 'Armed forces volunteers discharged without demerit');

-- The GPS cycle 2027/29 and its rules (simplified from the ministry's tables). A procedure admin may
-- change them until the cycle's first job runs.
INSERT INTO rnk_cycle (id, code, title_it, title_en, procedure_code, version)
    VALUES (1, 'GPS-2027-29', 'GPS 2027/29', 'GPS 2027/29', 'DEMO-GPS-2027', 0);

INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (1, 1, 'ACC-66', 'QUALIFICATION', 'ACCESS', 66, 79, 12, 20, 1, 'Titolo di accesso, voto da 66 a 79', 'Access title, grade 66 to 79');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (2, 1, 'ACC-80', 'QUALIFICATION', 'ACCESS', 80, 89, 14, 20, 1, 'Titolo di accesso, voto da 80 a 89', 'Access title, grade 80 to 89');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (3, 1, 'ACC-90', 'QUALIFICATION', 'ACCESS', 90, 99, 16, 20, 1, 'Titolo di accesso, voto da 90 a 99', 'Access title, grade 90 to 99');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (4, 1, 'ACC-100', 'QUALIFICATION', 'ACCESS', 100, 105, 18, 20, 1, 'Titolo di accesso, voto da 100 a 105', 'Access title, grade 100 to 105');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (5, 1, 'ACC-106', 'QUALIFICATION', 'ACCESS', 106, 110, 20, 20, 1, 'Titolo di accesso, voto da 106 a 110', 'Access title, grade 106 to 110');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (6, 1, 'ABIL', 'QUALIFICATION', 'TEACHING', 0, 110, 12, 12, NULL, 'Abilitazione all''insegnamento', 'Teaching qualification');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (7, 1, 'PHD', 'QUALIFICATION', 'PHD', 0, 110, 12, 12, NULL, 'Dottorato di ricerca', 'Research doctorate');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (8, 1, 'MASTER', 'QUALIFICATION', 'MASTER', 0, 110, 1, 3, NULL, 'Master universitario (1 punto ciascuno, massimo 3)', 'University master (1 point each, at most 3)');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (9, 1, 'SPEC', 'QUALIFICATION', 'SPECIALISATION', 0, 110, 3, 6, NULL, 'Diploma di specializzazione (massimo 6)', 'Specialisation diploma (at most 6)');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (10, 1, 'CERT', 'QUALIFICATION', 'CERTIFICATION', 0, 110, 3, 6, NULL, 'Certificazione linguistica o informatica (massimo 6)', 'Language or IT certification (at most 6)');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (11, 1, 'SRV-IN', 'SERVICE_IN', NULL, NULL, NULL, 2, 12, NULL, 'Servizio nella classe di concorso: 2 punti al mese, 12 per anno scolastico', 'Service in the subject class: 2 points a month, 12 a school year');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (12, 1, 'SRV-OUT', 'SERVICE_OUT', NULL, NULL, NULL, 1, 6, NULL, 'Servizio in altra classe di concorso: 1 punto al mese, 6 per anno scolastico', 'Service in another subject class: 1 point a month, 6 a school year');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (13, 1, 'MONTH-16', 'MONTH_DAYS', NULL, NULL, NULL, 16, NULL, NULL, 'Una frazione di almeno 16 giorni vale un mese', 'A remainder of at least 16 days counts as a month');
INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it, description_en)
    VALUES (14, 1, 'YEAR-166', 'YEAR_DAYS', NULL, NULL, NULL, 166, NULL, NULL, 'Almeno 166 giorni in un anno scolastico valgono l''anno intero', 'At least 166 days in a school year count as the full year');
