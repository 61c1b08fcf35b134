// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierDocumentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.FieldValue;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.procedure.SupplementRule;
import org.motcua.core.validation.CitizenIdValidator;
import org.motcua.core.validation.EmailValidator;
import org.motcua.core.validation.PhoneNumberValidator;
import org.motcua.core.validation.ValidationProblem;
import org.motcua.core.validation.ValidationResult;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionRules;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DocumentItem;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.Note;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.core.workflow.StepGuard;
import org.motcua.core.workflow.WorkflowService;

/**
 * The workflow service: receives dossiers and performs actions on them, checking role, department
 * scope, transition and guards, and auditing every change in the same transaction.
 */
public final class WorkflowEngine implements WorkflowService {

    private final Tx tx;
    private final TimeSource time;
    private final ProcedureRegistry procedures;
    private final CalendarProvider calendars;
    private final DeadlineCalculator calculator = new DeadlineCalculator();
    private final DossierNumbering numbering;
    private final Map<String, StepGuard> guards = new ConcurrentHashMap<>();
    /** Who imports the actions this thread performs ({@code null}: live work). */
    private final ThreadLocal<String> importer = new ThreadLocal<>();
    /** Who a principal is: its session, checked on every call (an import's engine resolves old users itself). */
    private final UserResolver users;
    /** One handler per action: what it accepts, who may take it, on which dossiers, what it changes. */
    private final ActionHandlers handlers = new ActionHandlers();

    /** Finds the user a principal stands for, in the caller's transaction, or refuses. */
    @FunctionalInterface
    interface UserResolver {
        UserEntity user(EntityManager em, Principal principal);
    }

    /** The live workflow: every principal is a session issued at sign-in. */
    public WorkflowEngine(Tx tx, TimeSource time, ProcedureRegistry procedures, CalendarProvider calendars) {
        this(tx, time, procedures, calendars, Sessions::user);
    }

    WorkflowEngine(Tx tx, TimeSource time, ProcedureRegistry procedures, CalendarProvider calendars,
            UserResolver users) {
        this.users = users;
        this.tx = tx;
        this.calendars = calendars;
        this.time = time;
        this.procedures = procedures;
        this.numbering = new DossierNumbering(tx);
        addGuard(new PublicPostingGuard());
        ActionRules.install(handlers.rules()); // TransitionTable and RoleMatrix show what the handlers declare
    }

    /** Makes a guard type known (procedure modules may bring their own). */
    public void addGuard(StepGuard guard) {
        guards.put(guard.type(), guard);
    }

    /** @return this engine's clock */
    TimeSource time() {
        return time;
    }

    CalendarProvider calendars() {
        return calendars;
    }

    /** @return the guards added to this engine (a module's are found through the procedure registry) */
    java.util.Collection<StepGuard> addedGuards() {
        return guards.values();
    }

    DeadlineCalculator calculator() {
        return calculator;
    }

    /** @return the guard of {@code type}: one added to the engine, or else one a started procedure module brought */
    StepGuard guard(String type) {
        StepGuard guard = guards.get(type);
        return guard != null ? guard : procedures.guard(type).orElse(null);
    }

    ProcedureRegistry procedures() {
        return procedures;
    }

    boolean isImporting() {
        return importer.get() != null;
    }

    /** @return who imports the actions of this thread, {@code null} for live work */
    String importer() {
        return importer.get();
    }

    /** Imported actions recorded with a rule they broke, since {@link #takeBreachCount()} was last called. */
    private final ThreadLocal<int[]> breachCount = ThreadLocal.withInitial(() -> new int[1]);

    void countBreach() {
        breachCount.get()[0]++;
    }

    /** @return the imported actions recorded with a broken rule on this thread since the last call; resets it */
    int takeBreachCount() {
        int count = breachCount.get()[0];
        breachCount.get()[0] = 0;
        return count;
    }

    /** Runs {@code work} with actions audited as imported by {@code importerName} on behalf of their old actors. */
    <T> T importing(String importerName, java.util.function.Supplier<T> work) {
        importer.set(importerName);
        try {
            return work.get();
        } finally {
            importer.remove();
        }
    }

