// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A minimal dossier entity with optimistic locking, only for the platform test. */
@Entity
@Table(name = "TEST_DOSSIER")
public class TestDossier {

    @Id
    private String code;

    @Column(length = 200)
    private String applicant;

    @Column(length = 40)
    private String status;

    @Version
    private int version;

    public TestDossier() {
    }

    public TestDossier(String code, String applicant, String status) {
        this.code = code;
        this.applicant = applicant;
        this.status = status;
    }

    public String getCode() {
        return code;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getVersion() {
        return version;
    }
}
