// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;

import jakarta.persistence.EntityManager;

import org.motcua.core.internal.model.AccessRecordEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.UserEntity;

/**
 * The log of who opened which dossier's personal data, and when (table {@code dossier_access}): a log of its own,
 * one small insert beside the read, so that opening a dossier stays fast. Ids only, no personal data.
 */
final class AccessLog {

    private AccessLog() {
    }

    /** Records that {@code viewer} opened {@code d} at {@code at}, in the caller's transaction. */
    static void opened(EntityManager em, UserEntity viewer, DossierEntity d, LocalDateTime at) {
        AccessRecordEntity record = new AccessRecordEntity();
        record.setAt(at);
        record.setUserId(viewer.getId());
        record.setDossierId(d.getId());
        // a chain per viewer's office, of its own: it never waits for the dossiers' chains
        AuditChain.append(em, org.motcua.core.audit.AuditKind.ACCESS, viewer.getOffice().getId(), record);
    }
}
