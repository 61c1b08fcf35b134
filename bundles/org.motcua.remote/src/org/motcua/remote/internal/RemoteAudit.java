// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.util.ArrayList;
import java.util.List;

import org.motcua.core.audit.AuditEvent;
import org.motcua.core.audit.AuditQuery;
import org.motcua.core.audit.AuditRecord;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.audit.AuditService;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.security.Principal;
import org.motcua.remote.wire.Wire.AuditEventCall;
import org.motcua.remote.wire.Wire.ExportedHeads;

import com.fasterxml.jackson.core.type.TypeReference;

/** The hash-chained audit kept by the server: verified, listed and appended to there, for the caller's token. */
final class RemoteAudit implements AuditService {

    private final Calls calls;

    RemoteAudit(Calls calls) {
        this.calls = calls;
    }

    @Override
    public AuditReport verify(Principal actor, List<ChainHead> exported) {
        return calls.post(actor, "/audit/verify", new ExportedHeads(exported == null ? List.of() : exported),
                AuditReport.class);
    }

    @Override
    public List<ChainHead> heads(Principal actor) {
        return calls.get(actor, "/audit/heads", new TypeReference<List<ChainHead>>() {
        });
    }

    @Override
    public List<AuditRecord> list(Principal actor, AuditQuery query) {
        List<String> parameters = new ArrayList<>();
        parameters.add("limit=" + query.limit());
        if (query.user() != null) {
            parameters.add("user=" + Calls.segment(query.user()));
        }
        if (query.officeCode() != null) {
            parameters.add("office=" + Calls.segment(query.officeCode()));
        }
        if (query.kind() != null) {
            parameters.add("kind=" + query.kind().name());
        }
        if (query.from() != null) {
            parameters.add("from=" + query.from());
        }
        if (query.to() != null) {
            parameters.add("to=" + query.to());
        }
        return calls.get(actor, "/audit/records?" + String.join("&", parameters),
                new TypeReference<List<AuditRecord>>() {
                });
    }

    @Override
    public void record(Principal actor, AuditEvent event, String... arguments) {
        calls.post(actor, "/audit/events", new AuditEventCall(event, arguments == null ? List.of() : java.util.Arrays.asList(arguments)),
                Void.class);
    }
}
