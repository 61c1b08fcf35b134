// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.motcua.remote.wire.Wire.InboxChange;
import org.motcua.ui.internal.session.SessionAddon;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * The dossiers held by the user's department, earliest due first: a NatTable over a lazily paged query
 * (stays responsive however many dossiers there are), searched by code, applicant or CCCD, sorted, and
 * coloured by deadline state. Double-click or Enter opens the dossier.
 */
public class InboxPart {

    @Inject
    private MotCuaSession session;
    @Inject
    private IEclipseContext context;
    @Inject
    private MPart part;

    /** Where the tab's own label, before the count is added to it, is kept. */
    private static final String BASE_LABEL = "org.motcua.ui.inbox.baseLabel"; //$NON-NLS-1$
    /** How many dossiers the inbox held at the last change the watcher reported; -1 before the first. */
    private int lastCount = -1;
    /** Whether the next reload keeps the arrival's announcement above the list. */
    private boolean keepBanner;

    private Text search;
    private Combo sort;
    private Button descending;
    private Combo deadline;
    private Label count;
    private Label banner;
    private NatTable table;
    private LazyDossierProvider provider;
    private SelectionLayer selection;
    private InboxQuery query = InboxQuery.byDue();

    /** The deadline states the filter offers, in the order of urgency; "all" comes first. */
    static final List<DeadlineState> DEADLINE_FILTERS = List.of(DeadlineState.OVERDUE, DeadlineState.DUE_SOON,
            DeadlineState.ON_TRACK, DeadlineState.PAUSED, DeadlineState.CLOSED);
    private int loads;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label heading = new Label(parent, SWT.NONE);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText(Messages.Inbox_heading);
        Ui.background(Messages.Inbox_loading, heading, () -> session.core().organization().departments(session.office().id())
                .stream().filter(d -> session.user().departmentId() != null && d.id() == session.user().departmentId())
                .map(DepartmentRef::name).findFirst().orElse(""), //$NON-NLS-1$
                name -> heading.setText(NLS.bind(Messages.Inbox_headingOf, name, session.office().name())), e -> { });

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText(Messages.Inbox_search);
        search = Ui.id(new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "inbox.search"); //$NON-NLS-1$
        GridData searchData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        searchData.widthHint = 260;
        search.setLayoutData(searchData);
        search.setMessage(Messages.Inbox_searchHint);
        new Label(bar, SWT.NONE).setText(Messages.Inbox_sort);
        sort = Ui.id(new Combo(bar, SWT.READ_ONLY), "inbox.sort"); //$NON-NLS-1$
        for (InboxQuery.Sort s : InboxQuery.Sort.values()) {
            sort.add(Ui.label(s));
        }
        sort.select(0);
        descending = Ui.id(new Button(bar, SWT.CHECK), "inbox.descending"); //$NON-NLS-1$
        descending.setText(Messages.Inbox_descending);
        new Label(bar, SWT.NONE).setText(Messages.Inbox_deadline);
        deadline = Ui.id(new Combo(bar, SWT.READ_ONLY), "inbox.deadline"); //$NON-NLS-1$
        deadline.add(Messages.Inbox_deadlineAll);
        for (DeadlineState state : DEADLINE_FILTERS) {
            deadline.add(Ui.label(state));
        }
        deadline.select(0);
        Button refresh = Ui.id(new Button(bar, SWT.PUSH), "inbox.refresh"); //$NON-NLS-1$
        refresh.setText(Messages.Inbox_refresh);
        count = Ui.id(new Label(bar, SWT.NONE), "inbox.count"); //$NON-NLS-1$
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        legend(parent);
        banner = Ui.id(new Label(parent, SWT.WRAP), "inbox.banner"); //$NON-NLS-1$
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        createTable(parent);

