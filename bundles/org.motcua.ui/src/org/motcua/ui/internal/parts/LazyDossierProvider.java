// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.swt.widgets.Display;
import org.motcua.core.workflow.DossierView;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * A NatTable data provider over a dossier query that is far too long to load: it knows the row count and
 * fetches pages of {@value #PAGE} rows on demand in background Jobs, keeping the most recent pages. Cells of a
 * page not loaded yet show an ellipsis until the page arrives; the UI thread never waits for the database.
 */
final class LazyDossierProvider implements IDataProvider {

    /** Rows per page. */
    static final int PAGE = 100;
    private static final int KEPT_PAGES = 40;

    /** Fetches {@code limit} rows from {@code offset}; called on a Job's thread. */
    interface PageSource {
        List<DossierView> fetch(int offset, int limit);
    }

    /** The columns: header and cell text. */
    record Column(String header, java.util.function.Function<DossierView, String> value) {
    }

    private final List<Column> columns;
    private final Display display;
    private final Runnable repaint;
    private final Map<Integer, List<DossierView>> pages = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, List<DossierView>> eldest) {
                    return size() > KEPT_PAGES;
                }
            });
    private final Set<Integer> requested = ConcurrentHashMap.newKeySet();
    private volatile PageSource source;
    private volatile int rows;
    private volatile int generation;

    LazyDossierProvider(List<Column> columns, Display display, Runnable repaint) {
        this.columns = List.copyOf(columns);
        this.display = display;
        this.repaint = repaint;
    }

    /** Starts over with a new query and row count (after a search, a sort or a change). */
    void reset(PageSource newSource, int rowCount) {
        generation++;
        pages.clear();
        requested.clear();
        source = newSource;
        rows = rowCount;
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public int getRowCount() {
        return rows;
    }

    @Override
    public Object getDataValue(int column, int row) {
        DossierView view = row(row);
        return view == null ? (column == 0 ? Messages.Inbox_loadingRow : "") : columns.get(column).value().apply(view); //$NON-NLS-1$
    }

    @Override
    public void setDataValue(int column, int row, Object value) {
        throw new UnsupportedOperationException();
    }

    /** @return the row if its page is loaded, else {@code null} after asking for the page */
    DossierView row(int row) {
        if (row < 0 || row >= rows) {
            return null;
        }
        int page = row / PAGE;
        List<DossierView> loaded = pages.get(page);
        if (loaded == null) {
            request(page);
            return null;
        }
        int index = row % PAGE;
        return index < loaded.size() ? loaded.get(index) : null;
    }

    /** @return the row only if it is loaded (no request: for colouring) */
    DossierView loadedRow(int row) {
        List<DossierView> loaded = pages.get(row / PAGE);
        int index = row % PAGE;
        return loaded == null || index >= loaded.size() ? null : loaded.get(index);
    }

    private void request(int page) {
        PageSource current = source;
        if (current == null || !requested.add(page)) {
            return;
        }
        int asked = generation;
        Job job = Job.create(Messages.Inbox_loadingPage, monitor -> {
            try {
                List<DossierView> fetched = current.fetch(page * PAGE, PAGE);
                display.asyncExec(() -> {
                    if (asked == generation) {
                        pages.put(page, fetched);
                        repaint.run();
                    }
                });
            } catch (RuntimeException e) {
                requested.remove(page);
                display.asyncExec(() -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private Consumer<Throwable> failed = e -> Ui.describe(e);

    /** Sets what to do when a page cannot be read. */
    void onFailure(Consumer<Throwable> handler) {
        failed = handler;
    }
}
