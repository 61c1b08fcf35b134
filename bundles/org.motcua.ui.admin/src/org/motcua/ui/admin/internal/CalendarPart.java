// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.calendar.SameDayForwarding;
import org.motcua.core.config.Holiday;
import org.motcua.core.org.CalendarEntry;
import org.motcua.core.org.OfficeSettings;
import org.motcua.core.validation.ValidationResult;
import org.motcua.core.validation.VietnameseDateParser;
import org.motcua.ui.internal.Ui;

/**
 * The calendar of real offices. "Days off": the holidays and make-up working days per year, for every office or
 * one office, each with the notice it comes from (list, add or change, remove), and the national days the dated
 * rules give for the year, proposed to the province's administrator. "Hours and time limits": an office's working
 * periods, receipt cut-off (with its basis) and inter-level acceptance time, changed from an effective date so
 * that dossiers already received keep the settings of their day of receipt. Every change goes through the core,
 * which checks the administrator's reach (the province for days of every office, an office's subtree otherwise).
 */
public class CalendarPart extends AdminPart {

    private Combo office;
    private Spinner year;
    private TabFolder tabs;
    private Table table;
    private Label count;
    private Text date;
    private Combo kind;
    private Text note;
    private Text notice;
    private Table proposals;
    private Button addProposals;
    private Table settingsTable;
    private Label settingsFor;
    private Text from;
    private Text periods;
    private Text cutOff;
    private Text basis;
    private Text sla;
    private Button saveSettings;
    private List<CalendarEntry> days = List.of();
    private List<Holiday> proposed = List.of();

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
        tabs = Ui.id(new TabFolder(composite, SWT.TOP), id("tabs")); //$NON-NLS-1$
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TabItem daysTab = new TabItem(tabs, SWT.NONE);
        daysTab.setText(Messages.Calendar_daysTab);
        daysTab.setControl(buildDays(tabs));
        TabItem settingsTab = new TabItem(tabs, SWT.NONE);
        settingsTab.setText(Messages.Calendar_settingsTab);
        settingsTab.setControl(buildSettings(tabs));
    }

    private Composite buildDays(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(1, false));
        table = table(composite, id("table"), 100, Messages.Calendar_date, Messages.Calendar_weekday, //$NON-NLS-1$
                Messages.Calendar_kind, Messages.Calendar_note, Messages.Calendar_notice, Messages.Calendar_scope);
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                fill(days.get(i));
            }
        });
        count = Ui.id(new Label(composite, SWT.NONE), id("count")); //$NON-NLS-1$
        count.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite lower = new Composite(composite, SWT.NONE);
        lower.setLayout(new GridLayout(2, true));
        lower.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group form = group(lower, Messages.Calendar_formGroup, 2);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        date = field(form, Messages.Calendar_date, id("date")); //$NON-NLS-1$
        date.setMessage(Messages.Calendar_dateHint);
        kind = combo(form, Messages.Calendar_kind, id("kind")); //$NON-NLS-1$
        kind.add(Messages.Calendar_holiday);
        kind.add(Messages.Calendar_workingDay);
        kind.select(0);
        note = field(form, Messages.Calendar_note, id("note")); //$NON-NLS-1$
        notice = field(form, Messages.Calendar_notice, id("notice")); //$NON-NLS-1$
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        button(buttons, Messages.Admin_save, id("save"), this::save); //$NON-NLS-1$
        button(buttons, Messages.Calendar_remove, id("remove"), this::remove); //$NON-NLS-1$
        button(buttons, Messages.Admin_clear, id("clear"), () -> fill(null)); //$NON-NLS-1$
        Group proposal = group(lower, Messages.Calendar_proposalGroup, 1);
        proposal.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label help = new Label(proposal, SWT.WRAP);
        help.setText(Messages.Calendar_proposalHelp);
        GridData helpData = new GridData(SWT.FILL, SWT.TOP, true, false);
        helpData.widthHint = 420;
        help.setLayoutData(helpData);
        proposals = table(proposal, id("proposals"), 125, Messages.Calendar_date, Messages.Calendar_weekday, //$NON-NLS-1$
                Messages.Calendar_note, Messages.Calendar_rule);
        addProposals = button(proposal, Messages.Calendar_addProposals, id("addProposals"), this::addProposals); //$NON-NLS-1$
        return composite;
    }

    private Composite buildSettings(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(1, false));
        settingsFor = Ui.id(new Label(composite, SWT.WRAP), id("settingsFor")); //$NON-NLS-1$
        settingsFor.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        settingsTable = table(composite, id("settings"), 110, Messages.Calendar_from, Messages.Calendar_periods, //$NON-NLS-1$
                Messages.Calendar_cutOff, Messages.Calendar_cutOffBasis, Messages.Calendar_sla, Messages.Calendar_recordedBy);
        Group form = group(composite, Messages.Calendar_settingsGroup, 2);
        from = field(form, Messages.Calendar_from, id("from")); //$NON-NLS-1$
        from.setMessage(Messages.Calendar_dateHint);
        periods = field(form, Messages.Calendar_periods, id("periods")); //$NON-NLS-1$
        periods.setMessage("07:00-11:30,13:30-17:00"); //$NON-NLS-1$
        cutOff = field(form, Messages.Calendar_cutOff, id("cutOff")); //$NON-NLS-1$
        cutOff.setMessage(Messages.Calendar_cutOffHint);
        basis = field(form, Messages.Calendar_cutOffBasis, id("basis")); //$NON-NLS-1$
        basis.setMessage(Messages.Calendar_cutOffBasisHint);
        sla = field(form, Messages.Calendar_sla, id("sla")); //$NON-NLS-1$
        saveSettings = button(form, Messages.Calendar_saveSettings, id("saveSettings"), this::saveSettings); //$NON-NLS-1$
        Label rules = Ui.id(new Label(composite, SWT.WRAP), id("rules")); //$NON-NLS-1$
        rules.setText(NLS.bind(Messages.Calendar_rules, SameDayForwarding.CUT_OFF));
        GridData rulesData = new GridData(SWT.FILL, SWT.TOP, true, false);
        rulesData.widthHint = 900;
        rules.setLayoutData(rulesData);
        return composite;
    }

    @Override
    void reload() {
        loadOffices(office, Messages.Admin_allOffices, this::load);
    }

    private void load() {
        Long officeId = officeId(office, Messages.Admin_allOffices);
        int chosen = year.getSelection();
        run(() -> session.core().organization().calendarDays(officeId, chosen), list -> show(list, chosen));
        run(() -> session.core().organization().proposedHolidays(chosen), this::showProposals);
        if (officeId == null) {
            settingsFor.setText(Messages.Calendar_chooseOffice);
            rows(settingsTable, list());
            saveSettings.setEnabled(false);
        } else {
            run(() -> session.core().organization().officeSettings(officeId), this::showSettings);
        }
    }

    private void show(List<CalendarEntry> list, int shownYear) {
        days = list;
        List<String[]> rows = list();
        for (CalendarEntry d : list) {
            rows.add(new String[] { Ui.format(d.day()), weekday(d.day()),
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

    private void showProposals(List<Holiday> list) {
        proposed = list;
        List<String[]> rows = list();
        for (Holiday h : list) {
            rows.add(new String[] { Ui.format(h.day()), weekday(h.day()), h.name(), h.notice() });
        }
        rows(proposals, rows);
        addProposals.setEnabled(!list.isEmpty());
    }

    private void showSettings(List<OfficeSettings> list) {
        LocalDate today = session.core().time().now().toLocalDate();
        List<String[]> rows = list();
        for (OfficeSettings s : list) {
            String closing = periodsText(s).replaceAll(".*-", ""); //$NON-NLS-1$ //$NON-NLS-2$
            rows.add(new String[] { s.effectiveFrom() == null ? Messages.Calendar_sinceCreation : Ui.format(s.effectiveFrom()),
                    periodsText(s), s.cutOff() == null ? NLS.bind(Messages.Calendar_cutOffClosing, closing) : s.cutOff().toString(),
                    s.cutOffBasis() != null ? s.cutOffBasis() : s.cutOff() == null ? Messages.Calendar_cutOffDefaultBasis
                            : "⚠ " + Messages.Calendar_noNotice, //$NON-NLS-1$
                    s.acceptanceSlaDays().stripTrailingZeros().toPlainString(),
                    s.recordedBy() == null ? "" : s.recordedBy() + ", " + Ui.format(s.recordedAt()) }); //$NON-NLS-1$ //$NON-NLS-2$
        }
        rows(settingsTable, rows);
        OfficeSettings shown = list.get(list.size() - 1); // the newest entry: the base of the next change
        settingsFor.setText(NLS.bind(Messages.Calendar_settingsFor, office.getText(), Ui.format(today)));
        from.setText(Ui.format(today.plusDays(1)));
        periods.setText(periodsText(shown));
        cutOff.setText(shown.cutOff() == null ? "" : shown.cutOff().toString()); //$NON-NLS-1$
        basis.setText(shown.cutOffBasis() == null ? "" : shown.cutOffBasis()); //$NON-NLS-1$
        sla.setText(shown.acceptanceSlaDays().stripTrailingZeros().toPlainString());
        saveSettings.setEnabled(true);
    }

    private static String periodsText(OfficeSettings s) {
        return s.workingPeriods() == null || s.workingPeriods().isBlank() ? "07:00-11:30,13:30-17:00" : s.workingPeriods(); //$NON-NLS-1$
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Ui.locale());
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

    private void addProposals() {
        int chosen = year.getSelection();
        run(() -> session.core().organization().addProposedHolidays(actor(), chosen), added -> {
            ok(NLS.bind(Messages.Calendar_proposalsAdded, added.size(), String.valueOf(chosen)));
            load();
        });
    }

    private void saveSettings() {
        Long officeId = officeId(office, Messages.Admin_allOffices);
        if (officeId == null) {
            error(Messages.Calendar_chooseOffice);
            return;
        }
        ValidationResult<LocalDate> day = VietnameseDateParser.parse(from.getText());
        if (!day.isValid()) {
            error(NLS.bind(Messages.Calendar_badDate, from.getText()));
            return;
        }
        LocalTime time;
        try {
            time = cutOff.getText().isBlank() ? null : LocalTime.parse(cutOff.getText().trim());
        } catch (DateTimeParseException e) {
            error(NLS.bind(Messages.Calendar_badTime, cutOff.getText()));
            return;
        }
        BigDecimal days;
        try {
            days = new BigDecimal(sla.getText().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            error(NLS.bind(Messages.Calendar_badSla, sla.getText()));
            return;
        }
        OfficeSettings settings = new OfficeSettings(day.orElseThrow(), periods.getText(), time, basis.getText(), days, null,
                null);
        run(() -> {
            session.core().organization().setOfficeSettings(actor(), officeId, settings);
            return settings;
        }, saved -> {
            ok(NLS.bind(Messages.Calendar_settingsSaved, Ui.format(saved.effectiveFrom())));
            load();
        });
    }
}
