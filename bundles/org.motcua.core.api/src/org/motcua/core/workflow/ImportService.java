// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import org.motcua.core.security.Principal;

/**
 * Replays an old system's log of dossier actions through the workflow, at the actions' own times, and
 * reconciles what the old system held with what MotCua holds now (docs/legal.md, "Legacy dossiers").
 *
 * <p>The whole log is checked before anything is written, and every refused line is reported. Each old
 * dossier keeps its old reference (unique): importing the same log again writes nothing, a longer log only
 * what is new. History that breaks a rule of today (a late Mẫu 02 or Mẫu 04, a step guard the old system did
 * not have) is recorded as it happened, with the rule it broke, not refused. Every action is audited as
 * imported (with the importer) and counted apart from the official figures.
 */
public interface ImportService {

    /** Dossiers written in one transaction by {@link #importEvents(Principal, List)}. */
    int DEFAULT_BATCH = 200;

    /**
     * As {@link #importLog} in batches of {@link #DEFAULT_BATCH} dossiers.
     *
     * @param importer an administrator
     * @param events   the log, in time order
     * @return what was written
     * @throws ImportRefusedException naming the refused lines ({@link ImportRejectedException}: every one); nothing
     *                                is written
     */
    default ImportResult importEvents(Principal importer, List<ImportedEvent> events) {
        ImportReport report = importLog(importer, events, DEFAULT_BATCH);
        return new ImportResult(report.actions(), report.dossiers());
    }

    /**
     * Checks the whole log as {@link #importLog} would replay it, and writes nothing.
     *
     * @param importer an administrator
     * @param events   the log, in time order
     * @return every refused line, in line order (empty: the log would import)
     */
    List<ImportRefusedException> check(Principal importer, List<ImportedEvent> events);

    /**
     * Checks the whole log ({@link #check}); when it is clean, writes the dossiers whose actions are new in batches
     * of {@code batchSize} dossiers, each one transaction, checked again as it is written. A batch that fails
     * leaves the batches before it written: running the same import again resumes after them.
     *
     * @param importer  an administrator
     * @param events    the log, in time order
     * @param batchSize dossiers per transaction (at least 1)
     * @return what was written, and what was already there
     * @throws ImportRejectedException listing every refused line, when the log is not clean (nothing is written)
     * @throws ImportRefusedException  naming the line a batch refused (the batches before it stay written)
     */
    ImportReport importLog(Principal importer, List<ImportedEvent> events, int batchSize);

    /**
     * Per office in the reader's subtree that received imported dossiers: what the old system left open, what was
     * imported, what was closed as legacy and what is still open. Counts only, no citizen data.
     *
     * @param reader a leader, a department head or an administrator
     * @return one row per office, by office code
     */
    List<LegacyCount> reconcile(Principal reader);
}
