// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.motcua.ui.internal.StatusLine;

/**
 * Shows the progress of every Job in the status line: the job's name, its current sub-task and a progress
 * bar. Updates are posted as events and throttled to whole percents.
 */
final class StatusProgressProvider extends ProgressProvider {

    private final IEventBroker broker;

    StatusProgressProvider(IEventBroker broker) {
        this.broker = broker;
    }

    @Override
    public IProgressMonitor createMonitor(Job job) {
        if (job.isSystem()) {
            return new NullProgressMonitor();
        }
        return new NullProgressMonitor() {
            private String task = job.getName();
            private String subTask = ""; //$NON-NLS-1$
            private double total = UNKNOWN;
            private double done;
            private int lastPercent = -2;

            @Override
            public void beginTask(String name, int totalWork) {
                if (name != null && !name.isBlank()) {
                    task = name;
                }
                total = totalWork;
                post(true);
            }

            @Override
            public void setTaskName(String name) {
                task = name;
                post(true);
            }

            @Override
            public void subTask(String name) {
                subTask = name == null ? "" : name; //$NON-NLS-1$
                post(false);
            }

            @Override
            public void internalWorked(double work) {
                done += work;
                post(false);
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }

            @Override
            public void done() {
                broker.post(StatusLine.TOPIC_PROGRESS, new StatusLine.Progress(task, "", 100, true)); //$NON-NLS-1$
            }

            private void post(boolean force) {
                int percent = total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
                if (force || percent != lastPercent || !subTask.isEmpty()) {
                    lastPercent = percent;
                    broker.post(StatusLine.TOPIC_PROGRESS, new StatusLine.Progress(task, subTask, percent, false));
                }
            }
        };
    }
}
