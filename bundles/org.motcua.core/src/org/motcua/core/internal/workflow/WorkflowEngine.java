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
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.FieldValue;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.validation.CitizenIdValidator;
import org.motcua.core.validation.EmailValidator;
import org.motcua.core.validation.PhoneNumberValidator;
import org.motcua.core.validation.ValidationProblem;
import org.motcua.core.validation.ValidationResult;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionRules;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Actor;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DocumentItem;
import org.motcua.core.workflow.DossierView;
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
    private final ThreadLocal<Boolean> importing = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** One handler per action: what it accepts, who may take it, on which dossiers, what it changes. */
    private final ActionHandlers handlers = new ActionHandlers();
    /** User and desk ids by user name and office: found with {@code em.find} (no query, no flush) once known. */
    private final Map<String, Long> userIds = new ConcurrentHashMap<>();
    private final Map<Long, Long> deskIds = new ConcurrentHashMap<>();

    public WorkflowEngine(Tx tx, TimeSource time, ProcedureRegistry procedures, CalendarProvider calendars) {
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
        return importing.get();
    }

    /** Runs {@code work} with actions audited as imported (the import identity replays an old log). */
    public <T> T importing(java.util.function.Supplier<T> work) {
        importing.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            importing.set(Boolean.FALSE);
        }
    }

    // ---- creation ------------------------------------------------------------------------------

    @Override
    public DossierView receive(Actor actor, ReceiveRequest request) {
        InputLimits.check(request);
        return tx.call(em -> {
            Intake intake = startIntake(em, actor, request, ActionType.RECEIVE, DossierStatus.RECEIVED);
            DossierEntity d = intake.dossier;
            d.setStatus(DossierStatus.RECEIVED);
            d.setValidReceivedAt(intake.start);
            startClock(em, d, intake.start);
            ActionContext c = new ActionContext(em, intake.user, d, intake.now, this).created();
            c.slip(applicantLabel(d), ActionContext.agencyName(d.getHolder()), d.getSteps().get(0).getDueAt(),
                    d.getChannel().name()).setReceivedAt(intake.now);
            c.lastSlipRow().setReceivedBy(intake.user.getFullName());
            c.audit(ActionType.RECEIVE, null);
            return Views.dossier(em, d, intake.now, this);
        });
    }

    @Override
    public DossierView receiveIncomplete(Actor actor, ReceiveRequest request, List<String> missingItems, String reason) {
        InputLimits.checkIncomplete(request, missingItems, reason);
        return tx.call(em -> {
            Intake intake = startIntake(em, actor, request, ActionType.REQUEST_SUPPLEMENT,
                    DossierStatus.SUPPLEMENT_REQUESTED);
            DossierEntity d = intake.dossier;
            d.setStatus(DossierStatus.SUPPLEMENT_REQUESTED);
            ActionContext c = new ActionContext(em, intake.user, d, intake.now, this).created();
            PauseActions.recordSupplementRequest(c, missingItems, reason);
            c.audit(ActionType.REQUEST_SUPPLEMENT, reason);
            return Views.dossier(em, d, intake.now, this);
        });
    }

    @Override
    public DossierView refuse(Actor actor, ReceiveRequest request, String reason) {
        requireText(reason, "refuse.reasonRequired");
        InputLimits.checkRefusal(request, reason);
        return tx.call(em -> {
            Intake intake = startIntake(em, actor, request, ActionType.REFUSE, DossierStatus.REFUSED);
            DossierEntity d = intake.dossier;
            d.setStatus(DossierStatus.REFUSED);
            d.setClosedAt(intake.now);
            d.setClosingReason(reason.trim());
            ActionContext c = new ActionContext(em, intake.user, d, intake.now, this).created();
            c.audit(ActionType.REFUSE, reason.trim());
            return Views.dossier(em, d, intake.now, this);
        });
    }

    private record Intake(UserEntity user, DossierEntity dossier, LocalDateTime now, LocalDateTime start) {
    }

    private Intake startIntake(EntityManager em, Actor actor, ReceiveRequest request, ActionType action,
            DossierStatus initial) {
        UserEntity user = user(em, actor);
        requireRole(user, action);
        OfficeEntity office = user.getOffice();
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
        d.setHolder(desk(em, office));
        d.setCode(numbering.next(office, now.toLocalDate()));
        em.persist(d);
        DossierFields.store(em, d, fields);
        WorkingCalendar calendar = calendars.calendarOf(em, office);
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
    public List<ProcedureDefinition> receivableProcedures(Actor actor) {
        return tx.call(em -> {
            UserEntity user = user(em, actor);
            OfficeEntity office = user.getOffice();
            return procedures.inForce(time.now().toLocalDate()).stream()
                    .filter(definition -> notReceivable(em, office, definition).isEmpty()).toList();
        });
    }

    /** Starts (or restarts) the clock: step 0 and the overall appointment run from {@code start} (with any pauses). */
    void startClock(EntityManager em, DossierEntity d, LocalDateTime start) {
        WorkingCalendar calendar = calendars.calendarOf(em, d.getOffice());
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
        String id = applicant.idNumber() == null ? "" : applicant.idNumber().replaceAll("\\s", "");
        if (!id.isEmpty()) {
            CitizenIdValidator validator = new CitizenIdValidator(Clock.fixed(
                    now.atZone(WorkingCalendar.VIETNAM_ZONE).toInstant(), WorkingCalendar.VIETNAM_ZONE));
            ValidationResult<?> result = id.length() == 9 ? validator.validateCmnd(id, now.toLocalDate())
                    : validator.validateCccd(id);
            valid(result, id);
            d.setApplicantIdNumber(id);
        } else if (!applicant.organisation()) {
            throw new MotCuaException("applicant.idRequired");
        }
        if (applicant.phone() != null && !applicant.phone().isBlank()) {
            d.setApplicantPhone(valid(PhoneNumberValidator.validate(applicant.phone()), applicant.phone()));
        }
        if (applicant.email() != null && !applicant.email().isBlank()) {
            d.setApplicantEmail(valid(EmailValidator.validate(applicant.email()), applicant.email()));
        }
        d.setApplicantAddress(applicant.address());
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
        d.setSupplementLimit(definition.supplementLimit());
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
    public DossierView perform(Actor actor, long dossierId, long expectedVersion, ActionRequest request) {
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
            String note = handler.applyRequest(c, request);
            if (byHolder && !handler.routes()) {
                d.setReceiverActed(true); // the holder worked on it: the sender can no longer recall
            }
            c.audit(request.type(), note);
            em.flush();
            return Views.dossier(em, d, c.now, this);
        });
    }

    @Override
    public Set<ActionType> allowedActions(Actor actor, long dossierId) {
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
    public List<ActionDescription> describeActions(Actor actor, long dossierId) {
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

    static UserEntity loadUser(EntityManager em, Actor actor) {
        List<UserEntity> users = em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", actor.username()).getResultList();
        if (users.isEmpty() || !users.get(0).isActive()) {
            throw new MotCuaException("user.unknown", actor.username());
        }
        return users.get(0);
    }

    /** @return the acting user, as {@link #loadUser} does, without a query once the user's id is known */
    UserEntity user(EntityManager em, Actor actor) {
        Long id = userIds.get(actor.username());
        if (id != null) {
            UserEntity user = em.find(UserEntity.class, id);
            if (user != null && user.getUsername().equals(actor.username()) && user.isActive()) {
                return user;
            }
            userIds.remove(actor.username());
        }
        UserEntity user = loadUser(em, actor);
        userIds.put(actor.username(), user.getId());
        return user;
    }

    /** @return the desk of {@code office}, as {@link #deskOf} does, without a query once its id is known */
    DepartmentEntity desk(EntityManager em, OfficeEntity office) {
        Long id = deskIds.get(office.getId());
        if (id != null) {
            DepartmentEntity desk = em.find(DepartmentEntity.class, id);
            if (desk != null && desk.getKind() == DepartmentKind.DESK && desk.getOffice().getId().equals(office.getId())) {
                return desk;
            }
            deskIds.remove(office.getId());
        }
        DepartmentEntity desk = deskOf(em, office);
        deskIds.put(office.getId(), desk.getId());
        return desk;
    }

    void requireRole(UserEntity user, ActionType action) {
        if (!handlers.rules().permits(user.getRoles(), action)) {
            throw new MotCuaException("action.roleDenied", user.getUsername(), action.name());
        }
    }

    static DepartmentEntity deskOf(EntityManager em, OfficeEntity office) {
        return em.createQuery("select d from DepartmentEntity d where d.office = :o and d.kind = :k", DepartmentEntity.class)
                .setParameter("o", office).setParameter("k", DepartmentKind.DESK).getResultList().stream().findFirst()
                .orElseThrow(() -> new MotCuaException("office.noDesk", office.getName()));
    }

    static void requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new MotCuaException(key);
        }
    }

    static String applicantLabel(DossierEntity d) {
        return "Người nộp hồ sơ: " + d.getApplicantName();
    }

    static BigDecimal days(long minutes, WorkingCalendar calendar) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(calendar.workingMinutesPerDay()), 2,
                java.math.RoundingMode.HALF_UP);
    }
}