    // ---- creation ------------------------------------------------------------------------------

    @Override
    public DossierView receive(Principal actor, ReceiveRequest request) {
        InputLimits.check(request);
        return tx.call(em -> {
            Intake intake = startIntake(em, actor, request, ActionType.RECEIVE, DossierStatus.RECEIVED);
            DossierEntity d = intake.dossier;
            d.setStatus(DossierStatus.RECEIVED);
            d.setValidReceivedAt(intake.start);
            startClock(em, d, intake.start);
            Deadlines.startForwarding(calendars.calendarOf(em, d.getOffice(), d), d, intake.now);
            ActionContext c = new ActionContext(em, intake.user, d, intake.now, this).created();
            c.slip(Note.APPLICANT_PARTY, ActionContext.agencyName(d.getHolder()), d.getSteps().get(0).getDueAt(),
                    Note.of("slip.note.channel." + d.getChannel().name())).setReceivedAt(intake.now);
            c.lastSlipRow().setReceivedBy(intake.user.getFullName());
            c.audit(ActionType.RECEIVE, Note.NONE);
            return Views.dossier(em, d, intake.now, this);
        });
    }

    @Override
    public DossierView receiveIncomplete(Principal actor, ReceiveRequest request, List<String> missingItems, String reason) {
        InputLimits.checkIncomplete(request, missingItems, reason);
        return tx.call(em -> {
            Intake intake = startIntake(em, actor, request, ActionType.REQUEST_SUPPLEMENT,
                    DossierStatus.SUPPLEMENT_REQUESTED);
            DossierEntity d = intake.dossier;
            d.setStatus(DossierStatus.SUPPLEMENT_REQUESTED);
            ActionContext c = new ActionContext(em, intake.user, d, intake.now, this).created();
            SupplementPapers.record(c, SupplementPapers.check(ActionRequest.RequestSupplement.of(missingItems, reason).items(),
                    SupplementPapers.list(c), intake.now.toLocalDate()), reason, null);
            c.audit(ActionType.REQUEST_SUPPLEMENT, ActionHandler.typed(reason));
            return Views.dossier(em, d, intake.now, this);
        });
    }

    @Override
    public DossierView refuse(Principal actor, ReceiveRequest request, String reason) {
        requireText(reason, "refuse.reasonRequired");
        InputLimits.checkRefusal(request, reason);
        return tx.call(em -> {
            Intake intake = startIntake(em, actor, request, ActionType.REFUSE, DossierStatus.REFUSED);
            DossierEntity d = intake.dossier;
            d.setStatus(DossierStatus.REFUSED);
            d.setClosedAt(intake.now);
            d.setClosingReason(reason.trim());
            ActionContext c = new ActionContext(em, intake.user, d, intake.now, this).created();
            c.audit(ActionType.REFUSE, ActionHandler.typed(reason));
            return Views.dossier(em, d, intake.now, this);
        });
    }

    private record Intake(UserEntity user, DossierEntity dossier, LocalDateTime now, LocalDateTime start) {
    }

    private Intake startIntake(EntityManager em, Principal actor, ReceiveRequest request, ActionType action,
            DossierStatus initial) {
        UserEntity user = user(em, actor);
        requireRole(user, action);
        OfficeEntity office = user.getOffice();
        // received at the actor's one-stop desk: its desk stage and its result belong to that department
        DepartmentEntity desk = ScopeRules.requireAtDesk(user, office);
        LocalDateTime now = time.now();
        ProcedureDefinition definition = procedures.find(request.procedureCode(), now.toLocalDate())
                .orElseThrow(() -> new MotCuaException("procedure.unknown", request.procedureCode()));
        notReceivable(em, office, definition).ifPresent(refusal -> {
            throw refusal;
        });
        Objects.requireNonNull(request.channel(), "channel");
        List<FieldValue> fields = DossierFields.check(definition, request.fieldValues(), now.toLocalDate(),
                action == ActionType.RECEIVE && !isImporting());
        DossierEntity d = new DossierEntity();
        d.setOffice(office);
        d.setCurrentOffice(office);
        d.setChannel(request.channel());
        d.setStatus(initial);
        applyApplicant(d, request.applicant(), now);
        applyProcedure(d, definition);
        applyDocuments(d, request.documents(), definition);
        d.setReceivedAt(now);
        d.setReceivingDepartment(desk);
        d.setHolder(desk);
        d.setCode(numbering.next(office, now.toLocalDate()));
        em.persist(d);
        DossierFields.store(em, d, fields);
        WorkingCalendar calendar = calendars.calendarOf(em, office, d);
        return new Intake(user, d, now, calculator.effectiveStart(calendar, now));
    }

