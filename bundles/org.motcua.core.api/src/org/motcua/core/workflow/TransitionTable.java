// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import static org.motcua.core.dossier.DossierStatus.FINANCIAL_OBLIGATION;
import static org.motcua.core.dossier.DossierStatus.FINISHED;
import static org.motcua.core.dossier.DossierStatus.PROCESSING;
import static org.motcua.core.dossier.DossierStatus.RECEIVED;
import static org.motcua.core.dossier.DossierStatus.REFUSED;
import static org.motcua.core.dossier.DossierStatus.RETURNED;
import static org.motcua.core.dossier.DossierStatus.STOPPED;
import static org.motcua.core.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static org.motcua.core.dossier.DossierStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;

/**
 * Which action may be taken from which status, and the status it leads to. Actions that create a
 * dossier (receive, refuse) have no source status. {@link #target} is empty where the action keeps
 * the status or where it depends on the dossier (a supplement received goes back to where the
 * request came from).
 */
public final class TransitionTable {

    private static final Set<DossierStatus> OPEN = EnumSet.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED,
            FINANCIAL_OBLIGATION);

    private static final Map<ActionType, Set<DossierStatus>> FROM = new EnumMap<>(ActionType.class);
    private static final Map<ActionType, DossierStatus> TO = new EnumMap<>(ActionType.class);

    static {
        rule(ActionType.RECEIVE, EnumSet.noneOf(DossierStatus.class), RECEIVED);
        rule(ActionType.REFUSE, EnumSet.noneOf(DossierStatus.class), REFUSED);
        rule(ActionType.CORRECT_PROCEDURE, EnumSet.of(RECEIVED), null);
        rule(ActionType.HAND_OVER, EnumSet.of(RECEIVED), PROCESSING);
        rule(ActionType.TAKE, EnumSet.of(PROCESSING), null);
        rule(ActionType.FORWARD, EnumSet.of(PROCESSING), null);
        rule(ActionType.RECALL, EnumSet.of(PROCESSING), null);
        rule(ActionType.RETURN_TO_PREVIOUS_STEP, EnumSet.of(PROCESSING), null);
        rule(ActionType.ACCEPT_TRANSFER, EnumSet.of(PROCESSING), null);
        rule(ActionType.RETURN_TRANSFER, EnumSet.of(PROCESSING), null);
        rule(ActionType.REQUEST_SUPPLEMENT, EnumSet.of(RECEIVED, PROCESSING), SUPPLEMENT_REQUESTED);
        rule(ActionType.SUPPLEMENT_RECEIVED, EnumSet.of(SUPPLEMENT_REQUESTED), null);
        rule(ActionType.REQUEST_FINANCIAL_OBLIGATION, EnumSet.of(PROCESSING), FINANCIAL_OBLIGATION);
        rule(ActionType.CONFIRM_PAYMENT, EnumSet.of(FINANCIAL_OBLIGATION), PROCESSING);
        rule(ActionType.RECORD_POSTING, EnumSet.of(PROCESSING), null);
        rule(ActionType.APOLOGIZE, OPEN, null);
        rule(ActionType.WITHDRAW, OPEN, WITHDRAWN);
        rule(ActionType.STOP, OPEN, STOPPED);
        rule(ActionType.FINISH, EnumSet.of(PROCESSING), FINISHED);
        rule(ActionType.RETURN_RESULT, EnumSet.of(FINISHED), RETURNED);
    }

    private TransitionTable() {
    }

    private static void rule(ActionType action, Set<DossierStatus> from, DossierStatus to) {
        FROM.put(action, Collections.unmodifiableSet(from));
        if (to != null) {
            TO.put(action, to);
        }
    }

    /** @return the statuses from which {@code action} may be taken */
    public static Set<DossierStatus> from(ActionType action) {
        return FROM.get(action);
    }

    /** @return whether {@code action} may be taken from {@code status} */
    public static boolean allows(ActionType action, DossierStatus status) {
        return FROM.get(action).contains(status);
    }

    /** @return the fixed target status of {@code action}, if it has one */
    public static Optional<DossierStatus> target(ActionType action) {
        return Optional.ofNullable(TO.get(action));
    }
}
