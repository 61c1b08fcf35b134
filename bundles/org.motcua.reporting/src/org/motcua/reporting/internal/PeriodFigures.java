// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.motcua.core.engine.KpiSnapshots;
import org.motcua.core.engine.KpiSnapshots.Origin;
import org.motcua.core.engine.KpiSnapshots.Period;
import org.motcua.core.engine.KpiSnapshots.PeriodRow;

/**
 * A period's figures as of its end, from the core's daily snapshots ({@link KpiSnapshots}), for the period report and
 * the dashboard: the report service refreshes the snapshots, reads the period and puts this object in the application
 * context under {@link #APP_CONTEXT_KEY}; the designs' scripted data sets read its lists, so no figure is computed twice.
 */
public final class PeriodFigures {

    /** The application-context key under which a design finds this object. */
    public static final String APP_CONTEXT_KEY = "MotCuaPeriod";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Period period;
    private final ResourceBundle texts;
    private final Locale locale;

    /** Wraps {@code period}, labelled in {@code locale}. */
    public PeriodFigures(Period period, Locale locale) {
        this.period = period;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("designs/reports/period", locale, PeriodFigures.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Refreshes the snapshots on {@code connection} at {@code now} and reads the period of the office range.
     *
     * @return the figures, labelled in {@code locale}
     */
    public static PeriodFigures read(Connection connection, long officeFrom, long officeTo, LocalDate from, LocalDate to,
            LocalDateTime now, Locale locale) {
        KpiSnapshots.refresh(connection, now);
        return new PeriodFigures(KpiSnapshots.period(connection, officeFrom, officeTo, from, to, now.toLocalDate()),
                locale);
    }

    /** @return the period read */
    public Period period() {
        return period;
    }

    /** @return the figures by office, origin, procedure, department and channel */
    public List<PeriodRow> figures() {
        return period.figures();
    }

    /** @return the adjustments, by the same dimensions */
    public List<PeriodRow> adjustments() {
        return period.adjustments();
    }

    /** @return the facts behind the adjustments */
    public List<KpiSnapshots.LateFact> lateFacts() {
        return period.lateFacts();
    }

    /** @return the figures summed by origin and channel (the official ones first) */
    public List<PeriodRow> byOriginAndChannel() {
        Map<String, long[]> sums = new LinkedHashMap<>();
        List<PeriodRow> sorted = new ArrayList<>(period.figures());
        sorted.sort((a, b) -> a.origin() != b.origin() ? a.origin().compareTo(b.origin()) : a.channel().compareTo(b.channel()));
        for (PeriodRow r : sorted) {
            long[] t = sums.computeIfAbsent(r.origin().name() + "|" + r.channel(), k -> new long[7]);
            long[] v = { r.carriedOver(), r.received(), r.early(), r.onTime(), r.late(), r.pendingWithin(), r.pendingPast() };
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
        }
        List<PeriodRow> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            String[] key = e.getKey().split("\\|", 2);
            long[] t = e.getValue();
            rows.add(new PeriodRow("", Origin.valueOf(key[0]), "", "", key[1], t[0], t[1], t[2], t[3], t[4], t[5], t[6]));
        }
        return rows;
    }

    /** @return the official figures' total (dossiers received in MotCua) */
    public PeriodRow official() {
        return Period.total(period.figures(), Origin.MOTCUA);
    }

    /** @return the official adjustments' total */
    public PeriodRow officialAdjustment() {
        return Period.total(period.adjustments(), Origin.MOTCUA);
    }

    /** @return the origin as printed */
    public String origin(Object origin) {
        return texts.getString("origin." + origin);
    }

    /** @return the channel as printed */
    public String channel(String channel) {
        return texts.containsKey("channel." + channel) ? texts.getString("channel." + channel) : channel;
    }

    /** @return the department as printed ("" for none: at the desk) */
    public String department(String department) {
        return department == null || department.isEmpty() ? texts.getString("department.none") : department;
    }

    /** @return the line saying what day's end the pending figures are taken at, closed or provisional */
    public String asOf(java.util.Date printed) {
        LocalDateTime now = new java.sql.Timestamp(printed.getTime()).toLocalDateTime();
        String day = period.asOf().format(DAY);
        return period.closed() ? java.text.MessageFormat.format(texts.getString("asOf.closed"), day)
                : java.text.MessageFormat.format(texts.getString("asOf.open"), now.format(TIME));
    }

    /** @return the line saying there are no adjustments, or "" when there are */
    public String noAdjustments() {
        return period.adjustments().isEmpty() && period.lateFacts().isEmpty() ? texts.getString("period.noAdjustments") : "";
    }

    /** @return an action ({@code ActionType} name) as the core names it */
    public String action(String action) {
        String key = "action.label." + action;
        return org.motcua.core.i18n.Messages.exists(locale, key) ? org.motcua.core.i18n.Messages.get(locale, key) : action;
    }

    /** @return a time as printed */
    public String time(LocalDateTime at) {
        return at.format(TIME);
    }
}
