// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaCore;
import org.motcua.core.dossier.Channel;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.workflow.DossierView;
import org.motcua.persistence.Database;
import org.motcua.testsupport.TestProvinceWorld;
import org.motcua.testsupport.World;

/**
 * Two servers over one database keep nothing of their own: what an administrator changes through one
 * (a holiday, an office's name) the other uses at the next call, so both count the same deadlines; and no
 * server starts without a module an office enabled.
 */
class TwoServersTest {

    @Test
    void aSecondServerUsesAnAdministratorsChangeAtOnce() {
        try (TestProvinceWorld w = new TestProvinceWorld(World.h2("two-servers"), World.APPLICANT)) {
            EntityManagerFactory opened = secondServersDatabase(w);
            try {
                MotCuaCore second = secondServer(w, opened);
                LocalDate friday = LocalDate.of(2025, 6, 6);
                assertTrue(second.organization().calendar(w.district.id()).isWorkingDay(friday), "read once, as it was");
                OfficeRef district = second.organization().office(w.district.code()).orElseThrow();
                DossierView before = second.workflow().receive(w.desk,
                        TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));

                w.core.organization().setCalendarDay(w.admin, null, friday, false, "Nghỉ bù (thử)");
                w.core.organization().updateOffice(w.admin, district, "Bộ phận một cửa huyện Tháp Mười (mới)",
                        district.level(), district.regime(), district.parentId());

                assertFalse(second.organization().calendar(w.district.id()).isWorkingDay(friday),
                        "the holiday entered through the other server");
                assertEquals("Bộ phận một cửa huyện Tháp Mười (mới)",
                        second.organization().office(w.district.code()).orElseThrow().name());
                DossierView after = second.workflow().receive(w.desk,
                        TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));
                assertEquals(before.dueAt().toLocalDate().plusDays(3), after.dueAt().toLocalDate(),
                        "the same 4 working days, now over the holiday and the weekend: " + before.dueAt() + " / " + after.dueAt());
            } finally {
                opened.close();
            }
        }
    }

    /** An office created through one server is there for the other at once. */
    @Test
    void anOfficeCreatedThroughOneServerIsSeenByTheOther() {
        try (TestProvinceWorld w = new TestProvinceWorld(World.h2("two-servers-office"), World.APPLICANT)) {
            EntityManagerFactory opened = secondServersDatabase(w);
            try {
                MotCuaCore second = secondServer(w, opened);
                assertTrue(second.organization().office("H20.872.02").isEmpty());
                w.core.organization().createOffice(w.admin, new OfficeData("H20.872.02", "UBND xã Mỹ Đông",
                        org.motcua.core.org.OfficeLevel.COMMUNE, org.motcua.core.org.Regime.DECREE_61_2018,
                        w.district.id(), null, null, java.math.BigDecimal.ONE));
                assertTrue(second.organization().office("H20.872.02").isPresent());
            } finally {
                opened.close();
            }
        }
    }

    /** @return the world's database as a server opens it: without migrating, without a shared cache */
    private static EntityManagerFactory secondServersDatabase(TestProvinceWorld w) {
        return Database.openWithoutMigrating(w.config, Database.dataSource(w.config));
    }

    /** @return a second server's core over {@code database}, on the world's clock and procedures */
    private static MotCuaCore secondServer(TestProvinceWorld w, EntityManagerFactory database) {
        return CoreEngine.create(database, w.clock, w.core.procedures(), World.TEST_SECURITY);
    }

    @Test
    void aServerWithoutAModuleAnOfficeEnabledDoesNotStart() {
        try (TestProvinceWorld w = new TestProvinceWorld(World.h2("module-parity"), World.APPLICANT)) {
            org.motcua.server.internal.ServerRuntime.checkModules(w.core, java.time.Duration.ZERO); // nothing missing
            w.core.modules().enable(w.admin, w.district.id(), "org.motcua.procedure.land");
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> org.motcua.server.internal.ServerRuntime.checkModules(w.core, java.time.Duration.ZERO));
            assertTrue(refused.getMessage().contains("H20.872") && refused.getMessage().contains("org.motcua.procedure.land"),
                    refused.getMessage());
        }
    }
}