    /**
     * Whether the desk of {@code office} may receive {@code definition} (in force today): its module enabled for
     * the office (procedures no module supplies always are) and of the office's level.
     *
     * @return the refusal, or empty when it may
     */
    private Optional<MotCuaException> notReceivable(EntityManager em, OfficeEntity office, ProcedureDefinition definition) {
        Optional<String> module = procedures.moduleOf(definition.code());
        if (module.isPresent() && !ModuleConfigEngine.effective(em, office, module.get())) {
            return Optional.of(new MotCuaException("module.notEnabled", definition.code(), module.get(), office.getName(),
                    office.getCode()));
        }
        if (definition.receivingLevel() != office.getLevel()) {
            return Optional.of(new MotCuaException("procedure.wrongLevel", definition.code(), office.getName()));
        }
        return Optional.empty();
    }

    @Override
    public List<ProcedureDefinition> receivableProcedures(Principal actor) {
        return tx.call(em -> {
            UserEntity user = user(em, actor);
            OfficeEntity office = user.getOffice();
            return procedures.inForce(time.now().toLocalDate()).stream()
                    .filter(definition -> notReceivable(em, office, definition).isEmpty()).toList();
        });
    }

    /** Starts (or restarts) the clock: step 0 and the overall appointment run from {@code start} (with any pauses). */
    void startClock(EntityManager em, DossierEntity d, LocalDateTime start) {
        WorkingCalendar calendar = calendars.calendarOf(em, d.getOffice(), d);
        DossierStepEntity first = d.getSteps().get(d.getCurrentStepIndex());
        if (first.getHolder() == null) {
            first.setHolder(d.getHolder());
        }
        first.setStartedAt(start);
        // the step is held at the receiving office's desk: one calendar for both
        Deadlines.recompute(calculator, calendar, calendar, d);
    }

    private void applyApplicant(DossierEntity d, ApplicantData applicant, LocalDateTime now) {
        if (applicant == null || applicant.name() == null || applicant.name().isBlank()) {
            throw new MotCuaException("applicant.nameRequired");
        }
        d.setApplicantName(applicant.name().trim());
        d.setApplicantOrganisation(applicant.organisation());
        d.setApplicantIdNumber(validIdNumber(applicant, now));
        if (applicant.phone() != null && !applicant.phone().isBlank()) {
            d.setApplicantPhone(valid(PhoneNumberValidator.validate(applicant.phone()), applicant.phone()));
        }
        if (applicant.email() != null && !applicant.email().isBlank()) {
            d.setApplicantEmail(valid(EmailValidator.validate(applicant.email()), applicant.email()));
        }
        d.setApplicantAddress(applicant.address());
    }

    /**
     * @return the applicant's identity number without spaces, checked as a CCCD (12 digits) or a CMND (9 digits, valid
     *         on {@code now}'s date); {@code null} for an organisation that gave none
     * @throws MotCuaException when it is invalid, or missing for a person
     */
    static String validIdNumber(ApplicantData applicant, LocalDateTime now) {
        String id = applicant.idNumber() == null ? "" : applicant.idNumber().replaceAll("\\s", "");
        if (id.isEmpty()) {
            if (!applicant.organisation()) {
                throw new MotCuaException("applicant.idRequired");
            }
            return null;
        }
        CitizenIdValidator validator = new CitizenIdValidator(Clock.fixed(
                now.atZone(WorkingCalendar.VIETNAM_ZONE).toInstant(), WorkingCalendar.VIETNAM_ZONE));
        ValidationResult<?> result = id.length() == 9 ? validator.validateCmnd(id, now.toLocalDate())
                : validator.validateCccd(id);
        valid(result, id);
        return id;
    }

