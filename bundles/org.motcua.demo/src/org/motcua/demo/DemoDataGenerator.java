// SPDX-License-Identifier: EPL-2.0
package org.motcua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

import org.motcua.core.engine.CoreEngine;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.core.workflow.StepView;

/**
 * Generates a year of one-stop work for the demo offices through the workflow service, at the
 * actions' own (simulated) times: every dossier is received, handed over, taken, posted where the
 * step demands it, forwarded (across offices where the procedure goes up a level), sometimes sent
 * back for a supplement or to the tax office, finished (about 6% late) and returned. Dossiers whose
 * next action would fall after "now" stay open, so inboxes and the inter-level queue are alive.
 * Deterministic for a given seed.
 */
public final class DemoDataGenerator {

    private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi",
            "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý" };
    private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh", "Quốc", "Kim" };
    private static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
            "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo",
            "Thắng", "Trang", "Trí", "Tuấn", "Uyên", "Vân", "Yến", "Ồ", "Ữ" };

    /** The demo workspace's "now" (27 June 2025, 09:00): the last weeks of the district level. */
    public static final LocalDateTime DEMO_NOW = LocalDateTime.of(2025, 6, 27, 9, 0);

    private final CoreEngine core;
    private final SettableTimeSource clock;
    private final Random random;
    private final DeadlineCalculator calculator = new DeadlineCalculator();
    private final Map<String, OfficeRef> offices = new HashMap<>();
    private final Map<Long, WorkingCalendar> calendars = new HashMap<>();
    private int refusedActions;
    private DossierView latest;
    private final List<String> refusals = new java.util.ArrayList<>();
    private final Map<Long, List<org.motcua.core.org.DepartmentRef>> departments = new HashMap<>();
    private final DemoSessions sessions;

    /**
     * @param core  services whose clock is {@code clock}
     * @param clock the clock the generator moves to each action's time
     * @param seed  the random seed (the same seed gives the same data)
     */
    public DemoDataGenerator(CoreEngine core, SettableTimeSource clock, long seed) {
        this(core, clock, seed, new DemoSessions(core));
    }

    /**
     * @param core     services whose clock is {@code clock}, over a database created as a demo
     * @param clock    the clock the generator moves to each action's time
     * @param seed     the random seed (the same seed gives the same data)
     * @param sessions the demo accounts' sessions (each officer signs in once)
     */
    public DemoDataGenerator(CoreEngine core, SettableTimeSource clock, long seed, DemoSessions sessions) {
        this.sessions = sessions;
        this.core = core;
        this.clock = clock;
        this.random = new Random(seed);
        core.organization().offices().forEach(o -> offices.put(o.code(), o));
    }

    /**
     * Generates dossiers received on the working days from {@code from} to {@code now}'s date.
     *
     * @param perYear  dossiers a year at each district desk (communes get a tenth each)
     * @param progress called with (days done, days in all) after each day
     * @return how many dossiers were received
     */
    public int generate(LocalDate from, LocalDateTime now, int perYear, BiConsumer<Integer, Integer> progress) {
        return generate(from, now.toLocalDate().plusDays(1), now, perYear, progress);
    }

    /**
     * Generates dossiers received on the working days from {@code from} up to the day before {@code until}
     * (and not after {@code now}), each lived up to {@code now}: an earlier stretch can be added to a demo
     * that already holds the later one.
     *
     * @param perYear  dossiers a year at each district desk (communes get a tenth each)
     * @param progress called with (days done, days in all) after each day
     * @return how many dossiers were received
     */
    public int generate(LocalDate from, LocalDate until, LocalDateTime now, int perYear,
            BiConsumer<Integer, Integer> progress) {
        ensureProcedures(from);
        List<String> desks = List.of(DemoOffices.THAP_MUOI, DemoOffices.CAO_LANH, DemoOffices.THAP_MUOI + ".01",
                DemoOffices.THAP_MUOI + ".02", DemoOffices.CAO_LANH + ".01", DemoOffices.CAO_LANH + ".02");
        WorkingCalendar calendar = calendar(offices.get(DemoOffices.THAP_MUOI));
        LocalDate end = until.isAfter(now.toLocalDate()) ? now.toLocalDate().plusDays(1) : until;
        int days = Math.max(0, (int) java.time.temporal.ChronoUnit.DAYS.between(from, end));
        int received = 0;
        for (int day = 0; day < days; day++) {
            LocalDate date = from.plusDays(day);
            if (calendar.isWorkingDay(date)) {
                for (String desk : desks) {
                    OfficeRef office = offices.get(desk);
                    double mean = (office.level() == OfficeLevel.DISTRICT ? perYear : perYear / 10.0) / 250.0;
                    int n = poisson(mean);
                    for (int i = 0; i < n; i++) {
                        LocalDateTime at = date.atTime(7, 0).plusMinutes(random.nextInt(9 * 60 + 30));
                        if (at.toLocalTime().isAfter(java.time.LocalTime.of(11, 30))
                                && at.toLocalTime().isBefore(java.time.LocalTime.of(13, 30))) {
                            at = at.plusHours(2);
                        }
                        LocalDateTime receivedAt = at;
                        // one transaction per dossier's life: the persistence context stays one dossier
                        // small (a day's worth of dossiers made every flush compare thousands of objects)
                        if (!at.isAfter(now) && core.batch(() -> simulate(office, receivedAt, now))) {
                            received++;
                        }
                    }
                }
            }
            progress.accept(day + 1, days);
        }
        return received;
    }

    /**
     * Loads the most recent work first, one working day at a time going back from {@code now}, until
     * {@code budget} is spent or the twelve months up to {@code now} are loaded: a first start gets the
     * living office (open dossiers, inboxes, inter-level queue) and as much history as the machine loads in
     * that time; {@code ./motcua cli demo-data} loads the months before.
     *
     * @param progress called after each day with the first day loaded and the share of the budget spent (0–1)
     * @return the first day loaded
     */
    public LocalDate generateRecent(LocalDateTime now, java.time.Duration budget, int perYear,
            BiConsumer<LocalDate, Double> progress) {
        long start = System.nanoTime();
        return generateBefore(now.toLocalDate().plusDays(1), now, perYear,
                () -> System.nanoTime() - start < budget.toNanos(),
                first -> progress.accept(first, Math.min(1.0, (System.nanoTime() - start) / (double) budget.toNanos())));
    }

    /**
     * Loads the working days before {@code firstLoaded}, one day at a time going back, down to the first of
     * the twelve months up to {@code now} ({@link #firstDemoDay}), for as long as {@code more} says so: the
     * first start's budgeted load and the background load of the months before share it.
     *
     * @param afterDay called after each day with the first day now loaded
     * @return the first day loaded
     */
    public LocalDate generateBefore(LocalDate firstLoaded, LocalDateTime now, int perYear,
            java.util.function.BooleanSupplier more, java.util.function.Consumer<LocalDate> afterDay) {
        LocalDate earliest = firstDemoDay(now);
        LocalDate first = firstLoaded;
        while (first.isAfter(earliest) && more.getAsBoolean()) {
            LocalDate day = first.minusDays(1);
            generate(day, first, now, perYear, (done, all) -> {
            });
            first = day;
            afterDay.accept(first);
        }
        return first;
    }

    /** @return the first day of the twelve months a demo workspace holds up to {@code now} */
    public static LocalDate firstDemoDay(LocalDateTime now) {
        return now.toLocalDate().minusMonths(12);
    }

    /** @return the first refusals, for the log */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    private List<org.motcua.core.org.DepartmentRef> departmentsOf(OfficeRef office) {
        return departments.computeIfAbsent(office.id(), id -> core.organization().departments(id));
    }

    /** @return how many simulated actions the core refused (0 when the simulation follows the rules) */
    public int refusedActions() {
        return refusedActions;
    }

    private void ensureProcedures(LocalDate from) {
        registerStandInProcedures(core.procedures(), from);
    }

    /**
     * Registers the stand-in {@code DEMO.*} procedures when no procedure module supplies any for the district
     * or the commune level on {@code date}: a reopened demo workspace needs them as much as the generator.
     *
     * @return whether they were registered
     */
    public static boolean registerStandInProcedures(org.motcua.core.procedure.ProcedureRegistry registry, LocalDate date) {
        for (OfficeLevel level : List.of(OfficeLevel.DISTRICT, OfficeLevel.COMMUNE)) {
            if (registry.inForce(date).stream().noneMatch(p -> p.receivingLevel() == level)) {
                DemoProcedures.all().forEach(registry::register);
                return true;
            }
        }
        return false;
    }

    private List<ProcedureDefinition> procedures(OfficeLevel level, LocalDate date) {
        return core.procedures().inForce(date).stream().filter(p -> p.receivingLevel() == level).toList();
    }

    /** @return the procedures an office may receive on a date: its level, and its module enabled there */
    private List<ProcedureDefinition> procedures(OfficeRef office, LocalDate date) {
        return procedures(office.level(), date).stream().filter(p -> core.procedures().moduleOf(p.code())
                .map(module -> enabled.computeIfAbsent(office.id() + "/" + module,
                        k -> core.modules().isEnabled(office.id(), module)))
                .orElse(true)).toList();
    }

    private final Map<String, Boolean> enabled = new HashMap<>();

    /** Lives one dossier from its receipt up to {@code now}; false when the office has no procedure. */
    private boolean simulate(OfficeRef office, LocalDateTime at, LocalDateTime now) {
        List<ProcedureDefinition> available = procedures(office, at.toLocalDate());
        if (available.isEmpty()) {
            return false;
        }
        ProcedureDefinition procedure = available.get(random.nextInt(available.size()));
        Principal desk = sessions.of(DemoOffices.staffOf(office.code(), "MOTCUA"));
        clock.set(at);
        DossierView d = core.workflow().receive(desk, new ReceiveRequest(procedure.code(), channel(office),
                applicant(), List.of(), procedure.exampleValues()));
        latest = d;
        boolean late = random.nextInt(100) < 6;
        LocalDateTime t = at;
        List<StepView> steps = core.queries().steps(desk, d.id());
        OfficeRef current = office;
        for (int step = 1; step < steps.size(); step++) {
            StepView next = steps.get(step);
            OfficeRef target = targetOffice(current, next);
            Principal sender = step == 1 ? desk : staff(current, steps.get(step - 1));
            t = later(t, current, 30 + random.nextInt(150));
            if (t.isAfter(now) || !act(sender, d.id(), t, step == 1 ? new ActionRequest.HandOver(department(target, next))
                    : new ActionRequest.Forward(department(target, next), null))) {
                return true;
            }
            boolean crossed = target != current;
            if (crossed) {
                t = later(t, target, 60 + random.nextInt(random.nextInt(100) < 3 ? 1200 : 240));
                if (t.isAfter(now) || !act(sessions.of(DemoOffices.staffOf(target.code(), "MOTCUA")), d.id(), t,
                        new ActionRequest.AcceptTransfer())) {
                    return true;
                }
                current = target;
            }
            Principal holder = staff(current, next);
            if (!crossed) { // accepting an inter-level dossier already takes it
                t = later(t, current, 10 + random.nextInt(60));
                if (t.isAfter(now) || !act(holder, d.id(), t, new ActionRequest.Take())) {
                    return true;
                }
            }
            if (step == 1 && random.nextInt(100) < 5) {
                t = later(t, current, 60);
                if (t.isAfter(now) || !act(holder, d.id(), t, ActionRequest.RequestSupplement.of(
                        List.of("Bản sao giấy tờ tùy thân có chứng thực"), "Bản sao chưa được chứng thực"))) {
                    return true;
                }
                t = later(t, current, 480 * (2 + random.nextInt(4)));
                if (t.isAfter(now) || !act(desk, d.id(), t, new ActionRequest.SupplementReceived())) {
                    return true;
                }
            }
            for (String guard : next.guards()) {
                if (GuardSpec.decode(guard).type().equals(GuardSpec.PUBLIC_POSTING)) {
                    int required = Integer.parseInt(GuardSpec.decode(guard).params().getOrDefault("days", "2"));
                    LocalDate start = t.toLocalDate().plusDays(1);
                    LocalDate end = calendar(current).addWorkingDays(start, required);
                    t = end.plusDays(1).atTime(8, 0);
                    if (t.isAfter(now) || !act(holder, d.id(), t, new ActionRequest.RecordPosting(start, end,
                            "Trụ sở " + current.name(), "Không có khiếu nại"))) {
                        return true;
                    }
                }
            }
            double share = late && step == steps.size() - 1 ? 1.0 : 0.15 + random.nextDouble() * 0.5;
            int minutes = (int) (next.duration().doubleValue() * 480 * share);
            t = later(t, current, Math.max(20, minutes));
        }
        DossierView open = latest;
        if (late && open.dueAt() != null && !t.isAfter(open.dueAt())) {
            t = later(open.dueAt(), current, 240 + random.nextInt(960));
        }
        if (t.isAfter(now) || !act(staff(current, steps.getLast()), d.id(), t, new ActionRequest.Finish("Đã ký"))) {
            return true;
        }
        t = later(t, office, 240 + random.nextInt(1440));
        if (!t.isAfter(now)) {
            act(desk, d.id(), t, new ActionRequest.ReturnResult(null));
        }
        return true;
    }

    /** Performs an action at time {@code t}; a refusal is counted (the demo must follow the rules). */
    private boolean act(Principal actor, long dossierId, LocalDateTime t, ActionRequest request) {
        clock.set(t);
        DossierView d = latest != null && latest.id() == dossierId ? latest : core.queries().byId(actor, dossierId).orElseThrow();
        if (d.status() != DossierStatus.PROCESSING && d.status() != DossierStatus.RECEIVED
                && d.status() != DossierStatus.SUPPLEMENT_REQUESTED && d.status() != DossierStatus.FINISHED) {
            return false;
        }
        try {
            latest = core.workflow().perform(actor, dossierId, d.version(), request);
            return true;
        } catch (MotCuaException e) {
            refusedActions++;
            if (refusals.size() < 5) {
                refusals.add(request.type() + " " + d.code() + ": " + e.getMessage());
            }
            return false;
        }
    }

    private LocalDateTime later(LocalDateTime t, OfficeRef office, int workingMinutes) {
        return calculator.due(calendar(office), t, BigDecimal.valueOf(workingMinutes / 60.0), DurationUnit.WORKING_HOURS,
                List.of());
    }

    private WorkingCalendar calendar(OfficeRef office) {
        return calendars.computeIfAbsent(office.id(), id -> core.organization().calendar(id));
    }

    /** @return the office, this one or up its parents, that holds {@code step} (its level, an allowed agency) */
    private OfficeRef targetOffice(OfficeRef current, StepView step) {
        for (OfficeRef o = current; o != null; o = o.parentId() == null ? null : byId(o.parentId())) {
            OfficeRef office = o;
            if (office.level() == step.level() && departmentsOf(office).stream()
                    .anyMatch(dep -> step.agencyCodes().contains(dep.code()))) {
                return office;
            }
        }
        return current;
    }

    private OfficeRef byId(long id) {
        return offices.values().stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    private long department(OfficeRef office, StepView step) {
        return departmentsOf(office).stream().filter(d -> step.agencyCodes().contains(d.code()))
                .findFirst().orElseThrow(() -> new MotCuaException("department.unknownCode", step.agencyCodes().toString()))
                .id();
    }

    private Principal staff(OfficeRef office, StepView step) {
        String code = departmentsOf(office).stream()
                .filter(d -> step.agencyCodes().contains(d.code())).findFirst().orElseThrow().code();
        return sessions.of(DemoOffices.staffOf(office.code(), code));
    }

    private Channel channel(OfficeRef office) {
        int r = random.nextInt(100);
        if (r < 68) {
            return Channel.WALK_IN;
        }
        if (r < 83) {
            return Channel.POSTAL;
        }
        return Channel.ONLINE;
    }

    private ApplicantData applicant() {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        int year = 1950 + random.nextInt(55);
        String id = String.format("087%d%02d%06d", random.nextBoolean() ? 0 : 1, year % 100, random.nextInt(1_000_000));
        String phone = String.format("09%08d", random.nextInt(100_000_000));
        return new ApplicantData(name, id, phone, null, "Đồng Tháp", false);
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
