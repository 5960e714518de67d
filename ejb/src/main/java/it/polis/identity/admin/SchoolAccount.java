package it.polis.identity.admin;

import java.io.Serializable;

/** A school of the reference data and its secretariat account, if it has one (state null otherwise). */
public record SchoolAccount(String code, String name, String comune, String provinceCode, String email,
                            Long accountId, String state) implements Serializable {

    public boolean hasAccount() {
        return accountId != null;
    }
}