    private static <T> T valid(ValidationResult<T> result, String input) {
        if (!result.isValid()) {
            ValidationProblem problem = result.problems().get(0);
            throw new MotCuaException(problem.key(), problem.args().toArray());
        }
        return result.orElseThrow();
    }

    void applyProcedure(DossierEntity d, ProcedureDefinition definition) {
        d.setProcedureCode(definition.code());
        d.setProcedureVersion(definition.version());
        d.setProcedureNameVi(definition.nameVi());
        d.setProcedureNameEn(definition.nameEn());
        d.setTotalDuration(definition.totalDuration());
        d.setTotalUnit(definition.totalUnit());
        d.setSupplementPolicy(definition.supplementPolicy());
        SupplementRule rule = definition.supplementRuleOrGeneral();
        d.setSupplementLimit(rule.agencyDays());
        d.setSupplementFrom(rule.from().name());
        d.setSupplementDeskDays(rule.deskDays());
        d.setSupplementCitizenDays(rule.citizenDays());
        d.setFinancialObligation(definition.financialObligation());
        d.setReturnDuration(definition.resultReturnOrDefault().amount());
        d.setReturnUnit(definition.resultReturnOrDefault().unit());
        d.setFeeVnd(definition.feeVnd());
        d.getSteps().clear();
        int index = 0;
        for (StepDefinition step : definition.steps()) {
            DossierStepEntity s = new DossierStepEntity();
            s.setDossier(d);
            s.setStepIndex(index++);
            s.setCode(step.code());
            s.setNameVi(step.nameVi());
            s.setNameEn(step.nameEn());
            s.setLevel(step.level());
            s.setAgencyCodes(String.join(",", step.agencyCodes()));
            s.setDuration(step.duration());
            s.setUnit(step.unit());
            s.setGuards(step.guards().stream().map(GuardSpec::encode).collect(Collectors.joining(";")));
            s.setFinancialObligation(step.financialObligation());
            d.getSteps().add(s);
        }
        d.setCurrentStepIndex(0);
    }

    private static void applyDocuments(DossierEntity d, List<DocumentItem> items, ProcedureDefinition definition) {
        List<DocumentItem> checklist = items.isEmpty()
                ? definition.documents().stream().map(r -> new DocumentItem(r.nameVi(), r.original(), r.count(), true)).toList()
                : items;
        int position = 0;
        for (DocumentItem item : checklist) {
            DossierDocumentEntity doc = new DossierDocumentEntity();
            doc.setDossier(d);
            doc.setPosition(position++);
            doc.setName(item.name());
            doc.setOriginal(item.original());
            doc.setCount(Math.max(1, item.count()));
            doc.setReceived(item.received());
            d.getDocuments().add(doc);
        }
        for (DocumentRequirement required : definition.documents()) {
            if (!required.optional() && checklist.stream().noneMatch(i -> i.name().equals(required.nameVi()) && i.received())
                    && !items.isEmpty()) {
                // the desk received a dossier without a mandatory paper: that is an incomplete dossier
                throw new MotCuaException("receive.missingDocument", required.nameVi());
            }
        }
    }

    // ---- actions on existing dossiers -------------------------------------------------------------

