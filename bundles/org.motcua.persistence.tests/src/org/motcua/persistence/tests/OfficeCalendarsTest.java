// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.motcua.core.config.Holiday;
import org.motcua.core.org.OfficeSettings;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ForwardingView;

/**
 * Calendars for real offices (issue 16.6): settings changed from an effective date without moving what was
 * promised, the year's national holidays proposed to the province, the same-day forwarding rule shown and counted.
 * The world's clock starts on Monday 2 June 2025, 08:00; the district's cut-off is 15:00.
 */
class OfficeCalendarsTest extends WorldTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 6, 5);

    private static OfficeSettings settings(LocalDate from, String periods, LocalTime cutOff, String basis, int sla) {
        return new OfficeSettings(from, periods, cutOff, basis, BigDecimal.valueOf(sla), null, null);
    }

    @Test
    void settingsChangeFromAnEffectiveDateAndDossiersKeepTheSettingsOfTheirReceipt() {
        var org = w.core.organization();
        // Wednesday 4 June, 15:30: after the district's 15:00 cut-off, the clock starts on Thursday at 07:00
        w.clock.set(LocalDateTime.of(2025, 6, 4, 15, 30));
        DossierView before = w.receiveLand();
        assertEquals(LocalDateTime.of(2025, 6, 5, 7, 0), before.validReceivedAt());

        Principal districtAdmin = w.createUser("admin.district", "Quản trị huyện", w.district, null, Role.ADMINISTRATOR);
        OfficeSettings closing = settings(THURSDAY, "07:30-11:30,13:30-17:00", null, null, 2);
        refused("admin.required", () -> org.setOfficeSettings(w.desk, w.district.id(), closing));
        refused("admin.outsideOffices", () -> org.setOfficeSettings(districtAdmin, w.province.id(), closing));
        refused("office.settings.notFuture", () -> org.setOfficeSettings(w.admin, w.district.id(),
                settings(LocalDate.of(2025, 6, 4), null, null, null, 1)));
        refused("office.settings.cutOffOutside", () -> org.setOfficeSettings(w.admin, w.district.id(),
                settings(THURSDAY, null, LocalTime.of(18, 0), "QĐ thử", 1)));
        refused("office.settings.basisRequired", () -> org.setOfficeSettings(w.admin, w.district.id(),
                settings(THURSDAY, null, LocalTime.of(15, 0), " ", 1)));
        refused("office.settings.badSla", () -> org.setOfficeSettings(w.admin, w.district.id(), settings(THURSDAY, null, null, null, 0)));
        refused("office.settings.badSla", () -> org.setOfficeSettings(w.admin, w.district.id(), settings(THURSDAY, null, null, null, 31)));
        refused("office.badWorkingPeriods", () -> org.setOfficeSettings(w.admin, w.district.id(),
                settings(THURSDAY, "7h-11h", null, null, 1)));
        assertEquals(1, org.officeSettings(w.district.id()).size(), "a refusal writes nothing");

        // the district's administrator changes their own office: from Thursday, opening 07:30, cut-off at closing time
        org.setOfficeSettings(districtAdmin, w.district.id(), closing);
        List<OfficeSettings> history = org.officeSettings(w.district.id());
        assertEquals(2, history.size());
        assertNull(history.get(0).effectiveFrom(), "the settings the office was created with come first");
        assertEquals(LocalTime.of(15, 0), history.get(0).cutOff());
        assertEquals(new OfficeSettings(THURSDAY, "07:30-11:30,13:30-17:00", null, null, new BigDecimal("2.00"),
                "admin.district", LocalDateTime.of(2025, 6, 4, 15, 30)), history.get(1));
        assertEquals(LocalTime.of(15, 0), org.calendar(w.district.id(), LocalDate.of(2025, 6, 4)).cutOffTime());
        assertEquals(LocalTime.of(17, 0), org.calendar(w.district.id(), THURSDAY).cutOffTime());
        assertEquals(LocalTime.of(7, 30), org.calendar(w.district.id(), THURSDAY).openingTime());
        assertEquals(LocalTime.of(15, 0), org.calendar(w.district.id()).cutOffTime(), "today is still Wednesday");

        // Thursday 15:30: received under the new settings, the clock starts at once; 17:30 is after closing
        w.clock.set(LocalDateTime.of(2025, 6, 5, 15, 30));
        DossierView after = w.receiveLand();
        assertEquals(LocalDateTime.of(2025, 6, 5, 15, 30), after.validReceivedAt());
        w.clock.set(LocalDateTime.of(2025, 6, 5, 17, 30));
        assertEquals(LocalDateTime.of(2025, 6, 6, 7, 30), w.receiveLand().validReceivedAt(), "the next morning at the new opening");
        // Wednesday's dossier keeps its appointment through a hand-over under the new settings
        DossierView handed = w.act(w.desk, before, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        assertEquals(before.dueAt(), handed.dueAt());
        assertEquals(before.validReceivedAt(), handed.validReceivedAt());

        // the same day again replaces the entry; a cut-off before closing needs its basis, and is written beside it
        org.setOfficeSettings(w.admin, w.district.id(), settings(LocalDate.of(2025, 6, 9), null, LocalTime.of(16, 0),
                "QĐ 138/2025/QĐ-UBND (thử)", 1));
        org.setOfficeSettings(w.admin, w.district.id(), settings(LocalDate.of(2025, 6, 9), null, LocalTime.of(16, 30),
                "QĐ 138/2025/QĐ-UBND (thử)", 1));
        history = org.officeSettings(w.district.id());
        assertEquals(3, history.size());
        assertEquals(LocalTime.of(16, 30), history.get(2).cutOff());
        assertEquals("QĐ 138/2025/QĐ-UBND (thử)", history.get(2).cutOffBasis());
        assertEquals(LocalTime.of(16, 30), org.calendar(w.district.id(), LocalDate.of(2025, 6, 20)).cutOffTime());
        assertEquals(LocalTime.of(17, 0), org.calendar(w.district.id(), LocalDate.of(2025, 6, 8)).cutOffTime());
    }

    @Test
    void theProvinceEntersTheYearsNationalHolidaysFromTheProposal() {
        var org = w.core.organization();
        List<Holiday> proposed = org.proposedHolidays(2026);
        // 1/1 Thursday; 10/3 lunar is Sunday 26/4, so Monday 27/4; 30/4 Thursday, 1/5 Friday, 2/9 Wednesday
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 2)), proposed.stream().map(Holiday::day).toList());
        // 2025: the world already holds 1 and 2 September for every office, so 2/9 is not proposed again
        assertFalse(org.proposedHolidays(2025).stream().anyMatch(h -> h.day().equals(LocalDate.of(2025, 9, 2))));
        assertEquals(4, org.proposedHolidays(2025).size());

        Principal districtAdmin = w.createUser("admin.district", "Quản trị huyện", w.district, null, Role.ADMINISTRATOR);
        refused("admin.topOnly", () -> org.addProposedHolidays(districtAdmin, 2026));
        refused("admin.required", () -> org.addProposedHolidays(w.desk, 2026));
        assertTrue(w.core.organization().calendar(w.district.id()).isWorkingDay(LocalDate.of(2026, 4, 27)));

        assertEquals(proposed, org.addProposedHolidays(w.admin, 2026));
        var entered = org.calendarDays(null, 2026);
        assertEquals(5, entered.size());
        assertEquals("BLLĐ 2019 Điều 111 khoản 3", entered.get(1).notice());
        assertFalse(org.calendar(w.commune.id(), LocalDate.of(2026, 4, 1)).isWorkingDay(LocalDate.of(2026, 4, 27)));
        assertEquals(List.of(), org.proposedHolidays(2026));
        refused("calendar.nothingProposed", () -> org.addProposedHolidays(w.admin, 2026));
        // Tết and the day next to 2/9 are the administrator's, with the notice
        org.setCalendarDay(w.admin, null, LocalDate.of(2026, 2, 16), false, "Tết Nguyên đán Bính Ngọ", "TB 9441/TB-BNV");
        assertEquals(6, org.calendarDays(null, 2026).size());
    }

    @Test
    void sameDayForwardingIsShownAndCounted() {
        var queries = w.core.queries();
        // Monday 2 June 10:00: handed over the same day; 15:30: by the end of Tuesday
        w.clock.set(LocalDateTime.of(2025, 6, 2, 10, 0));
        DossierView morning = w.receiveLand();
        w.clock.set(LocalDateTime.of(2025, 6, 2, 15, 30));
        DossierView afternoon = w.receiveLand();
        ForwardingView m = queries.forwarding(w.desk, morning.id()).orElseThrow();
        ForwardingView a = queries.forwarding(w.desk, afternoon.id()).orElseThrow();
        assertEquals(LocalDateTime.of(2025, 6, 2, 17, 0), m.due());
        assertEquals(LocalDateTime.of(2025, 6, 3, 17, 0), a.due());
        assertFalse(m.nextDay(morning.receivedAt()));
        assertTrue(a.nextDay(afternoon.receivedAt()));
        assertFalse(m.lateAt(LocalDateTime.of(2025, 6, 2, 16, 59)));
        assertTrue(m.lateAt(LocalDateTime.of(2025, 6, 3, 7, 0)), "still at the desk the next morning");

        // both handed over on Tuesday 09:00: the morning one late, the afternoon one on time
        w.clock.set(LocalDateTime.of(2025, 6, 3, 9, 0));
        w.act(w.desk, morning, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        w.act(w.desk, afternoon, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        m = queries.forwarding(w.landSpecialist, morning.id()).orElseThrow();
        assertEquals(LocalDateTime.of(2025, 6, 3, 9, 0), m.forwardedAt());
        assertTrue(m.lateAt(LocalDateTime.of(2025, 6, 30, 9, 0)));
        assertFalse(queries.forwarding(w.desk, afternoon.id()).orElseThrow().lateAt(LocalDateTime.of(2025, 6, 30, 9, 0)));

        // Friday 6 June 15:10: the next working day is Monday 9 June
        w.clock.set(LocalDateTime.of(2025, 6, 6, 15, 10));
        DossierView friday = w.receiveLand();
        assertEquals(LocalDateTime.of(2025, 6, 9, 17, 0), queries.forwarding(w.desk, friday.id()).orElseThrow().due());
        assertTrue(queries.forwarding(w.reader(), friday.id()).isPresent());

        Map<String, Long> counted = read(em -> {
            Map<String, Long> rows = new TreeMap<>();
            List<?> result = em.createNativeQuery("SELECT timeliness, SUM(dossiers) FROM kpi_counter WHERE event = 'FORWARDED'"
                    + " GROUP BY timeliness").getResultList();
            for (Object o : result) {
                Object[] r = (Object[]) o;
                rows.put((String) r[0], ((Number) r[1]).longValue());
            }
            return rows;
        });
        assertEquals(Map.of("LATE", 1L, "ON_TIME", 1L), counted);
    }
}
