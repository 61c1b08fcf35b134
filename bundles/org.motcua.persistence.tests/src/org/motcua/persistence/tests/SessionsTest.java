// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.testsupport.World.refused;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaCore;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.engine.SecuritySettings;
import org.motcua.core.org.UserAccount;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.testsupport.World;

/** Identity (issue 13): principals only from sign-in, checked on every call; lockout; passwords; the demo clock. */
class SessionsTest extends WorldTest {

    private static final char[] PASSWORD = World.PASSWORD.toCharArray();

    /** A second engine over the same database with its own persistence unit: another workstation or server. */
    private CoreEngine otherProcess(SecuritySettings settings) {
        EntityManagerFactory factory = Database.open(w.config, w.dataSource);
        return CoreEngine.create(factory, w.clock, w.core.procedures(), settings);
    }

    private UserAccount account(String username) {
        return w.core.organization().users(w.admin, w.district.id()).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
    }

    @Test
    void aForgedPrincipalIsRefusedAndNoOperationTakesAName() {
        Principal forged = new Principal("not-a-token", "admin", "Quản trị viên", LocalDateTime.now().plusHours(1), false);
        refused("session.invalid", () -> w.core.workflow().receivableProcedures(forged));
        refused("session.invalid", () -> w.core.organization().createDepartment(forged, w.district.id(), "X", "X",
                org.motcua.core.org.DepartmentKind.INTERNAL));
        // the desk's own token with the administrator's name is still the desk: the token is the only authority
        Principal disguised = new Principal(w.desk.token(), "admin", "Quản trị viên", w.desk.expiresAt(), false);
        refused("admin.required", () -> w.core.organization().createDepartment(disguised, w.district.id(), "X", "X",
                org.motcua.core.org.DepartmentKind.INTERNAL));
        assertFalse(w.desk.toString().contains(w.desk.token()), "a principal never prints its secret");
    }

    @Test
    void onlyTheTokensHashIsStored() throws SQLException {
        try (Connection c = w.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select token_hash from user_session");
                ResultSet rows = s.executeQuery()) {
            int sessions = 0;
            while (rows.next()) {
                sessions++;
                assertNotEquals(w.desk.token(), rows.getString(1));
                assertEquals(64, rows.getString(1).length());
            }
            assertTrue(sessions >= 11, "one session per signed-in account: " + sessions);
        }
    }

