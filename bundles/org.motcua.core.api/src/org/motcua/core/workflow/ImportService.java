// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import org.motcua.core.security.Principal;

/**
 * Replays an old system's log of dossier actions through the workflow, at the actions' own times.
 * Every action is checked like a live one and audited as imported (with the importer); the whole log is
 * one transaction: a refused line writes nothing.
 */
public interface ImportService {

    /**
     * @param importer an administrator
     * @param events   the log, in time order
     * @return what was written
     * @throws ImportRefusedException naming the first line the core refused (nothing is written)
     */
    ImportResult importEvents(Principal importer, List<ImportedEvent> events);
}