        // search as the user types, a moment after the last key
        search.addListener(SWT.Modify, e -> search.getDisplay().timerExec(300, this::applyIfChanged));
        search.addListener(SWT.DefaultSelection, e -> apply());
        sort.addListener(SWT.Selection, e -> apply());
        descending.addListener(SWT.Selection, e -> apply());
        deadline.addListener(SWT.Selection, e -> apply());
        refresh.addListener(SWT.Selection, e -> reload());
        apply();
    }

    private void legend(Composite parent) {
        Composite legend = new Composite(parent, SWT.NONE);
        legend.setLayout(new GridLayout(4, false));
        for (DeadlineState state : List.of(DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.OVERDUE,
                DeadlineState.PAUSED)) {
            Label label = new Label(legend, SWT.BORDER);
            label.setText("  " + Ui.label(state) + "  "); //$NON-NLS-1$ //$NON-NLS-2$
            label.setBackground(colour(state));
        }
    }

    static Color colour(DeadlineState state) {
        return switch (state) {
            case ON_TRACK -> new Color(226, 242, 227);
            case DUE_SOON -> new Color(255, 236, 179);
            case OVERDUE -> new Color(248, 200, 200);
            case PAUSED -> new Color(221, 223, 228);
            case CLOSED -> new Color(255, 255, 255);
        };
    }

    private void createTable(Composite parent) {
        List<LazyDossierProvider.Column> columns = List.of(
                new LazyDossierProvider.Column(Messages.Inbox_columnCode, DossierView::code),
                new LazyDossierProvider.Column(Messages.Inbox_columnApplicant, DossierView::applicantName),
                new LazyDossierProvider.Column(Messages.Inbox_columnIdNumber, v -> nz(v.applicantIdNumber())),
                new LazyDossierProvider.Column(Messages.Inbox_columnDeadline, v -> Ui.label(v.deadlineState())),
                new LazyDossierProvider.Column(Messages.Inbox_columnDue, v -> Ui.format(v.dueAt())),
                new LazyDossierProvider.Column(Messages.Inbox_columnStatus, v -> Ui.label(v.status())),
                new LazyDossierProvider.Column(Messages.Inbox_columnStep, v -> nz(v.currentStepName(Ui.locale()))),
                new LazyDossierProvider.Column(Messages.Inbox_columnProcedure, v -> v.procedureName(Ui.locale())),
                new LazyDossierProvider.Column(Messages.Inbox_columnReceived, v -> Ui.format(v.receivedAt())));
        provider = new LazyDossierProvider(columns, parent.getDisplay(), () -> {
            if (table != null && !table.isDisposed()) {
                table.redraw();
            }
        });
        provider.onFailure(e -> Ui.message(banner, Ui.describe(e), true));
        DataLayer body = new DataLayer(provider);
        int[] widths = { 165, 160, 105, 105, 115, 115, 150, 230, 115 };
        for (int i = 0; i < widths.length; i++) {
            body.setColumnWidthByPosition(i, widths[i]);
        }
        body.setConfigLabelAccumulator((labels, column, row) -> {
            DossierView view = provider.loadedRow(row);
            if (view != null) {
                labels.add("STATE_" + view.deadlineState().name()); //$NON-NLS-1$
            }
        });
        selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        IDataProvider headerData = new DefaultColumnHeaderDataProvider(
                columns.stream().map(LazyDossierProvider.Column::header).toArray(String[]::new));
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport, selection);
        IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(provider);
        RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, header);
        GridLayer grid = new GridLayer(viewport, header, rowHeader, corner);
        table = Ui.id(new NatTable(parent, grid, false), "inbox.table"); //$NON-NLS-1$
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                for (DeadlineState state : DeadlineState.values()) {
                    Style style = new Style();
                    style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, colour(state));
                    registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL,
                            "STATE_" + state.name()); //$NON-NLS-1$
                }
            }
        });
        table.configure();
        table.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (natTable, event) -> openRow(natTable.getRowIndexByPosition(natTable.getRowPositionByY(event.y))));
        // first: the selection layer's own binding (Enter moves the selection down) was registered by configure()
        for (int key : new int[] { SWT.CR, SWT.KEYPAD_CR }) {
            table.getUiBindingRegistry().registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, key), (natTable, event) -> {
                var anchor = selection.getSelectionAnchor();
                if (anchor != null && anchor.getRowPosition() >= 0) {
                    openRow(selection.getRowIndexByPosition(anchor.getRowPosition()));
                }
            });
        }
    }

    private void openRow(int rowIndex) {
        DossierView view = provider.loadedRow(rowIndex);
        if (view != null) {
            DossierPart.open(context, view.id());
        }
    }

    private void applyIfChanged() {
        if (!search.isDisposed() && !search.getText().trim().equals(query.search())) {
            apply();
        }
    }

    private void apply() {
        int state = deadline.getSelectionIndex();
        query = new InboxQuery(search.getText(), InboxQuery.Sort.values()[Math.max(0, sort.getSelectionIndex())],
                descending.getSelection(), state <= 0 ? null : DEADLINE_FILTERS.get(state - 1));
        reload();
    }

    /**
     * Reads the ids of the matching dossiers, in order, in the background (one query however long the inbox);
     * the table then reads the pages it shows by id, so a page deep in the list costs what the first one does.
     */
    void reload() {
        Long department = session.user().departmentId();
        if (department == null) {
            return;
        }
        InboxQuery asked = query;
        int load = ++loads;
        Ui.background(Messages.Inbox_loading, table, () -> session.core().queries().heldByIds(session.actor(), department, asked),
                ids -> {
                    if (load != loads) {
                        return;
                    }
                    provider.reset((offset, limit) -> session.core().queries().byIds(session.actor(),
                            java.util.Arrays.copyOfRange(ids, offset, Math.min(ids.length, offset + limit))), ids.length);
                    count.setText(NLS.bind(Messages.Inbox_count, ids.length));
                    count.getParent().layout();
                    if (!keepBanner) {
                        Ui.message(banner, "", false); //$NON-NLS-1$
                    }
                    keepBanner = false;
                    table.refresh();
                }, error -> Ui.message(banner, Ui.describe(error), true));
    }

    /**
     * The inbox holds other dossiers than a moment ago (another desk or department sent one, or took one): it
     * reloads, its tab shows how many it holds, and a new arrival is announced above the list.
     */
    @Inject
    @Optional
    void inboxChanged(@UIEventTopic(SessionAddon.TOPIC_INBOX_CHANGED) InboxChange change) {
        if (table == null || table.isDisposed()) {
            return;
        }
        // the tab's own label, kept with the part (a later user's inbox is a new part object on the same tab)
        Object own = part.getTransientData().computeIfAbsent(BASE_LABEL, key -> part.getLocalizedLabel());
        part.setLabel(NLS.bind(Messages.Inbox_tabCount, own, change.count()));
        if (change.changed() && lastCount >= 0 && change.count() > lastCount) {
            Ui.message(banner, NLS.bind(Messages.Inbox_arrived, change.count() - lastCount), false);
            table.getDisplay().timerExec(0, this::reloadKeepingBanner);
        } else if (change.changed()) {
            reload();
        }
        lastCount = change.count();
    }

    private void reloadKeepingBanner() {
        keepBanner = true;
        reload();
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(IntakePart.TOPIC_CHANGED) Long dossierId) {
        if (table != null && !table.isDisposed()) {
            reload();
        }
    }

    /** @return the number of rows (for tests) */
    public int rowCount() {
        return provider.getRowCount();
    }

    /** @return the codes of the loaded rows among the first {@code n} (requests missing pages) */
    public List<String> codes(int n) {
        return java.util.stream.IntStream.range(0, Math.min(n, provider.getRowCount())).mapToObj(provider::row)
                .map(v -> v == null ? null : v.code()).toList();
    }

    private static String nz(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
