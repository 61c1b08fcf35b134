// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.motcua.core.procedure.FieldValue;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.DossierSearch;
import org.motcua.core.workflow.DossierSummary;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ForwardingView;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.core.workflow.StepView;
import org.motcua.core.workflow.TransferView;
import org.motcua.remote.wire.Wire.Count;
import org.motcua.remote.wire.Wire.EarlierDossiersRequest;
import org.motcua.remote.wire.Wire.Ids;
import org.motcua.remote.wire.Wire.Page;
import org.motcua.remote.wire.Wire.SearchRequest;

import com.fasterxml.jackson.core.type.TypeReference;

/** Reads answered by the server's core, scoped there to what the caller may see. */
final class RemoteQueries implements DossierQueries {

    /** The most ids one call asks for (the server's limit). */
    private static final int IDS_PER_CALL = 500;

    /** The largest page the server sends. */
    private static final int PAGE = 200;

    private final Calls calls;

    RemoteQueries(Calls calls) {
        this.calls = calls;
    }

    @Override
    public Optional<DossierView> byId(Principal viewer, long id) {
        return calls.find(viewer, "/dossiers/" + id, DossierView.class);
    }

    @Override
    public Optional<DossierView> byCode(Principal viewer, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return calls.find(viewer, "/dossiers/by-code/" + Calls.segment(code.trim()), DossierView.class);
    }

    @Override
    public List<StepView> steps(Principal viewer, long dossierId) {
        return calls.get(viewer, "/dossiers/" + dossierId + "/steps", new TypeReference<List<StepView>>() {
        });
    }

    @Override
    public Optional<ForwardingView> forwarding(Principal viewer, long dossierId) {
        return calls.find(viewer, "/dossiers/" + dossierId + "/forwarding", ForwardingView.class);
    }

    @Override
    public List<FieldValue> fields(Principal viewer, long dossierId) {
        return calls.get(viewer, "/dossiers/" + dossierId + "/fields", new TypeReference<List<FieldValue>>() {
        });
    }

    @Override
    public List<ActionRecordView> history(Principal viewer, long dossierId) {
        return calls.get(viewer, "/dossiers/" + dossierId + "/history", new TypeReference<List<ActionRecordView>>() {
        });
    }

    @Override
    public List<ControlSlipRowView> controlSlip(Principal viewer, long dossierId) {
        return calls.get(viewer, "/dossiers/" + dossierId + "/slip", new TypeReference<List<ControlSlipRowView>>() {
        });
    }

    @Override
    public List<DossierView> heldBy(Principal viewer, long departmentId, int offset, int limit) {
        return heldBy(viewer, departmentId, InboxQuery.byDue(), offset, limit);
    }

    @Override
    public List<DossierView> heldBy(Principal viewer, long departmentId, InboxQuery query, int offset, int limit) {
        return paged(offset, limit, (from, size) -> calls.get(viewer,
                inbox(departmentId, query) + "&offset=" + from + "&limit=" + size,
                new TypeReference<Page<DossierView>>() {
                }).items());
    }

    @Override
    public long countHeldBy(Principal viewer, long departmentId, InboxQuery query) {
        return calls.get(viewer, inbox(departmentId, query) + "&countOnly=true", Count.class).value();
    }

    @Override
    public long[] heldByIds(Principal viewer, long departmentId, InboxQuery query) {
        String path = inbox(departmentId, query).replace("/inbox?", "/inbox/ids?");
        return calls.get(viewer, path, long[].class);
    }

    @Override
    public List<DossierView> byIds(Principal viewer, long[] ids) {
        List<DossierView> all = new ArrayList<>(ids.length);
        for (int from = 0; from < ids.length; from += IDS_PER_CALL) {
            long[] part = java.util.Arrays.copyOfRange(ids, from, Math.min(ids.length, from + IDS_PER_CALL));
            all.addAll(calls.post(viewer, "/dossiers/by-ids", new Ids(part), new TypeReference<List<DossierView>>() {
            }));
        }
        return all;
    }

    @Override
    public List<DossierView> page(Principal viewer, String officeCode, int offset, int limit) {
        String office = officeCode == null ? "" : Calls.segment(officeCode);
        return paged(offset, limit, (from, size) -> calls.get(viewer,
                "/dossiers?office=" + office + "&offset=" + from + "&limit=" + size,
                new TypeReference<List<DossierView>>() {
                }));
    }

    @Override
    public List<DossierView> search(Principal viewer, DossierSearch search, int offset, int limit) {
        return paged(offset, limit, (from, size) -> calls.post(viewer, "/dossiers/search",
                new SearchRequest(search, from, size), new TypeReference<List<DossierView>>() {
                }));
    }

    @Override
    public List<DossierSummary> earlierDossiers(Principal viewer, String idNumber, int limit) {
        return calls.post(viewer, "/dossiers/earlier", new EarlierDossiersRequest(idNumber, Math.min(limit, PAGE)),
                new TypeReference<List<DossierSummary>>() {
                });
    }

    @Override
    public List<TransferView> pendingTransfers(Principal viewer, long officeId) {
        return calls.get(viewer, "/offices/" + officeId + "/transfers", new TypeReference<List<TransferView>>() {
        });
    }

    /** One page of the server's list from {@code offset}, and how to read it. */
    @FunctionalInterface
    private interface PageRead {
        List<DossierView> read(int offset, int size);
    }

    /** @return {@code limit} rows from {@code offset}, read in the server's pages of at most {@link #PAGE} */
    private static List<DossierView> paged(int offset, int limit, PageRead read) {
        List<DossierView> all = new ArrayList<>();
        for (int from = offset; all.size() < limit;) {
            int size = Math.min(PAGE, limit - all.size());
            List<DossierView> page = read.read(from, size);
            all.addAll(page);
            if (page.size() < size) {
                break;
            }
            from += page.size();
        }
        return all;
    }

    private static String inbox(long departmentId, InboxQuery query) {
        StringBuilder path = new StringBuilder("/departments/").append(departmentId).append("/inbox?search=")
                .append(Calls.segment(query.search() == null ? "" : query.search())).append("&sort=").append(query.sort())
                .append("&desc=").append(query.descending());
        if (query.deadline() != null) {
            path.append("&deadline=").append(query.deadline());
        }
        return path.toString();
    }
}
