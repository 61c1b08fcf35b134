// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.time.LocalDate;

import org.motcua.core.MotCuaCore;
import org.motcua.core.audit.AuditEvent;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.security.Principal;

/**
 * Leaves the audit record of a rendered report or form (issue 15.2): who rendered which design, of which office
 * and period or of which dossier. Called where the rendering is asked for with a user's principal: the server's
 * report routes, the desktop when it renders in its own process, and the command line; never with a citizen's
 * data, only codes.
 */
public final class RenderAudit {

    /** The office argument of a report over every office the user may read. */
    public static final String ALL_OFFICES = "all"; //$NON-NLS-1$

    private RenderAudit() {
    }

    /** Records that {@code actor} rendered the period report {@code report} of {@code officeId} (0: all). */
    public static void report(MotCuaCore core, Principal actor, String report, long officeId, LocalDate from,
            LocalDate to) {
        String office = officeId == ReportScope.ALL_OFFICES ? ALL_OFFICES
                : core.organization().offices().stream().filter(o -> o.id() == officeId).map(OfficeRef::code)
                        .findFirst().orElse(String.valueOf(officeId));
        core.audit().record(actor, AuditEvent.REPORT, report, office, from.toString(), to.toString());
    }

    /** Records that {@code actor} rendered the form {@code form} of the dossier {@code dossierCode}. */
    public static void form(MotCuaCore core, Principal actor, String form, String dossierCode) {
        core.audit().record(actor, AuditEvent.FORM, form, dossierCode);
    }
}
