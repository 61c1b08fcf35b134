// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.workflow.DossierView;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.persistence.Workspace;
import org.motcua.ui.internal.Messages;

/**
 * The rest of a demo workspace's year, loaded in the background while people work: the first start loads the
 * most recent weeks for about a minute, this Job then loads the days before them, most recent first, through
 * the core services (on a replay clock of its own, so the users' clock is untouched), with its progress in
 * the status line. Cancelled when the application closes; the next start goes on from the earliest day loaded.
 */
final class DemoHistoryJob extends Job {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$

    private final Workspace workspace;

    private DemoHistoryJob(Workspace workspace) {
        super(Messages.Session_historyJob);
        this.workspace = workspace;
        setPriority(LONG);
    }

    /** Marks a demo workspace whose first start loaded only the recent weeks: the rest follows in the background. */
    static void markPending(Workspace workspace) {
        try {
            java.nio.file.Files.writeString(marker(workspace), DemoDataGenerator.DEMO_NOW.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.nio.file.Path marker(Workspace workspace) {
        return workspace.home().resolve("demo-history.pending"); //$NON-NLS-1$
    }

    /**
     * Starts the background load if {@code workspace} is a demo created by the first start whose year is not
     * complete yet (the Job itself reads how far the data goes: no database work on the caller's thread).
     *
     * @return the scheduled Job, or {@code null} when there is nothing to load
     */
    static DemoHistoryJob startIfIncomplete(Workspace workspace) {
        if (!workspace.settings().demo() || !java.nio.file.Files.exists(marker(workspace))) {
            return null;
        }
        DemoHistoryJob job = new DemoHistoryJob(workspace);
        job.schedule();
        return job;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        LocalDateTime now = DemoDataGenerator.DEMO_NOW;
        LocalDate earliest = DemoDataGenerator.firstDemoDay(now);
        // the province's desk reads every dossier below the province: the earliest one loaded
        org.motcua.core.security.Principal province = new org.motcua.demo.DemoSessions(workspace.core())
                .of(org.motcua.demo.DemoOffices.PROVINCE_DESK);
        LocalDate firstLoaded = workspace.core().queries().page(province, null, 0, 1).stream().findFirst()
                .map(DossierView::receivedAt).map(LocalDateTime::toLocalDate).orElse(null);
        if (firstLoaded != null && firstLoaded.isAfter(earliest)) {
            SubMonitor progress = SubMonitor.convert(monitor, getName(), (int) ChronoUnit.DAYS.between(earliest, firstLoaded));
            SettableTimeSource clock = new SettableTimeSource(earliest.atTime(7, 0));
            DemoDataGenerator generator = new DemoDataGenerator(workspace.replayCore(clock), clock, firstLoaded.toEpochDay());
            generator.generateBefore(firstLoaded, now, SessionAddon.DEMO_PER_YEAR, () -> !progress.isCanceled(), first -> {
                progress.worked(1);
                progress.subTask(NLS.bind(Messages.Session_historyDay, DAY.format(first)));
            });
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
        }
        try {
            java.nio.file.Files.deleteIfExists(marker(workspace));
        } catch (java.io.IOException e) {
            return Status.warning(e.getMessage(), e);
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DemoHistoryJob.class;
    }
}