    @Test
    void aSignedOutOrExpiredSessionIsRefused() {
        Principal desk = w.signIn("desk.district");
        assertEquals("desk.district", w.core.sessions().currentUser(desk).username());
        // a server gets the caller from the token alone
        Principal resumed = w.core.sessions().resume(desk.token());
        assertEquals("desk.district", resumed.username());
        assertEquals(desk.expiresAt(), resumed.expiresAt());
        refused("session.invalid", () -> w.core.sessions().resume(desk.token() + "x"));
        refused("session.invalid", () -> w.core.sessions().resume(""));
        w.core.sessions().signOut(desk);
        refused("session.ended", () -> w.core.workflow().receivableProcedures(desk));
        refused("session.ended", () -> w.core.sessions().signOut(desk));
        refused("session.ended", () -> w.core.sessions().resume(desk.token()));

        // long enough for the first call even on a loaded machine, short enough to wait for
        CoreEngine shortLived = otherProcess(World.TEST_SECURITY.withSessionLifetime(Duration.ofSeconds(4)));
        Principal brief = shortLived.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP);
        assertFalse(shortLived.workflow().receivableProcedures(brief).isEmpty());
        World.waitForTheRealClock(brief.expiresAt());
        refused("session.expired", () -> shortLived.workflow().receivableProcedures(brief));
        refused("session.expired", () -> w.core.workflow().receivableProcedures(brief));
    }

    @Test
    void aDeactivationOrRoleChangeActsOnTheNextCallFromAnotherProcess() {
        CoreEngine workstation = otherProcess(World.TEST_SECURITY);
        Principal desk = workstation.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP);
        var dossier = workstation.workflow().receive(desk, World.request(TestWorld.LAND, Channel.WALK_IN, "Lê Thị A"));
        // the other process has read the desk officer; the administrator changes the roles here
        UserAccount changed = w.core.organization().setRoles(w.admin, account("desk.district"),
                java.util.EnumSet.of(org.motcua.core.org.Role.LEADER));
        refused("action.roleDenied", () -> workstation.workflow().receive(desk,
                World.request(TestWorld.LAND, Channel.WALK_IN, "Lê Thị B")));
        w.core.organization().setActive(w.admin, changed, false);
        refused("session.userInactive", () -> workstation.workflow().allowedActions(desk, dossier.id()));
        refused("signIn.failed", () -> workstation.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP));
    }

    @Test
    void repeatedFailuresSlowDownThenLockAndAnAdministratorUnlocks() {
        CoreEngine strict = otherProcess(World.TEST_SECURITY.withLockout(2, Duration.ofMillis(10), 4, Duration.ofSeconds(2)));
        for (int i = 0; i < 3; i++) {
            refused("signIn.failed", () -> strict.sessions().signIn("desk.district", "sai".toCharArray(), SessionKind.DESKTOP));
        }
        assertNull(account("desk.district").lockedUntil(), "not locked after three");
        refused("signIn.failed", () -> strict.sessions().signIn("desk.district", "sai".toCharArray(), SessionKind.DESKTOP));
        // locked now: even the right password is refused, and every workstation sees the lock
        refused("signIn.locked", () -> strict.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP));
        refused("signIn.locked", () -> w.core.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP));
        assertTrue(account("desk.district").lockedUntil() != null);
        w.core.organization().unlock(w.admin, account("desk.district"));
        assertEquals("desk.district", strict.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP).username());
        // a lock also ends by itself
        for (int i = 0; i < 4; i++) {
            refused("signIn.failed", () -> strict.sessions().signIn("desk.district", "sai".toCharArray(), SessionKind.DESKTOP));
        }
        refused("signIn.locked", () -> strict.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP));
        World.waitForTheRealClock(account("desk.district").lockedUntil());
        assertEquals("desk.district", strict.sessions().signIn("desk.district", PASSWORD, SessionKind.DESKTOP).username());
        assertTrue(audits("signin.failed") == 6 && audits("signin.lockedNow") == 2 && audits("signin.locked") == 3
                && audits("user.unlock") == 1,
                "successes and failures are recorded");
    }

    @Test
    void anUnknownNameGetsTheSameAnswersAsAKnownOne() {
        CoreEngine strict = otherProcess(World.TEST_SECURITY.withLockout(2, Duration.ofMillis(10), 3, Duration.ofMinutes(5)));
        for (String name : List.of("desk.district", "khong.co.ai")) {
            for (int i = 0; i < 3; i++) {
                refused("signIn.failed", () -> strict.sessions().signIn(name, "sai".toCharArray(), SessionKind.DESKTOP));
            }
            refused("signIn.locked", () -> strict.sessions().signIn(name, "sai".toCharArray(), SessionKind.DESKTOP));
        }
    }

    @Test
    void usersChangeTheirOwnPasswordAndAResetForcesAChange() {
        Principal elsewhere = w.signIn("land.specialist");
        Principal here = w.signIn("land.specialist");
        refused("password.currentWrong", () -> w.core.sessions().changePassword(here, "sai".toCharArray(), "moi-mat-khau".toCharArray()));
        refused("user.weakPassword", () -> w.core.sessions().changePassword(here, PASSWORD, "ngan".toCharArray()));
        Principal changed = w.core.sessions().changePassword(here, PASSWORD, "moi-mat-khau-1".toCharArray());
        assertFalse(w.core.workflow().allowedActions(changed, -1).contains(ActionType.RECEIVE));
        refused("session.ended", () -> w.core.workflow().receivableProcedures(elsewhere));
        refused("signIn.failed", () -> w.signIn("land.specialist"));

        UserAccount reset = w.core.organization().resetPassword(w.admin, account("land.specialist"),
                "tam-thoi-123".toCharArray());
        assertTrue(reset.passwordChangeRequired());
        refused("session.ended", () -> w.core.workflow().receivableProcedures(changed));
        Principal temporary = w.core.sessions().signIn("land.specialist", "tam-thoi-123".toCharArray(), SessionKind.DESKTOP);
        assertTrue(temporary.passwordChangeRequired());
        refused("password.changeRequired", () -> w.core.workflow().receivableProcedures(temporary));
        Principal after = w.core.sessions().changePassword(temporary, "tam-thoi-123".toCharArray(), "cua-toi-456".toCharArray());
        assertFalse(after.passwordChangeRequired());
        assertFalse(account("land.specialist").passwordChangeRequired());
        w.core.workflow().receivableProcedures(after);
        refused("admin.required", () -> w.core.organization().resetPassword(w.desk, account("land.specialist"),
                "tam-thoi-123".toCharArray()));
    }

    @Test
    void aUserEndsTheirOtherSessions() {
        Principal a = w.signIn("registry.specialist");
        Principal b = w.signIn("registry.specialist");
        assertEquals(2, w.core.sessions().endOtherSessions(w.registry));
        refused("session.ended", () -> w.core.sessions().currentUser(a));
        refused("session.ended", () -> w.core.sessions().currentUser(b));
        assertEquals("registry.specialist", w.core.sessions().currentUser(w.registry).username());
    }

    @Test
    void passwordHashesFollowTheSettingsAndOverCostlyOnesAreRefused() throws SQLException {
        assertTrue(hash("leader.district").startsWith("$argon2id$v=19$m=64,t=1,p=1$"), hash("leader.district"));
        CoreEngine installation = otherProcess(SecuritySettings.defaults());
        installation.sessions().signIn("leader.district", PASSWORD, SessionKind.DESKTOP);
        assertTrue(hash("leader.district").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"),
                "renewed under the installation's settings: " + hash("leader.district"));
        // a crafted hash asking for 4 GiB is refused without being computed
        setHash("leader.district", "$argon2id$v=19$m=4194304,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        refused("signIn.failed", () -> installation.sessions().signIn("leader.district", PASSWORD, SessionKind.DESKTOP));
    }

    @Test
    void aDemoClockNeedsADatabaseCreatedAsADemo() {
        DatabaseConfig config = World.h2("not-a-demo");
        var dataSource = Database.dataSource(config);
        EntityManagerFactory factory = Database.open(config, dataSource);
        try {
            refused("clock.demoOnly", () -> CoreEngine.create(factory, new SettableTimeSource(LocalDateTime.of(2025, 6, 2, 8, 0)),
                    new ProcedureRegistry()));
            MotCuaCore real = CoreEngine.create(factory, org.motcua.core.TimeSource.system(), new ProcedureRegistry());
            real.organization().createFirstAdministrator(new org.motcua.core.org.OfficeData("H20", "UBND tỉnh",
                    org.motcua.core.org.OfficeLevel.PROVINCE, org.motcua.core.org.Regime.DECREE_61_2018, null, null, null,
                    null), "admin", "Quản trị", PASSWORD);
            refused("database.notEmptyForDemo", () -> CoreEngine.createAsDemo(factory));
            refused("clock.demoOnly", () -> ((CoreEngine) real).batch(() -> null));
        } finally {
            factory.close();
        }
    }

    @Test
    void anImportedLineSaysWhoImportedItOnBehalfOfWhomAndOnlyAnAdministratorImports() {
        LocalDateTime at = LocalDateTime.of(2025, 5, 5, 8, 0);
        List<ImportedEvent> log = List.of(
                ImportedEvent.received(1, at, "CU-1", "desk.district", World.request(TestWorld.LAND, Channel.WALK_IN, "Cũ A"), null),
                new ImportedEvent(2, at.plusHours(1), "CU-1", "desk.district", ActionType.HAND_OVER, null, null,
                        new ActionRequest.HandOver(w.dept(w.district, "TNMT"))));
        refused("admin.required", () -> w.core.imports().importEvents(w.desk, log));
        w.core.imports().importEvents(w.admin, log);
        var dossier = w.core.queries().page(w.reader(), w.district.code(), 0, 10).get(0);
        List<ActionRecordView> history = w.core.queries().history(w.reader(), dossier.id());
        assertEquals(2, history.size());
        for (ActionRecordView line : history) {
            assertTrue(line.imported());
            assertEquals("desk.district", line.actor(), "on behalf of the old system's user");
            assertEquals("admin", line.importedBy(), "imported by the administrator who signed in");
        }
    }

    private String hash(String username) throws SQLException {
        try (Connection c = w.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select password_hash from user_account where username = ?")) {
            s.setString(1, username);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void setHash(String username, String hash) throws SQLException {
        try (Connection c = w.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update user_account set password_hash = ? where username = ?")) {
            s.setString(1, hash);
            s.setString(2, username);
            s.executeUpdate();
        }
    }

    private long audits(String action) {
        try (Connection c = w.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from admin_audit where action = ?")) {
            s.setString(1, action);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
