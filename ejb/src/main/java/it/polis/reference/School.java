package it.polis.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A state school, keyed by its codice meccanografico (also the user name of its secretariat account). */
@Entity
@Table(name = "school")
public class School {

    @Id
    private String code;
    private String name;
    @Column(name = "school_type")
    private String type;
    private String comune;
    @Column(name = "province_code")
    private String provinceCode;
    private String distretto;
    private String email;

    protected School() {
    }

    public School(String code, String name, String type, String comune, String provinceCode, String distretto,
                  String email) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.comune = comune;
        this.provinceCode = provinceCode;
        this.distretto = distretto;
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getComune() {
        return comune;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getDistretto() {
        return distretto;
    }

    public String getEmail() {
        return email;
    }
}
