// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.motcua.core.TimeSource;
import org.motcua.core.dossier.Channel;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.DossierSearch;
import org.motcua.core.workflow.DossierSummary;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.persistence.Migrations;
import org.motcua.testsupport.World;

/**
 * Search that fits a desk (issue 18.3): codes in any case and by their tail, names without accents, CCCD, a citizen's
 * earlier dossiers; always within what the viewer may read (the same rule as opening a dossier), on H2 and PostgreSQL.
 */
class DossierSearchTest extends WorldTest {

    private static final String O = "087095000123";
    private static final String ANH = "087195000456";

    private DossierQueries q() {
        return w.core.queries();
    }

    private DossierView receive(TestWorld world, String name, String idNumber) {
        return world.core.workflow().receive(world.desk, new ReceiveRequest(TestWorld.LAND, Channel.WALK_IN,
                new ApplicantData(name, idNumber, "0912 345 678", null, "Ấp 3, xã Mỹ An", false), List.of()));
    }

    private static List<String> codes(List<DossierView> found) {
        return found.stream().map(DossierView::code).toList();
    }

    @Test
    void namesAreFoundWithoutAccentsFromTheirStart() {
        names(w);
    }

    @Test
    void namesAreFoundWithoutAccentsOnPostgres() throws SQLException {
        try (TestWorld pg = new TestWorld(World.postgres("search"))) {
            names(pg);
            codesAndTails(pg);
        }
    }

    private void names(TestWorld world) {
        DossierView o = receive(world, "Nguyễn Văn Ồ", O);
        DossierView anh = receive(world, "NGUYỄN THỊ ÁNH", ANH);
        DossierView nguyen = receive(world, "Trần Văn Nguyên", O);
        DossierView dat = receive(world, "Đặng Thị Đào", ANH);
        DossierQueries queries = world.core.queries();
        assertEquals(List.of(anh.code(), o.code()), codes(queries.search(world.desk, DossierSearch.anywhere("nguyen"), 0, 10)),
                "every Nguyễn, newest first; not Trần Văn Nguyên: a name is read from its start");
        assertEquals(List.of(o.code()), codes(queries.search(world.desk, DossierSearch.anywhere("nguyen van o"), 0, 10)));
        assertEquals(List.of(o.code()), codes(queries.search(world.desk, DossierSearch.anywhere("  Nguyễn  văn Ồ "), 0, 10)));
        assertEquals(List.of(anh.code()), codes(queries.search(world.desk, DossierSearch.anywhere("nguyễn thị"), 0, 10)));
        assertEquals(List.of(dat.code()), codes(queries.search(world.desk, DossierSearch.anywhere("dang thi dao"), 0, 10)),
                "đ is d");
        assertEquals(List.of(), queries.search(world.desk, DossierSearch.anywhere("nguy_n"), 0, 10), "_ is no wildcard");
        assertEquals(List.of(anh.code()), codes(queries.search(world.desk, DossierSearch.anywhere("nguyen"), 0, 1)), "paged");
        assertEquals(List.of(o.code()), codes(queries.search(world.desk, DossierSearch.anywhere("nguyen"), 1, 1)));
        // the inbox finds a name anywhere in it, without accents too
        DossierView handed = world.act(world.desk, nguyen, new ActionRequest.HandOver(world.dept(world.district, "TNMT")));
        assertEquals(1, queries.countHeldBy(world.landSpecialist, handed.holderDepartmentId(),
                new InboxQuery("nguyen", InboxQuery.Sort.DUE, false)));
        assertEquals(1, queries.countHeldBy(world.landSpecialist, handed.holderDepartmentId(),
                new InboxQuery("Nguyên", InboxQuery.Sort.DUE, false)));
        // by CCCD: the number's start, at least four digits, spaces ignored
        assertEquals(List.of(dat.code(), anh.code()), codes(queries.search(world.desk, DossierSearch.anywhere("0871 950"), 0, 10)));
        assertEquals(List.of(nguyen.code(), o.code()), codes(queries.search(world.desk, DossierSearch.anywhere(O), 0, 10)));
    }

    @Test
    void codesAreFoundInAnyCaseAndByTheirTail() {
        codesAndTails(w);
    }

