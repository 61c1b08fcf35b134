// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.workflow.DossierSearch;
import org.motcua.core.workflow.DossierView;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * One search over every dossier the user may see (the core scopes it): by code or its last digits, by the
 * applicant's name typed without accents, by CCCD. A page of {@value #PAGE} dossiers, newest first; Enter or a
 * double-click opens one (the opening is recorded in the access log, the list is not). A search that finds exactly
 * one dossier opens it at once, as a scanned receipt code should.
 */
public class SearchPart {

    /** The part's id in the application model. */
    public static final String ID = "org.motcua.ui.part.search"; //$NON-NLS-1$
    /** Dossiers a page. */
    static final int PAGE = 50;

    @Inject
    private MotCuaSession session;
    @Inject
    private IEclipseContext context;

    private Text text;
    private Label banner;
    private Table table;
    private Button previous;
    private Button next;
    private List<DossierView> shown = List.of();
    private String searched = ""; //$NON-NLS-1$
    private int offset;
    private int searches;

    /** Shows the search part and searches {@code text} in it. */
    public static void open(IEclipseContext context, String text) {
        EPartService parts = context.get(EPartService.class);
        MPart part = parts.showPart(ID, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof SearchPart search) {
            search.search(text);
        }
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Ui.heading(parent, Messages.Search_heading, Messages.Search_help, 400);

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text = Ui.id(new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), "search.part.text"); //$NON-NLS-1$
        GridData textData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        textData.widthHint = 320;
        text.setLayoutData(textData);
        text.setMessage(Messages.Search_hint);
        previous = Ui.id(new Button(bar, SWT.PUSH), "search.previous"); //$NON-NLS-1$
        previous.setText(Messages.Search_previous);
        next = Ui.id(new Button(bar, SWT.PUSH), "search.next"); //$NON-NLS-1$
        next.setText(Messages.Search_next);
        Button open = Ui.id(new Button(bar, SWT.PUSH), "search.open"); //$NON-NLS-1$
        open.setText(Messages.Search_open);
        banner = Ui.messageLine(parent, "search.banner", 1, 400); //$NON-NLS-1$

        table = Ui.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), "search.table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headers = { Messages.Inbox_columnCode, Messages.Inbox_columnApplicant, Messages.Inbox_columnIdNumber,
                Messages.Inbox_columnProcedure, Messages.Inbox_columnStatus, Messages.Inbox_columnReceived,
                Messages.Inbox_columnDue };
        int[] widths = { 190, 170, 110, 260, 120, 120, 120 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        text.addListener(SWT.DefaultSelection, e -> search(text.getText()));
        previous.addListener(SWT.Selection, e -> page(Math.max(0, offset - PAGE)));
        next.addListener(SWT.Selection, e -> page(offset + PAGE));
        open.addListener(SWT.Selection, e -> openSelected());
        table.addListener(SWT.DefaultSelection, e -> openSelected()); // Enter or a double-click on a row
        previous.setEnabled(false);
        next.setEnabled(false);
    }

    /** Searches {@code typed} from its first page. */
    public void search(String typed) {
        searched = typed == null ? "" : typed.strip(); //$NON-NLS-1$
        if (!text.getText().equals(searched)) {
            text.setText(searched);
        }
        page(0);
    }

    private void page(int from) {
        String asked = searched;
        int search = ++searches;
        if (asked.isEmpty()) {
            show(List.of(), 0, false);
            return;
        }
        // one row more than a page says whether there is a next page, without counting every match
        Ui.background(Messages.Search_searching, table, () -> session.core().queries().search(session.actor(),
                DossierSearch.anywhere(asked), from, PAGE + 1), found -> {
                    if (search != searches) {
                        return;
                    }
                    show(found.subList(0, Math.min(PAGE, found.size())), from, found.size() > PAGE);
                    if (from == 0 && found.size() == 1) {
                        DossierPart.open(context, found.getFirst().id());
                    }
                }, error -> Ui.message(banner, Ui.describe(error), true));
    }

    private void show(List<DossierView> found, int from, boolean more) {
        shown = found;
        offset = from;
        table.removeAll();
        for (DossierView d : found) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { d.code(), d.applicantName(), d.applicantIdNumber() == null ? "" //$NON-NLS-1$
                    : d.applicantIdNumber(), d.procedureName(Ui.locale()), Ui.label(d.status()), Ui.format(d.receivedAt()),
                    Ui.format(d.dueAt()) });
        }
        if (!found.isEmpty()) {
            table.setSelection(0);
        }
        previous.setEnabled(from > 0);
        next.setEnabled(more);
        Ui.message(banner, searched.isEmpty() ? "" : found.isEmpty() ? NLS.bind(Messages.Search_none, searched) //$NON-NLS-1$
                : NLS.bind(Messages.Search_page, new Object[] { from + 1, from + found.size(), searched }), found.isEmpty());
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0 && index < shown.size()) {
            DossierPart.open(context, shown.get(index).id());
        }
    }

    /** @return the codes listed (for tests) */
    public List<String> codes() {
        return shown.stream().map(DossierView::code).toList();
    }
}
