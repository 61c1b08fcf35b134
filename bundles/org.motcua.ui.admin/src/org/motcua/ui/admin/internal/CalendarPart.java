// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.config.Holiday;
import org.motcua.core.org.CalendarEntry;
import org.motcua.core.validation.ValidationResult;
import org.motcua.core.validation.VietnameseDateParser;
import org.motcua.ui.internal.Ui;

/**
 * The holiday and make-up working day calendar per year, for every office or one office, each day with the
 * official notice it comes from: list, add or change, remove.
 */
public class CalendarPart extends AdminPart {

    private Combo office;
    private Spinner year;
    private Table table;
    private Label count;
    private Text date;
    private Combo kind;
    private Text note;
    private Text notice;
    private List<CalendarEntry> days = List.of();

    public CalendarPart() {
        super(Messages.Calendar_heading, Messages.Calendar_help, "admin.calendar"); //$NON-NLS-1$
    }

    @Override
    void build(Composite composite) {
        Composite top = row(composite, 4);
        office = combo(top, Messages.Admin_office, id("office")); //$NON-NLS-1$
        office.addListener(SWT.Selection, e -> load());
        new Label(top, SWT.NONE).setText(Messages.Calendar_year);
        year = Ui.id(new Spinner(top, SWT.BORDER), id("year")); //$NON-NLS-1$
        year.setValues(session.core().time().now().getYear(), 2000, 2100, 0, 1, 1);
        year.addListener(SWT.Selection, e -> load());
        table = table(composite, id("table"), 240, Messages.Calendar_date, Messages.Calendar_weekday, //$NON-NLS-1$
                Messages.Calendar_kind, Messages.Calendar_note, Messages.Calendar_notice, Messages.Calendar_scope);
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                fill(days.get(i));
            }
        });
        count = Ui.id(new Label(composite, SWT.NONE), id("count")); //$NON-NLS-1$
        count.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
        Group form = group(composite, Messages.Calendar_formGroup, 2);
        date = field(form, Messages.Calendar_date, id("date")); //$NON-NLS-1$
        date.setMessage(Messages.Calendar_dateHint);
        kind = combo(form, Messages.Calendar_kind, id("kind")); //$NON-NLS-1$
        kind.add(Messages.Calendar_holiday);
        kind.add(Messages.Calendar_workingDay);
        kind.select(0);
        note = field(form, Messages.Calendar_note, id("note")); //$NON-NLS-1$
        notice = field(form, Messages.Calendar_notice, id("notice")); //$NON-NLS-1$
        Composite buttons = row(composite, 3);
        button(buttons, Messages.Admin_save, id("save"), this::save); //$NON-NLS-1$
        button(buttons, Messages.Calendar_remove, id("remove"), this::remove); //$NON-NLS-1$
        button(buttons, Messages.Admin_clear, id("clear"), () -> fill(null)); //$NON-NLS-1$
    }

    @Override
    void reload() {
        loadOffices(office, Messages.Admin_allOffices, this::load);
    }

    private void load() {
        Long officeId = officeId(office, Messages.Admin_allOffices);
        int chosen = year.getSelection();
        run(() -> session.core().organization().calendarDays(officeId, chosen), list -> show(list, chosen));
    }

    private void show(List<CalendarEntry> list, int shownYear) {
        days = list;
        List<String[]> rows = list();
        for (CalendarEntry d : list) {
            rows.add(new String[] { Ui.format(d.day()), d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Ui.locale()),
                    d.workingDay() ? Messages.Calendar_workingDay : Messages.Calendar_holiday, d.note(),
                    d.notice() == null ? "⚠ " + Messages.Calendar_noNotice //$NON-NLS-1$
                            : d.notice().startsWith(Holiday.UNVERIFIED) ? "⚠ " + d.notice() : d.notice(), //$NON-NLS-1$
                    d.officeCode() == null ? Messages.Admin_allOffices : d.officeCode() });
        }
        rows(table, rows);
        long off = list.stream().filter(d -> !d.workingDay()).count();
        count.setText(NLS.bind(Messages.Calendar_count, new Object[] { off, list.size() - off,
                String.valueOf(shownYear) }));
    }

    private void fill(CalendarEntry day) {
        date.setText(day == null ? "" : Ui.format(day.day())); //$NON-NLS-1$
        kind.select(day != null && day.workingDay() ? 1 : 0);
        note.setText(day == null || day.note() == null ? "" : day.note()); //$NON-NLS-1$
        notice.setText(day == null || day.notice() == null ? "" : day.notice()); //$NON-NLS-1$
        if (day == null) {
            table.deselectAll();
        }
    }

    private void save() {
        ValidationResult<LocalDate> parsed = VietnameseDateParser.parse(date.getText());
        if (!parsed.isValid()) {
            error(NLS.bind(Messages.Calendar_badDate, date.getText()));
            return;
        }
        LocalDate day = parsed.orElseThrow();
        Long officeId = officeId(office, Messages.Admin_allOffices);
        boolean working = kind.getSelectionIndex() == 1;
        String noteText = note.getText();
        String noticeText = notice.getText();
        run(() -> {
            session.core().organization().setCalendarDay(actor(), officeId, day, working, noteText, noticeText);
            return day;
        }, saved -> {
            ok(NLS.bind(Messages.Calendar_saved, Ui.format(saved)));
            year.setSelection(saved.getYear());
            load();
        });
    }

    private void remove() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            error(Messages.Calendar_chooseFirst);
            return;
        }
        CalendarEntry day = days.get(i);
        run(() -> {
            session.core().organization().removeCalendarDay(actor(), day.officeId(), day.day());
            return day;
        }, removed -> {
            ok(NLS.bind(Messages.Calendar_removed, Ui.format(removed.day())));
            fill(null);
            load();
        });
    }
}