    private void codesAndTails(TestWorld world) {
        DossierQueries queries = world.core.queries();
        world.clock.set(LocalDate.of(2025, 7, 1).atTime(8, 0));
        DossierView first = receive(world, "Lê Văn Bưu", O);
        DossierView second = receive(world, "Phạm Thị Thu", ANH);
        world.clock.set(LocalDate.of(2025, 7, 2).atTime(8, 0));
        DossierView nextDay = receive(world, "Võ Thị Ánh Tuyết", O);
        assertTrue(first.code().endsWith("250701-0001") && nextDay.code().endsWith("250702-0001"), nextDay.code());
        assertEquals(first.id(), queries.byCode(world.desk, first.code().toLowerCase()).orElseThrow().id(), "any case");
        assertEquals(List.of(second.code()), codes(queries.search(world.desk, DossierSearch.code(second.code().substring(4)
                .toLowerCase()), 0, 10)), "a tail, in lower case");
        assertEquals(List.of(first.code()), codes(queries.search(world.desk, DossierSearch.code("250701-0001"), 0, 10)));
        List<String> tails = codes(queries.search(world.desk, DossierSearch.code("0001"), 0, 10));
        assertEquals(List.of(nextDay.code(), first.code()), tails.subList(0, 2),
                "a tail of several dossiers lists them all, newest first, for the user to choose");
        assertTrue(tails.stream().allMatch(c -> c.endsWith("-0001")), String.valueOf(tails));
        assertEquals(List.of(), queries.search(world.desk, DossierSearch.code("001"), 0, 10),
                "three characters are no tail: they must be a whole code");
        assertEquals(List.of(), queries.search(world.desk, DossierSearch.code("0871"), 0, 10),
                "a code search does not look at the CCCD");
        assertEquals(List.of(), queries.search(world.desk, DossierSearch.code("   "), 0, 10));
    }

    @Test
    void aCitizensEarlierDossiersAreListedWithoutTheirPersonalData() throws SQLException {
        DossierView older = receive(w, "Nguyễn Văn Ồ", O);
        receive(w, "Nguyễn Thị Ánh", ANH);
        w.clock.set(LocalDate.of(2025, 6, 3).atTime(9, 0));
        DossierView newer = receive(w, "Nguyễn Văn Ồ", O);
        long accesses = accesses();
        List<DossierSummary> earlier = q().earlierDossiers(w.desk, "087 095 000 123", 10);
        assertEquals(List.of(newer.code(), older.code()), earlier.stream().map(DossierSummary::code).toList());
        DossierSummary s = earlier.getLast();
        assertEquals(List.of(TestWorld.LAND, older.status(), older.receivedAt(), older.dueAt()),
                List.of(s.procedureCode(), s.status(), s.receivedAt(), s.dueAt()));
        assertEquals(Set.of("id", "code", "officeName", "procedureCode", "procedureName", "procedureNameEn", "status",
                "receivedAt", "dueAt", "finishedAt", "returnedAt"), new TreeSet<>(java.util.Arrays.stream(
                        DossierSummary.class.getRecordComponents()).map(c -> c.getName()).toList()),
                "no name, number, phone, e-mail or address");
        assertEquals(accesses, accesses(), "a list is no opening");
        q().byId(w.desk, s.id());
        assertEquals(accesses + 1, accesses(), "opening one is recorded");
        assertEquals(List.of(), q().earlierDossiers(w.desk, "087095000999", 10), "a number the office does not know");
        assertEquals(1, q().earlierDossiers(w.desk, O, 1).size());
    }

