// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.ReportService;
import org.motcua.ui.internal.StatusLine;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * The leaders' dashboard inside the application: an office (or all offices, as the user's role allows) and a
 * period; the committed dashboard design rendered by the reporting service to PDF in a Job and shown as page
 * images (PDFBox); print (SWT printer) and export to PDF or XLSX through the same service, so the numbers are
 * the KPI service's.
 */
public class DashboardPart {

    /** The part's id in the application model (contributed by this bundle's model fragment). */
    public static final String ID = "org.motcua.reporting.ui.part.dashboard"; //$NON-NLS-1$

    private static final float SCREEN_DPI = 96f;
    private static final float PRINT_DPI_MAX = 200f;

    @Inject
    private MotCuaSession session;
    @Inject
    private ReportService reports;
    @Inject
    private IEventBroker broker;

    private List<OfficeChoice.Choice> choices;
    private Combo office;
    private DateTime from;
    private DateTime to;
    private Button show;
    private Button print;
    private Button exportPdf;
    private Button exportXlsx;
    private Label message;
    private ScrolledComposite scroll;
    private Composite pages;
    private final List<Image> images = new ArrayList<>();
    private Path shown;
    private KpiFilter shownFilter;
    private volatile int busy;

    /** Chooses the file an export goes to, or null when the user cancels (a save dialog unless tests set one). */
    private Function<OutputFormat, Path> exportTarget = this::askFile;
    private volatile KpiFilter lastFilter;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(Messages.Dashboard_heading);
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(7, false));
        new Label(bar, SWT.NONE).setText(Messages.Dashboard_office);
        office = Ui.id(new Combo(bar, SWT.READ_ONLY), "dashboard.office"); //$NON-NLS-1$
        choices = OfficeChoice.allowed(session);
        for (OfficeChoice.Choice choice : choices) {
            office.add(choice.label());
        }
        office.select(0); // the user's own office
        LocalDate today = session.core().time().now().toLocalDate();
        new Label(bar, SWT.NONE).setText(Messages.Dashboard_from);
        from = Ui.id(new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), "dashboard.from"); //$NON-NLS-1$
        set(from, today.withDayOfMonth(1));
        new Label(bar, SWT.NONE).setText(Messages.Dashboard_to);
        to = Ui.id(new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), "dashboard.to"); //$NON-NLS-1$
        set(to, today);
        show = button(bar, Messages.Dashboard_show, "dashboard.show"); //$NON-NLS-1$
        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
        print = button(actions, Messages.Dashboard_print, "dashboard.print"); //$NON-NLS-1$
        exportPdf = button(actions, Messages.Dashboard_exportPdf, "dashboard.exportPdf"); //$NON-NLS-1$
        exportXlsx = button(actions, Messages.Dashboard_exportXlsx, "dashboard.exportXlsx"); //$NON-NLS-1$
        // a changed choice clears the report of the previous one: what is on screen is always what is chosen
        office.addListener(SWT.Selection, e -> choiceChanged());
        from.addListener(SWT.Selection, e -> choiceChanged());
        to.addListener(SWT.Selection, e -> choiceChanged());
        show.addListener(SWT.Selection, e -> show());
        print.addListener(SWT.Selection, e -> print());
        exportPdf.addListener(SWT.Selection, e -> export(OutputFormat.PDF));
        exportXlsx.addListener(SWT.Selection, e -> export(OutputFormat.XLSX));
        parent.getShell().setDefaultButton(show);

        message = Ui.id(new Label(parent, SWT.WRAP), "dashboard.message"); //$NON-NLS-1$
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Ui.message(message, Messages.Dashboard_empty, false);

        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroll.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        pages = new Composite(scroll, SWT.NONE);
        pages.setBackground(scroll.getBackground());
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 12;
        pages.setLayout(layout);
        scroll.setContent(pages);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.getVerticalBar().setIncrement(32);
        enable();
        show();
    }

    private static Button button(Composite bar, String text, String id) {
        Button button = Ui.id(new Button(bar, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    /** Renders the dashboard for the chosen office and period and shows its pages. */
    void show() {
        KpiFilterDraft draft = draft();
        if (draft == null) {
            return;
        }
        Path pdf;
        try {
            pdf = Files.createTempFile("motcua-dashboard", ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (java.io.IOException e) {
            Ui.message(message, NLS.bind(Messages.Dashboard_failed, Ui.describe(e)), true);
            return;
        }
        Ui.message(message, NLS.bind(Messages.Dashboard_rendering, draft.label, Ui.format(draft.from), Ui.format(draft.to)), false);
        run(draft, OutputFormat.PDF, pdf, (filter, monitor) -> {
            List<ImageData> data = PdfPages.render(pdf, SCREEN_DPI, monitor);
            return () -> shown(pdf, filter, data, draft.label);
        });
    }

    private void shown(Path pdf, KpiFilter filter, List<ImageData> data, String label) {
        disposeImages();
        for (var child : pages.getChildren()) {
            child.dispose();
        }
        for (ImageData page : data) {
            Image image = new Image(pages.getDisplay(), page);
            images.add(image);
            Label view = new Label(pages, SWT.BORDER);
            view.setImage(image);
            view.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        }
        deleteShown();
        shown = pdf;
        shownFilter = filter;
        scroll.setMinSize(pages.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        pages.layout(true, true);
        scroll.setOrigin(0, 0);
        Ui.message(message, NLS.bind(Messages.Dashboard_shown, new Object[] { label, Ui.format(filter.from()),
                Ui.format(filter.to()), data.size(), Ui.format(filter.now()) }), false);
    }

    /** Exports the chosen office and period to a file the user picks, through the reporting service. */
    void export(OutputFormat format) {
        KpiFilterDraft draft = draft();
        if (draft == null) {
            return;
        }
        Path file = exportTarget.apply(format);
        if (file == null) {
            return;
        }
        run(draft, format, file, (filter, monitor) -> () -> {
            String text = NLS.bind(Messages.Dashboard_exported, file);
            Ui.message(message, text, false);
            broker.post(StatusLine.TOPIC, text);
        });
    }

    private Path askFile(OutputFormat format) {
        return Ui.askSaveFile(office.getShell(), Messages.Dashboard_exportTitle, format.extension(),
                "bang-dieu-hanh." + format.extension()); //$NON-NLS-1$
    }

    /** Prints the pages shown (rendered again at the printer's resolution). */
    void print() {
        if (shown == null) {
            return;
        }
        PdfPrinter.print(office.getShell(), Messages.Dashboard_printJob, shown, PRINT_DPI_MAX, text -> Ui.message(message, text, false),
                text -> Ui.message(message, text, true));
    }

    /** What a Job does after the report is written; returns what then runs on the UI thread. */
    private interface After {
        Runnable run(KpiFilter filter, IProgressMonitor monitor) throws Exception;
    }

    private void run(KpiFilterDraft draft, OutputFormat format, Path output, After after) {
        ReportDesign design = ReportCatalog.find("dashboard").orElseThrow(); //$NON-NLS-1$
        busy++;
        enable();
        var display = office.getDisplay();
        Job job = new Job(design.title(Ui.locale())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, design.title(Ui.locale()), 10);
                Runnable done;
                try {
                    progress.worked(1);
                    KpiFilter filter = PeriodReports.of(session, reports).render(design, draft.officeId, draft.from,
                            draft.to, format, output);
                    lastFilter = filter;
                    progress.worked(5);
                    done = after.run(filter, progress.split(4));
                } catch (OperationCanceledException e) {
                    done = () -> Ui.message(message, "", false); //$NON-NLS-1$
                } catch (Exception | LinkageError e) {
                    done = () -> Ui.message(message, NLS.bind(Messages.Dashboard_failed, Ui.describe(e)), true);
                }
                Runnable last = done;
                display.asyncExec(() -> {
                    busy--;
                    if (!message.isDisposed()) {
                        last.run();
                        enable();
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void enable() {
        boolean idle = busy == 0;
        show.setEnabled(idle);
        exportPdf.setEnabled(idle);
        exportXlsx.setEnabled(idle);
        print.setEnabled(idle && shown != null);
    }

    /** The pickers' values, checked; null (with a message) when the period is upside down. */
    private KpiFilterDraft draft() {
        LocalDate first = get(from);
        LocalDate last = get(to);
        if (first.isAfter(last)) {
            Ui.message(message, Messages.Dashboard_badPeriod, true);
            return null;
        }
        OfficeChoice.Choice choice = choices.get(Math.max(0, office.getSelectionIndex()));
        return new KpiFilterDraft(choice.officeId(), choice.label(), first, last);
    }

    private record KpiFilterDraft(long officeId, String label, LocalDate from, LocalDate to) {
    }

    /** @return whether a rendering or export is running (tests wait for false) */
    public boolean busy() {
        return busy > 0;
    }

    /** @return the office, period and clock of the pages shown, or null before the first rendering */
    public KpiFilter shownFilter() {
        return shownFilter;
    }

    /** @return the office, period and clock of the last rendering or export, or null */
    public KpiFilter lastFilter() {
        return lastFilter;
    }

    /** Replaces the save dialog of the exports (tests: a fixed file per format). */
    public void setExportTarget(Function<OutputFormat, Path> target) {
        exportTarget = target;
    }

    /** @return how many pages are shown */
    public int pageCount() {
        return images.size();
    }

    private static void set(DateTime widget, LocalDate date) {
        widget.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }

    private static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    /** Takes the shown report away when the office or period no longer matches it. */
    private void choiceChanged() {
        if (shown == null) {
            return;
        }
        disposeImages();
        for (var child : pages.getChildren()) {
            child.dispose();
        }
        deleteShown();
        shown = null;
        shownFilter = null;
        scroll.setMinSize(pages.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        pages.layout(true, true);
        Ui.message(message, Messages.Dashboard_empty, false);
        enable();
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }

    private void deleteShown() {
        if (shown != null) {
            try {
                Files.deleteIfExists(shown);
            } catch (java.io.IOException e) {
                shown.toFile().deleteOnExit();
            }
        }
    }

    @PreDestroy
    void dispose() {
        disposeImages();
        deleteShown();
    }
}
