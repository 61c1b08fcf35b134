// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.util.List;

import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ImportRefusedException;
import org.motcua.core.workflow.ImportReport;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.core.workflow.LegacyCount;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The old system's dossiers as the server counts them. Importing a log is checked whole and written in
 * batches by the server's own command line, next to the database, and is refused from a workstation.
 */
final class RemoteImports implements ImportService {

    private final Calls calls;

    RemoteImports(Calls calls) {
        this.calls = calls;
    }

    @Override
    public List<ImportRefusedException> check(Principal importer, List<ImportedEvent> events) {
        throw Calls.refusal("remote.importOnServer");
    }

    @Override
    public ImportReport importLog(Principal importer, List<ImportedEvent> events, int batchSize) {
        throw Calls.refusal("remote.importOnServer");
    }

    @Override
    public List<LegacyCount> reconcile(Principal reader) {
        return calls.get(reader, "/legacy/counts", new TypeReference<List<LegacyCount>>() {
        });
    }
}
