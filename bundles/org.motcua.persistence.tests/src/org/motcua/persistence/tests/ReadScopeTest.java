// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.testsupport.World.refused;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;

/**
 * Scoped reads (issue 13.2): each query answers only what the viewer may see, for a land dossier at the district
 * (handed to TN&MT, then returned to the desk) and a social dossier of the commune forwarded up to the district.
 */
class ReadScopeTest extends WorldTest {

    private DossierQueries q() {
        return w.core.queries();
    }

    /** @return who sees {@code d} and who does not, by name */
    private Map<String, Boolean> sight(DossierView d) {
        Map<String, Principal> users = Map.of("desk", w.desk, "landSpecialist", w.landSpecialist, "justice", w.justice,
                "socialDistrict", w.socialDistrict, "leader", w.leader, "communeDesk", w.communeDesk, "communeSocial",
                w.communeSocial, "admin", w.admin, "province", w.reader());
        Map<String, Boolean> seen = new java.util.TreeMap<>();
        users.forEach((name, p) -> seen.put(name, q().byId(p, d.id()).isPresent()));
        return seen;
    }

    @Test
    void aDistrictLandDossierIsSeenByItsDeskItsDepartmentsAndTheLeadersAboveOnly() {
        DossierView d = w.landAtDepartment();
        assertEquals(Map.of("admin", false, "communeDesk", false, "communeSocial", false, "desk", true, "justice", false,
                "landSpecialist", true, "leader", true, "province", true, "socialDistrict", false), sight(d));
        // a dossier that went through VPĐK first: VPĐK still sees it once TN&MT holds it
        d = w.receiveLand();
        d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "VPDK")));
        d = w.act(w.registry, d, new ActionRequest.Take());
        d = w.act(w.registry, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        d = w.act(w.landSpecialist, d, new ActionRequest.Take());
        assertTrue(q().byId(w.registry, d.id()).isPresent(), "the department that held a step");
        assertTrue(q().byId(w.landSpecialist, d.id()).isPresent());
        assertFalse(q().byId(w.justice, d.id()).isPresent());
        // every per-dossier question refuses those who may not see it, as not found
        long id = d.id();
        for (Principal outsider : List.of(w.justice, w.communeDesk, w.admin)) {
            assertTrue(q().byCode(outsider, d.code()).isEmpty());
            refused("dossier.notFound", () -> q().steps(outsider, id));
            refused("dossier.notFound", () -> q().fields(outsider, id));
            refused("dossier.notFound", () -> q().history(outsider, id));
            refused("dossier.notFound", () -> q().controlSlip(outsider, id));
            assertTrue(q().byIds(outsider, new long[] { id }).isEmpty());
        }
        assertEquals(1, q().byIds(w.desk, new long[] { id }).size());
        assertFalse(q().history(w.registry, id).isEmpty());
    }

    @Test
    void aCommuneDossierForwardedUpIsSeenAtTheDistrictAndStillAtTheCommune() {
        DossierView d = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        d = w.act(w.communeDesk, d, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        d = w.act(w.communeSocial, d, new ActionRequest.Take());
        d = w.act(w.communeSocial, d, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 4),
                "Nhà văn hóa ấp 3", "Không có"));
        w.clock.set(LocalDate.of(2025, 6, 5).atTime(8, 0));
        assertTrue(q().byId(w.desk, d.id()).isPresent(), "the district desk is above the commune");
        assertFalse(q().byId(w.socialDistrict, d.id()).isPresent(), "not yet the district department's");
        d = w.act(w.communeSocial, d, new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null));
        Map<String, Boolean> seen = sight(d);
        for (String sees : List.of("communeDesk", "communeSocial", "desk", "leader", "province")) {
            assertTrue(seen.get(sees), sees + " " + seen);
        }
        for (String blind : List.of("admin", "justice", "landSpecialist")) {
            assertFalse(seen.get(blind), blind + " " + seen);
        }
        d = w.act(w.desk, d, new ActionRequest.AcceptTransfer());
        assertTrue(q().byId(w.socialDistrict, d.id()).isPresent(), "the district department holds it now");
        assertTrue(q().byId(w.communeDesk, d.id()).isPresent(), "the commune desk must hand the result back");
    }

    @Test
    void listsAreLimitedToOnesOwnInboxOfficeAndQueue() {
        DossierView d = w.landAtDepartment();
        long tnmt = w.dept(w.district, "TNMT");
        InboxQuery all = InboxQuery.byDue();
        assertEquals(1, q().countHeldBy(w.landSpecialist, tnmt, all));
        assertEquals(1, q().heldByIds(w.leader, tnmt, all).length, "a leader of the office reads its inboxes");
        refused("read.notYourInbox", () -> q().heldBy(w.justice, tnmt, all, 0, 10));
        refused("read.notYourInbox", () -> q().countHeldBy(w.desk, tnmt, all));
        refused("read.notYourInbox", () -> q().heldByIds(w.admin, tnmt, all));
        assertEquals(List.of(d.id()), q().page(w.desk, w.district.code(), 0, 10).stream().map(DossierView::id).toList());
        assertEquals(1, q().page(w.reader(), null, 0, 10).size(), "the province lists every office below it");
        refused("read.notYourOffice", () -> q().page(w.communeDesk, w.district.code(), 0, 10));
        refused("read.notYourOffice", () -> q().page(w.landSpecialist, w.district.code(), 0, 10));
        refused("read.notYourOffice", () -> q().page(w.admin, null, 0, 10));
        assertTrue(q().pendingTransfers(w.desk, w.district.id()).isEmpty());
        refused("read.notYourOffice", () -> q().pendingTransfers(w.communeDesk, w.district.id()));
    }

    @Test
    void openingADossierIsRecordedInTheAccessLog() throws SQLException {
        DossierView d = w.receiveLand();
        long before = accesses(d.id());
        q().byId(w.desk, d.id());
        q().byCode(w.leader, d.code());
        q().byId(w.justice, d.id()); // not visible: nothing opened, nothing recorded
        assertEquals(before + 2, accesses(d.id()));
    }

    private long accesses(long dossierId) throws SQLException {
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from dossier_access where dossier_id = " + dossierId)) {
            r.next();
            return r.getLong(1);
        }
    }
}
