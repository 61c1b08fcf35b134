// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.resource.JFaceResources;
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
import org.motcua.core.workflow.LegacyCount;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * The reconciliation of the old system's dossiers, for leaders and department heads: per office they may read,
 * the dossiers the old system left open, those imported, those closed as legacy dossiers with a reason and those
 * still open, as the core counts them ({@code ImportService.reconcile}). A legacy dossier is closed on the dossier
 * screen (Đóng hồ sơ tồn), which the core offers only on dossiers imported from the old system.
 */
public class LegacyPart {

    @Inject
    private MotCuaSession session;

    private Table table;
    private Label banner;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Ui.heading(parent, NLS.bind(Messages.Legacy_heading, session.office().name()), Messages.Legacy_help, 600);
        banner = Ui.id(new Label(parent, SWT.WRAP), "legacy.banner"); //$NON-NLS-1$
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Ui.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), "legacy.table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] columns = Messages.Legacy_columns.split("\\|"); //$NON-NLS-1$
        for (int i = 0; i < columns.length; i++) {
            new TableColumn(table, i < 2 ? SWT.LEFT : SWT.RIGHT).setText(columns[i]);
        }
        Button refresh = Ui.id(new Button(parent, SWT.PUSH), "legacy.refresh"); //$NON-NLS-1$
        refresh.setText(Messages.Legacy_refresh);
        refresh.addListener(SWT.Selection, e -> reload());
        reload();
    }

    /** Reads the counts in the background. */
    void reload() {
        Ui.background(Messages.Legacy_loading, table, () -> session.core().imports().reconcile(session.actor()), counts -> {
            table.removeAll();
            long[] total = new long[4];
            for (LegacyCount c : counts) {
                row(c.officeCode(), c.officeName(), c.leftOpen(), c.imported(), c.closed(), c.stillOpen());
                total[0] += c.leftOpen();
                total[1] += c.imported();
                total[2] += c.closed();
                total[3] += c.stillOpen();
            }
            TableItem sum = row(Messages.Legacy_total, "", total[0], total[1], total[2], total[3]); //$NON-NLS-1$
            sum.setFont(JFaceResources.getBannerFont());
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
            Ui.message(banner, counts.isEmpty() ? Messages.Legacy_none : "", false); //$NON-NLS-1$
        }, error -> Ui.message(banner, Ui.describe(error), true));
    }

    private TableItem row(String code, String name, long leftOpen, long imported, long closed, long stillOpen) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] { code, name, String.valueOf(leftOpen), String.valueOf(imported),
                String.valueOf(closed), String.valueOf(stillOpen) });
        return item;
    }

    /** @return the rows shown, as text (tests) */
    public List<List<String>> rows() {
        return java.util.Arrays.stream(table.getItems())
                .map(item -> java.util.stream.IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList())
                .toList();
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(IntakePart.TOPIC_CHANGED) Long dossierId) {
        if (table != null && !table.isDisposed()) {
            reload(); // a closure on the dossier screen moves the counts
        }
    }
}
