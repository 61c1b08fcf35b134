// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import org.motcua.core.dossier.Channel;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.testsupport.TestProvinceWorld;

/**
 * The small test province ({@link TestProvinceWorld}) of the reporting tests, whose applicant's name has
 * the letters a PDF font most often lacks (Đ, ữ, ạ).
 */
final class ReportWorld extends TestProvinceWorld {

    /** The applicant of every dossier the reporting tests receive. */
    static final String APPLICANT = "Đoàn Ngữ Hồng Hạnh";

    /** On a fresh in-memory database. */
    ReportWorld() {
        this(h2("motcua-report"));
    }

    private ReportWorld(DatabaseConfig config) {
        super(config, APPLICANT);
    }

    /** @return a request to receive a dossier of {@code procedure} from {@link #APPLICANT} */
    public static ReceiveRequest request(String procedure, Channel channel) {
        return request(procedure, channel, APPLICANT);
    }

    /** @return a world in a fresh schema of the test PostgreSQL server; the test is skipped when there is none */
    static ReportWorld onPostgres(String prefix) throws Exception {
        return new ReportWorld(postgres(prefix));
    }
}