    @Test
    void noOneFindsWhatTheyMayNotOpen() {
        OfficeRef caoLanh = w.core.organization().createOffice(w.admin, new OfficeData("H20.873", "Bộ phận một cửa huyện Cao Lãnh",
                OfficeLevel.DISTRICT, Regime.DECREE_61_2018, w.province.id(), null, LocalTime.of(15, 0), BigDecimal.ONE));
        Principal otherDesk = w.user(caoLanh, "MOTCUA", Role.DESK_OFFICER);
        Principal otherLeader = w.user(caoLanh, null, Role.LEADER);
        DossierView land = w.landAtDepartment();
        DossierView desk = receive(w, "Nguyễn Văn Ồ", O);
        DossierView social = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        DossierView atVpdk = w.act(w.desk, receive(w, "Nguyễn Thị Ánh", ANH), new ActionRequest.HandOver(w.dept(w.district, "VPDK")));
        DossierView other = w.core.workflow().receive(otherDesk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN));
        List<DossierView> all = List.of(land, desk, social, atVpdk, other);
        // the attack: a user of another office types what finds everything here, and finds nothing of it
        for (String text : List.of("nguyen", "Nguyễn Văn Ồ", O, "0001", land.code(), "h20.872")) {
            for (Principal outsider : List.of(otherDesk, otherLeader)) {
                List<String> found = codes(q().search(outsider, DossierSearch.anywhere(text), 0, 50));
                assertTrue(found.stream().allMatch(c -> c.startsWith("H20.873")), text + " → " + found);
            }
            assertEquals(List.of(), q().search(w.admin, DossierSearch.anywhere(text), 0, 50), "an administrator reads no dossier");
        }
        assertEquals(List.of(), q().earlierDossiers(otherDesk, ANH, 10), "Cao Lãnh does not know the citizen of Tháp Mười");
        assertEquals(List.of(other.code()), q().earlierDossiers(otherDesk, O, 10).stream().map(DossierSummary::code).toList(),
                "it knows its own");
        assertTrue(q().search(otherDesk, DossierSearch.anywhere(land.code()), 0, 50).isEmpty());
        // everyone finds exactly the dossiers they may open: the search scope is the core's read scope
        Map<String, Principal> users = new LinkedHashMap<>();
        users.put("desk", w.desk);
        users.put("landSpecialist", w.landSpecialist);
        users.put("justice", w.justice);
        users.put("registry", w.registry);
        users.put("socialDistrict", w.socialDistrict);
        users.put("leader", w.leader);
        users.put("communeDesk", w.communeDesk);
        users.put("communeSocial", w.communeSocial);
        users.put("province", w.reader());
        users.put("otherDesk", otherDesk);
        users.forEach((name, user) -> {
            Set<String> opened = new TreeSet<>();
            for (DossierView d : all) {
                if (q().byId(user, d.id()).isPresent()) {
                    opened.add(d.code());
                }
            }
            assertEquals(opened, new TreeSet<>(codes(q().search(user, DossierSearch.anywhere("nguyen"), 0, 50))), name);
        });
        assertEquals(List.of(land.code()), codes(q().search(w.landSpecialist, DossierSearch.anywhere("nguyen"), 0, 50)),
                "a department finds what it holds or held");
        assertEquals(List.of(), q().search(w.justice, DossierSearch.anywhere("nguyen"), 0, 50));
    }

    @Test
    void dossiersOfBeforeTheSearchColumnsGetThemWhenTheCoreStarts() throws Exception {
        DatabaseConfig config = DatabaseConfig.h2Memory("search-columns-" + System.nanoTime());
        DataSource db = Database.dataSource(config);
        Migrations.migrateTo(db, 10); // a database of an older release, with dossiers
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            MigrationsTest.office(s);
            s.execute("insert into department (id, version, office_id, code, name, kind) values (10, 1, 1, 'MOTCUA', 'Một cửa', 'DESK')");
            MigrationsTest.dossier(s, 100, "Nguyễn Văn Ồ");
            MigrationsTest.dossier(s, 101, "ĐẶNG   Thị Hồng");
        }
        EntityManagerFactory factory = Database.open(config, db);
        try {
            assertEquals("100 null null|101 null null|", columns(db));
            CoreEngine.create(factory, TimeSource.system(), new ProcedureRegistry());
            assertEquals("100 nguyen van o 001-206052-278.02H|101 dang thi hong 101-206052-278.02H|", columns(db));
            CoreEngine.create(factory, TimeSource.system(), new ProcedureRegistry()); // nothing left to do
            assertEquals("100 nguyen van o 001-206052-278.02H|101 dang thi hong 101-206052-278.02H|", columns(db));
        } finally {
            factory.close();
        }
    }

    private static String columns(DataSource db) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id, applicant_folded, code_key from dossier order by id")) {
            while (r.next()) {
                rows.append(r.getLong(1)).append(' ').append(r.getString(2)).append(' ').append(r.getString(3)).append('|');
            }
        }
        return rows.toString();
    }

    private long accesses() throws SQLException {
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from dossier_access")) {
            r.next();
            return r.getLong(1);
        }
    }
}