    @Override
    public DossierView perform(Principal actor, long dossierId, long expectedVersion, ActionRequest request) {
        InputLimits.check(request);
        return tx.call(em -> {
            UserEntity user = user(em, actor);
            DossierEntity d = em.find(DossierEntity.class, dossierId);
            if (d == null) {
                throw new MotCuaException("dossier.notFound", dossierId);
            }
            if (d.getVersion() != expectedVersion) {
                throw new MotCuaException("dossier.conflict");
            }
            // every action moves the version on, so a screen that saw the dossier before must reload
            em.lock(d, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            ActionContext c = new ActionContext(em, user, d, time.now(), this);
            ActionHandler<?> handler = handlers.get(request.type());
            check(c, handler);
            boolean byHolder = ScopeRules.isHolder(c);
            Note note = handler.applyRequest(c, request);
            if (byHolder && !handler.routes()) {
                d.setReceiverActed(true); // the holder worked on it: the sender can no longer recall
            }
            c.audit(request.type(), note);
            em.flush();
            return Views.dossier(em, d, c.now, this);
        });
    }

    @Override
    public Set<ActionType> allowedActions(Principal actor, long dossierId) {
        return tx.call(em -> {
            UserEntity user = user(em, actor);
            DossierEntity d = em.find(DossierEntity.class, dossierId);
            if (d == null) {
                return Set.of();
            }
            ActionContext c = new ActionContext(em, user, d, time.now(), this);
            Set<ActionType> allowed = EnumSet.noneOf(ActionType.class);
            for (ActionHandler<?> handler : handlers.all()) {
                if (handler.rule().scope() == ActionScope.INTAKE) {
                    continue;
                }
                try {
                    check(c, handler);
                    allowed.add(handler.type());
                } catch (MotCuaException refused) {
                    // not offered
                }
            }
            return allowed;
        });
    }

    @Override
    public List<ActionDescription> describeActions(Principal actor, long dossierId) {
        return tx.call(em -> {
            UserEntity user = user(em, actor);
            DossierEntity d = em.find(DossierEntity.class, dossierId);
            if (d == null) {
                return List.of();
            }
            ActionContext c = new ActionContext(em, user, d, time.now(), this);
            List<ActionDescription> described = new java.util.ArrayList<>();
            for (ActionHandler<?> handler : handlers.all()) {
                if (handler.rule().scope() == ActionScope.INTAKE) {
                    continue;
                }
                try {
                    check(c, handler);
                } catch (MotCuaException refused) {
                    continue; // not offered
                }
                ActionDescription description = handler.describe(c);
                // a required choice with nothing to choose (no department here can take the next step): not offered
                if (description.inputs().stream().noneMatch(i -> i.isChoice() && i.required() && i.choices().isEmpty())) {
                    described.add(description);
                }
            }
            return described;
        });
    }

    @Override
    public ActionRules rules() {
        return handlers.rules();
    }

    /**
     * Role, transition, department scope and what the dossier itself must allow, as the handler declares
     * them: throws the refusal that explains the first failing check. {@link #allowedActions} asks the same,
     * so it never offers what {@link #perform} would refuse.
     */
    private void check(ActionContext c, ActionHandler<?> handler) {
        requireRole(c.user, handler.type());
        DossierEntity d = c.dossier;
        if (!handler.rule().from().contains(d.getStatus())) {
            throw new MotCuaException("action.notFromStatus", handler.type().name(), d.getStatus().name());
        }
        ScopeRules.require(handler, c, pendingTransfer(c.em, d));
        handler.requireApplicable(c);
    }

    /** @return the dossier's transfer waiting for acceptance, if any (looked up only when the dossier says so) */
    TransferEntity pendingTransfer(EntityManager em, DossierEntity d) {
        if (!d.isTransferPending()) {
            return null;
        }
        return em.createQuery("select t from TransferEntity t where t.dossier = :d and t.state = :s", TransferEntity.class)
                .setParameter("d", d).setParameter("s", TransferState.PENDING).getResultList().stream().findFirst()
                .orElse(null);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** @return the user {@code actor} stands for, as the database says now */
    UserEntity user(EntityManager em, Principal actor) {
        return users.user(em, actor);
    }

    void requireRole(UserEntity user, ActionType action) {
        if (!handlers.rules().permits(user.getRoles(), action)) {
            throw new MotCuaException("action.roleDenied", user.getUsername(), action.name());
        }
    }

    static void requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new MotCuaException(key);
        }
    }

    static BigDecimal days(long minutes, WorkingCalendar calendar) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(calendar.workingMinutesPerDay()), 2,
                java.math.RoundingMode.HALF_UP);
    }
}
