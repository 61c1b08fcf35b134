// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Renders one report in the background with progress, for the desktop application:
 * {@code new RenderJob(service, database, request, file -> open(file)).schedule()}. The callback
 * runs in the job's thread after a successful render (switch to the UI thread yourself).
 */
public final class RenderJob extends Job {

    /** The job family of every report rendering (to find or cancel them together). */
    public static final Object FAMILY = RenderJob.class;

    private final ReportService service;
    private final DataSource database;
    private final ReportRequest request;
    private final Consumer<ReportRequest> done;

    /** Prepares the job; {@link #schedule()} starts it. */
    public RenderJob(ReportService service, DataSource database, ReportRequest request, Consumer<ReportRequest> done) {
        super(ReportTexts.get(java.util.Locale.getDefault(), "job.name", request.design().title(java.util.Locale.getDefault())));
        this.service = service;
        this.database = database;
        this.request = request;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        progress.subTask(ReportTexts.get(java.util.Locale.getDefault(), "job.connecting"));
        try (Connection connection = database.getConnection()) {
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(ReportTexts.get(java.util.Locale.getDefault(), "job.rendering"));
            service.render(request, connection);
            progress.worked(8);
            if (done != null) {
                done.accept(request);
            }
            progress.worked(1);
            return Status.OK_STATUS;
        } catch (SQLException | ReportException e) {
            return Status.error(ReportTexts.get(java.util.Locale.getDefault(), "job.failed", e.getMessage()), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
