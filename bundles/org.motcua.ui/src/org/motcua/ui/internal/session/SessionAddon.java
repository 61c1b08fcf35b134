// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.nio.file.Path;
import java.time.LocalDateTime;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.TimeSource;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserRef;
import org.motcua.core.security.Principal;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.motcua.remote.Enrolment;
import org.motcua.remote.RemoteCore;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.StatusLine;
import org.motcua.ui.internal.Ui;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;

/**
 * Opens the workspace when the workbench has started (a Job, never on the UI thread), runs the first start
 * (demo data or a real office's first administrator), signs the user in and shows the parts their roles
 * allow. The signed-in {@link MotCuaSession} lives in the application context.
 */
public class SessionAddon {

    /** Event topic posted (payload: an {@code InboxChange}) when the signed-in user's inbox holds other dossiers. */
    public static final String TOPIC_INBOX_CHANGED = InboxWatcher.TOPIC;

    /** Event topic posted (payload: the {@link MotCuaSession}) after a user signed in. */
    public static final String TOPIC_SIGNED_IN = "org/motcua/ui/session/signedIn"; //$NON-NLS-1$

    /** Part ids. */
    public static final String PART_HOME = "org.motcua.ui.part.home"; //$NON-NLS-1$
    /** The intake desk. */
    public static final String PART_INTAKE = "org.motcua.ui.part.intake"; //$NON-NLS-1$
    /** The department inbox. */
    public static final String PART_INBOX = "org.motcua.ui.part.inbox"; //$NON-NLS-1$
    /** The inter-level inbox. */
    public static final String PART_TRANSFERS = "org.motcua.ui.part.transfers"; //$NON-NLS-1$
    /** The reconciliation of the old system's dossiers (leaders and department heads). */
    public static final String PART_LEGACY = "org.motcua.ui.part.legacy"; //$NON-NLS-1$
    /** The audit records, for administrators and leaders. */
    public static final String PART_AUDIT = "org.motcua.ui.part.audit"; //$NON-NLS-1$
    /** The dossier detail. */
    public static final String PART_DOSSIER = "org.motcua.ui.part.dossier"; //$NON-NLS-1$

    /**
     * How long the first start of a demo workspace loads work, most recent first: the inspected volume
     * (14,000 dossiers a year per district desk) goes through the core at ~60–100 dossiers a second on a
     * two-core machine, so a first start in about a minute holds the last weeks (docs/performance.md);
     * {@code ./motcua cli demo-data} on the same folder loads the months before them.
     */
    public static final java.time.Duration DEMO_BUDGET = java.time.Duration.ofSeconds(40);

    /** The yearly intake rate of a district desk in that first load (the inspected volume, as the full demo). */
    public static final int DEMO_PER_YEAR = 14_000;

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$

    @Inject
    private MApplication application;
    @Inject
    private UISynchronize sync;
    @Inject
    private IEventBroker broker;
    @Inject
    private EModelService models;

