// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/**
 * Đóng hồ sơ tồn của hệ thống cũ: a dossier imported from an old system and left open there is closed with a reason
 * (status 8), by the head of the department holding it or a leader of the office it is in. The inspection found
 * such dossiers never closed; a closure is not work done in MotCua, so it is counted apart from the official
 * figures ({@link KpiCounters}, {@code kpi_counter_imported}).
 */
final class CloseLegacyHandler extends ActionHandler<ActionRequest.CloseLegacy> {

    CloseLegacyHandler() {
        super(ActionType.CLOSE_LEGACY, ActionRequest.CloseLegacy.class, ActionScope.HOLDER_OR_LEADER,
                from(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                        DossierStatus.FINANCIAL_OBLIGATION),
                DossierStatus.STOPPED, roles(Role.DEPARTMENT_HEAD, Role.LEADER),
                "imported from an old system; reason; counted apart from the official figures");
    }

    @Override
    void requireApplicable(ActionContext c) {
        if (c.dossier.getLegacyRef() == null) {
            throw new MotCuaException("legacy.notImported", c.dossier.getCode());
        }
        if (c.engine.isImporting()) { // a closure is a decision taken in MotCua, never a line of an old log
            throw new MotCuaException("legacy.notInLog");
        }
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.CloseLegacy r) {
        ClosingActions.close(c, DossierStatus.STOPPED, r.reason(), "legacy.reasonRequired");
        c.dossier.setLegacyClosedAt(c.now);
        return Note.of("note.legacyClosed", c.dossier.getLegacyRef(), r.reason().trim());
    }
}
