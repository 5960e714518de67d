package it.polis.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A classe di concorso (kind TEACHER) or an ATA profile (kind ATA). */
@Entity
@Table(name = "subject_class")
@Cacheable
public class SubjectClass {

    @Id
    private String code;
    private String kind;
    private String description;

    protected SubjectClass() {
    }

    public String getCode() {
        return code;
    }

    public String getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }
}