    private Workspace workspace;
    private Backend backend;
    private volatile DemoHistoryJob history;
    private IdleLock idleLock;
    private InboxWatcher watcher;
    private ProcedureRegistry registry;

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        application.getContext().set(SessionAddon.class, this);
        Job.getJobManager().setProgressProvider(new StatusProgressProvider(broker));
        openWorkspace();
    }

    /** @return the workspace folder: {@code -Dmotcua.home}, else {@code ~/.motcua} */
    public static Path home() {
        String configured = System.getProperty("motcua.home"); //$NON-NLS-1$
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".motcua"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void openWorkspace() {
        Path home = home();
        Enrolment enrolment;
        try {
            enrolment = enrolment(home);
        } catch (RuntimeException e) {
            MessageDialog.openError(shell(), Messages.Session_serverFailedTitle, NLS.bind(Messages.Session_notEnrolled, Ui.describe(e)));
            quit();
            return;
        }
        if (enrolment != null) {
            openServer(home, enrolment);
            return;
        }
        status(NLS.bind(Messages.Session_opening, home));
        Job job = Job.create(NLS.bind(Messages.Session_opening, home), monitor -> {
            try {
                registry = procedureRegistry();
                Workspace opened = Workspace.open(home, registry);
                if (opened.settings().demo()) {
                    DemoDataGenerator.registerStandInProcedures(registry, opened.core().time().now().toLocalDate());
                }
                boolean empty = opened.core().organization().offices().isEmpty();
                sync.asyncExec(() -> opened(opened, empty));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    MessageDialog.openError(shell(), Messages.Session_openFailedTitle,
                            NLS.bind(Messages.Session_openFailed, home, Ui.describe(e)));
                    quit();
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /**
     * @return the servers this workstation works with: those given at start ({@code -Dmotcua.server},
     *         {@code -Dmotcua.serverPin}, kept as its enrolment), else those it was enrolled with, else none
     *         (the single-workstation mode)
     */
    private static Enrolment enrolment(Path home) {
        String servers = System.getProperty("motcua.server"); //$NON-NLS-1$
        if (servers == null || servers.isBlank()) {
            return Enrolment.load(home).orElse(null);
        }
        String pins = System.getProperty("motcua.serverPin"); //$NON-NLS-1$
        if (pins == null || pins.isBlank()) { // the same servers again: the pins kept at enrolment
            Enrolment kept = Enrolment.load(home).orElse(null);
            pins = kept == null ? "" : String.join(",", kept.pins()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Enrolment given = Enrolment.parse(servers, pins);
        given.save(home);
        return given;
    }

    /** Connects to the office's servers (a Job): the server's version, clock and demo flag, then sign-in. */
    private void openServer(Path home, Enrolment enrolment) {
        String where = String.join(", ", enrolment.servers().stream().map(Object::toString).toList()); //$NON-NLS-1$
        status(NLS.bind(Messages.Session_connecting, where));
        Job job = Job.create(NLS.bind(Messages.Session_connecting, where), monitor -> {
            try {
                RemoteCore core = new RemoteCore(enrolment.connect());
                boolean demo = core.connect().demo();
                sync.asyncExec(() -> {
                    backend = new RemoteBackend(core, demo, home);
                    status(null);
                    signIn();
                });
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    MessageDialog.openError(shell(), Messages.Session_serverFailedTitle,
                            NLS.bind(Messages.Session_serverFailed, where, Ui.describe(e)));
                    quit();
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void opened(Workspace opened, boolean empty) {
        workspace = opened;
        backend = new LocalBackend(opened);
        status(null);
        if (!empty) {
            history = DemoHistoryJob.startIfIncomplete(workspace);
            signIn();
            return;
        }
        FirstStartDialog first = new FirstStartDialog(shell());
        if (first.open() != Window.OK) {
            quit();
        } else if (first.demo()) {
            loadDemo();
        } else {
            createOffice(first);
        }
    }

    private void loadDemo() {
        Path home = workspace.home();
        ProgressDialog dialog = new ProgressDialog(shell(), Messages.Session_demoJob, Messages.Session_demoHeading);
        dialog.open();
        Job job = new Job(Messages.Session_demoJob) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                try {
                    SubMonitor progress = SubMonitor.convert(monitor, Messages.Session_demoJob, 100);
                    LocalDateTime now = DemoDataGenerator.DEMO_NOW;
                    SettableTimeSource clock = new SettableTimeSource(now.toLocalDate().minusMonths(12).atTime(7, 0));
                    workspace.createAsDemo(); // the database was empty when the user chose the demo
                    CoreEngine replay = workspace.replayCore(clock);
                    progress.subTask(Messages.Session_demoOffices);
                    sync.asyncExec(() -> dialog.update(2, Messages.Session_demoOffices));
                    new DemoOffices(replay).create();
                    progress.worked(10);
                    WorkspaceSettings demo = workspace.settings().withOffice(DemoOffices.THAP_MUOI);
                    demo.asDemo(now, TimeSource.system().now()).save(false);
                    SubMonitor days = progress.split(88);
                    days.setWorkRemaining(100);
                    int[] last = { 0 };
                    new DemoDataGenerator(replay, clock, 2019).generateRecent(now, DEMO_BUDGET, DEMO_PER_YEAR, (first, spent) -> {
                        int percent = (int) (spent * 100);
                        days.worked(percent - last[0]);
                        last[0] = percent;
                        String text = NLS.bind(Messages.Session_demoDay, DAY.format(first), DAY.format(now));
                        days.subTask(text);
                        sync.asyncExec(() -> dialog.update(10 + 88 * percent / 100, text));
                    });
                    // the office's "now" is the demo's 27/6/2025 09:00 when the user signs in
                    demo.asDemo(now, TimeSource.system().now()).save(false);
                    workspace.close();
                    workspace = Workspace.open(home, registry);
                    backend = new LocalBackend(workspace);
                    DemoDataGenerator.registerStandInProcedures(registry, workspace.core().time().now().toLocalDate());
                    progress.done();
                    DemoHistoryJob.markPending(workspace);
                    history = DemoHistoryJob.startIfIncomplete(workspace);
                    sync.asyncExec(() -> {
                        dialog.close();
                        signIn();
                    });
                } catch (RuntimeException e) {
                    sync.asyncExec(() -> {
                        dialog.close();
                        MessageDialog.openError(shell(), Messages.Session_demoFailedTitle,
                                NLS.bind(Messages.Session_demoFailed, Ui.describe(e)));
                        quit();
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void createOffice(FirstStartDialog first) {
        try {
            workspace.core().organization().createFirstAdministrator(first.office(), first.adminName(),
                    first.adminFullName(), first.password());
            workspace.settings().withOffice(first.office().code()).save(false);
            signIn();
        } catch (RuntimeException e) {
            MessageDialog.openError(shell(), Messages.Session_createFailedTitle, Ui.describe(e));
            opened(workspace, true);
        }
    }

    /** Asks who works at this workstation, then shows their screens; closes the application on cancel. */
    public void signIn() {
        SignInDialog dialog = new SignInDialog(shell(), backend);
        if (dialog.open() != Window.OK || dialog.principal() == null) {
            quit();
            return;
        }
        Principal principal = dialog.principal();
        if (principal.passwordChangeRequired()) { // an administrator's reset: a new password before anything else
            principal = ChangePasswordDialog.forced(shell(), backend.core(), principal);
            if (principal == null) {
                quit();
                return;
            }
        }
        UserRef user = backend.core().sessions().currentUser(principal);
        OfficeRef office = backend.core().organization().offices().stream().filter(o -> o.id() == user.officeId())
                .findFirst().orElseThrow();
        MotCuaSession session = new MotCuaSession(backend, principal, user, office);
        application.getContext().set(MotCuaSession.class, session);
        showParts(session);
        startIdleLock();
        if (user.departmentId() != null) {
            watcher = new InboxWatcher(backend, () -> {
                MotCuaSession current = application.getContext().get(MotCuaSession.class);
                return current == null ? null : current.actor();
            }, user.departmentId(), broker);
            watcher.schedule();
        }
        status(backend.dataSource().isPresent() ? NLS.bind(Messages.Session_signedIn, user.fullName(), office.name())
                : NLS.bind(Messages.Session_signedInServer, user.fullName(), office.name(), backend.location()));
        broker.post(TOPIC_SIGNED_IN, session);
    }

    /** Locks the desktop after the workstation's idle time; the password unlocks it, the screens kept as they were. */
    private void startIdleLock() {
        java.time.Duration idle = IdleLock.configured(backend.home());
        idleLock = new IdleLock(shell().getDisplay(), idle);
        idleLock.start(() -> {
            MotCuaSession session = application.getContext().get(MotCuaSession.class);
            if (session == null) {
                return;
            }
            LockDialog lock = new LockDialog(shell(), session, idle);
            if (lock.open() == LockDialog.SIGN_OUT) {
                sync.asyncExec(this::signOut);
            }
        });
    }

    /** Hides the signed-in user's screens and asks for the next user. */
    public void signOut() {
        EPartService parts = partService();
        // every screen but home, including those other bundles contribute (the leaders' dashboard)
        for (MPart part : models.findElements(mainWindow(), null, MPart.class)) {
            if (!PART_HOME.equals(part.getElementId())) {
                part.setToBeRendered(false);
            }
        }
        MPart home = parts.findPart(PART_HOME);
        if (home != null) {
            parts.activate(home);
        }
        if (idleLock != null) {
            idleLock.stop();
            idleLock = null;
        }
        stopWatcher();
        MotCuaSession ending = application.getContext().get(MotCuaSession.class);
        if (ending != null) {
            try {
                ending.core().sessions().signOut(ending.principal());
            } catch (RuntimeException alreadyEnded) {
                // expired or ended elsewhere: nothing left to end
            }
        }
        application.getContext().remove(MotCuaSession.class);
        status(null); // nobody is signed in until the next user is
        signIn();
    }

    private void showParts(MotCuaSession session) {
        EPartService parts = partService();
        boolean desk = session.isDesk();
        boolean department = session.user().departmentId() != null;
        boolean works = desk || session.hasAny(Role.SPECIALIST, Role.DEPARTMENT_HEAD, Role.LEADER);
        if (works) {
            parts.showPart(PART_DOSSIER, PartState.CREATE);
        }
        if (desk) {
            parts.showPart(PART_TRANSFERS, PartState.CREATE);
        }
        if (session.hasAny(Role.LEADER, Role.DEPARTMENT_HEAD)) {
            parts.showPart(PART_LEGACY, PartState.CREATE);
        }
        if (session.hasAny(Role.LEADER, Role.ADMINISTRATOR)) {
            parts.showPart(PART_AUDIT, PartState.CREATE);
        }
        if (department) {
            parts.showPart(PART_INBOX, desk ? PartState.CREATE : PartState.ACTIVATE);
        }
        if (desk) {
            parts.showPart(PART_INTAKE, PartState.ACTIVATE);
        }
    }

    /** Closes the application (the workbench is not yet in the context when addons are created). */
    private void quit() {
        IWorkbench workbench = application.getContext().get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }

    private EPartService partService() {
        return mainWindow().getContext().get(EPartService.class);
    }

    private MWindow mainWindow() {
        return (MWindow) models.find("org.motcua.ui.window.main", application); //$NON-NLS-1$
    }

    private Shell shell() {
        MWindow window = (MWindow) models.find("org.motcua.ui.window.main", application); //$NON-NLS-1$
        return window != null && window.getWidget() instanceof Shell s ? s : null;
    }

    private void status(String text) {
        broker.post(StatusLine.TOPIC, text == null ? "" : text); //$NON-NLS-1$
    }

    private static ProcedureRegistry procedureRegistry() {
        return org.motcua.persistence.ProcedureServices.await(FrameworkUtil.getBundle(SessionAddon.class).getBundleContext());
    }

    /** Stops the background load of the demo's earlier months (it goes on at the next start). */
    private void stopHistory() {
        DemoHistoryJob running = history;
        if (running != null) {
            running.cancel();
            try {
                running.join(15_000, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stopWatcher() {
        if (watcher != null) {
            watcher.cancel();
            watcher = null;
        }
    }

    @PreDestroy
    void close() {
        stopWatcher();
        stopHistory();
        Job.getJobManager().setProgressProvider(null);
        if (backend != null) {
            backend.close();
            backend = null;
            workspace = null;
        }
    }
}
