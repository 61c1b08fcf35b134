// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.Set;

/** Which HTTP status says what a refusal of the core means; the body always carries the core's key and messages. */
final class CoreRefusals {

    private static final Set<String> UNAUTHENTICATED = Set.of("signIn.failed", "session.invalid", "session.ended",
            "session.expired", "session.userInactive");

    private static final Set<String> FORBIDDEN = Set.of("action.notYourDossier", "action.notReceivingDesk",
            "action.deskRoleRequired", "action.roleDenied", "admin.required", "admin.outsideOffices", "admin.topOnly",
            "read.notYourInbox", "read.notYourOffice", "backup.operatorRequired", "transfer.notForYou",
            "recall.notLastSender", "clock.demoOnly", "password.changeRequired", "benchmark.demoOnly",
            "demo.notInProduction");

    private static final Set<String> CONFLICT = Set.of("dossier.conflict", "admin.changedMeanwhile",
            "take.alreadyTaken", "transfer.pending", "user.taken", "office.codeTaken", "department.codeTaken");

    private static final Set<String> UNAVAILABLE = Set.of("database.unreachable", "numbering.counterUnavailable",
            "database.notMigrated");

    private CoreRefusals() {
    }

    /** @return the HTTP status for the core's refusal {@code key} */
    static int status(String key) {
        if (UNAUTHENTICATED.contains(key)) {
            return 401;
        }
        if ("signIn.locked".equals(key)) {
            return 423;
        }
        if (FORBIDDEN.contains(key)) {
            return 403;
        }
        if (CONFLICT.contains(key)) {
            return 409;
        }
        if (key.endsWith(".notFound") || key.endsWith(".unknownCode") || "procedure.unknown".equals(key)) {
            return 404;
        }
        if (UNAVAILABLE.contains(key)) {
            return 503;
        }
        if (key.startsWith("internal.")) {
            return 500;
        }
        return 422; // the request was understood and refused by a rule: bad input, wrong state, a guard
    }
}
