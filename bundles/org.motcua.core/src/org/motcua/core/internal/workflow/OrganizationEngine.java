// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.engine.SecuritySettings;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.internal.model.AdminAuditEntity;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.CalendarEntry;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.OfficeSettings;
import org.motcua.core.config.Holiday;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserAccount;
import org.motcua.core.org.UserRef;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.Note;

/** Offices, departments, users and calendars, changed by administrators and audited. */
public final class OrganizationEngine implements OrganizationService {

    private final Tx tx;
    private final TimeSource time;
    private final CalendarProvider calendars;
    private final OrganizationChanges changes;
    private final SecuritySettings security;

    public OrganizationEngine(Tx tx, TimeSource time, CalendarProvider calendars, SecuritySettings security) {
        this.tx = tx;
        this.calendars = calendars;
        this.time = time;
        this.security = security;
        this.changes = new OrganizationChanges(tx, time, calendars, security);
    }

    @Override
    public OfficeRef createOffice(Principal admin, OfficeData data) {
        InputLimits.check(data);
        return tx.call(em -> {
            UserEntity user = requireAdmin(em, admin);
            if (data.parentId() == null) {
                requireTop(user);
            } else {
                requireOver(user, findOffice(em, data.parentId()));
            }
            OfficeEntity office = newOffice(em, data);
            audit(em, user.getUsername(), "office.create", office.getCode(), office.getName());
            return office(office);
        });
    }

    private OfficeEntity newOffice(EntityManager em, OfficeData data) {
        if (data.code() == null || data.code().isBlank() || data.name() == null || data.name().isBlank()) {
            throw new MotCuaException("office.codeAndNameRequired");
        }
        if (!data.regime().allows(data.level())) {
            throw new MotCuaException("office.levelNotInRegime", data.level().name(), data.regime().name());
        }
        if (!em.createQuery("select o from OfficeEntity o where o.code = :c", OfficeEntity.class)
                .setParameter("c", data.code()).getResultList().isEmpty()) {
            throw new MotCuaException("office.codeTaken", data.code());
        }
        OfficeEntity office = new OfficeEntity();
        office.setCode(data.code().trim());
        office.setName(data.name().trim());
        office.setLevel(data.level());
        office.setRegime(data.regime());
        office.setParent(data.parentId() == null ? null : em.find(OfficeEntity.class, data.parentId()));
        String periods = data.workingPeriods() == null ? CalendarProvider.DEFAULT_PERIODS : data.workingPeriods();
        try {
            CalendarProvider.parsePeriods(periods);
        } catch (RuntimeException e) { // a malformed time or range
            throw new MotCuaException("office.badWorkingPeriods", periods);
        }
        office.setWorkingPeriods(periods);
        office.setCutOff(data.cutOff());
        office.setAcceptanceSlaDays(data.acceptanceSlaDays() == null ? BigDecimal.ONE : data.acceptanceSlaDays());
        office.setCodePrefix("00");
        em.persist(office);
        DepartmentEntity desk = new DepartmentEntity();
        desk.setOffice(office);
        desk.setCode("MOTCUA");
        desk.setName("Bộ phận một cửa");
        desk.setKind(DepartmentKind.DESK);
        em.persist(desk);
        return office;
    }

    @Override
    public DepartmentRef createDepartment(Principal admin, long officeId, String code, String name, DepartmentKind kind) {
        InputLimits.checkDepartment(code, name);
        return tx.call(em -> {
            UserEntity user = requireAdmin(em, admin);
            requireOver(user, findOffice(em, officeId));
            OfficeEntity office = findOffice(em, officeId);
            if (code == null || code.isBlank() || name == null || name.isBlank()) {
                throw new MotCuaException("department.codeAndNameRequired");
            }
            if (!em.createQuery("select d from DepartmentEntity d where d.office = :o and d.code = :c",
                    DepartmentEntity.class).setParameter("o", office).setParameter("c", code.trim()).getResultList()
                    .isEmpty()) {
                throw new MotCuaException("department.codeTaken", code.trim(), office.getCode());
            }
            DepartmentEntity department = new DepartmentEntity();
            department.setOffice(office);
            department.setCode(code.trim());
            department.setName(name.trim());
            department.setKind(kind);
            em.persist(department);
            audit(em, user.getUsername(), "department.create", office.getCode(), department.getCode(), department.getName());
            return department(department);
        });
    }

    @Override
    public UserRef createUser(Principal admin, String username, String fullName, long officeId, Long departmentId,
            Set<Role> roles, char[] password) {
        InputLimits.checkUser(username, fullName);
        return tx.call(em -> {
            UserEntity creator = requireAdmin(em, admin);
            requireOver(creator, findOffice(em, officeId));
            if (roles != null && roles.contains(Role.ADMINISTRATOR)) {
                requireTop(creator);
            }
            UserEntity user = newUser(em, username, fullName, findOffice(em, officeId), departmentId, roles, password);
            audit(em, creator.getUsername(), "user.create", user.getUsername(), roles(user.getRoles()));
            return user(user);
        });
    }

    private UserEntity newUser(EntityManager em, String username, String fullName, OfficeEntity office,
            Long departmentId, Set<Role> roles, char[] password) {
        if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
            throw new MotCuaException("user.badUsername", String.valueOf(username));
        }
        requireStrongPassword(password);
        if (roles == null || roles.isEmpty()) {
            throw new MotCuaException("user.rolesRequired");
        }
        if (!em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", username).getResultList().isEmpty()) {
            throw new MotCuaException("user.taken", username);
        }
        UserEntity user = new UserEntity();
        user.setUsername(username);
        user.setFullName(fullName == null || fullName.isBlank() ? username : fullName.trim());
        user.setOffice(office);
        if (departmentId != null) {
            DepartmentEntity department = em.find(DepartmentEntity.class, departmentId);
            if (department == null || !department.getOffice().getId().equals(office.getId())) {
                throw new MotCuaException("user.departmentNotInOffice", username);
            }
            user.setDepartment(department);
        }
        user.setRoles(EnumSet.copyOf(roles));
        user.setPasswordHash(PasswordHasher.hash(password, security));
        user.setActive(true);
        em.persist(user);
        return user;
    }

    @Override
    public void setCalendarDay(Principal admin, Long officeId, LocalDate day, boolean workingDay, String note,
            String notice) {
        InputLimits.checkCalendarDay(note, notice);
        changes.setCalendarDay(admin, officeId, day, workingDay, note, notice);
    }

    @Override
    public void removeCalendarDay(Principal admin, Long officeId, LocalDate day) {
        changes.removeCalendarDay(admin, officeId, day);
    }

    @Override
    public List<CalendarEntry> calendarDays(Long officeId, int year) {
        return changes.calendarDays(officeId, year);
    }

    @Override
    public OfficeRef updateOffice(Principal admin, OfficeRef shown, String name, OfficeLevel level, Regime regime,
            Long parentId) {
        InputLimits.check(InputLimits.Input.OFFICE_NAME, name);
        return changes.updateOffice(admin, shown, name, level, regime, parentId);
    }

    @Override
    public List<UserAccount> users(Principal admin, long officeId) {
        return changes.users(admin, officeId);
    }

    @Override
    public UserAccount setRoles(Principal admin, UserAccount shown, Set<Role> roles) {
        return changes.setRoles(admin, shown, roles);
    }

    @Override
    public UserAccount setActive(Principal admin, UserAccount shown, boolean active) {
        return changes.setActive(admin, shown, active);
    }

    @Override
    public UserAccount resetPassword(Principal admin, UserAccount shown, char[] temporaryPassword) {
        return changes.resetPassword(admin, shown, temporaryPassword);
    }

    @Override
    public UserAccount unlock(Principal admin, UserAccount shown) {
        return changes.unlock(admin, shown);
    }

    @Override
    public UserRef createFirstAdministrator(OfficeData officeData, String username, String fullName, char[] password) {
        InputLimits.check(officeData);
        InputLimits.checkUser(username, fullName);
        return tx.call(em -> {
            Number admins = em.createQuery("select count(u) from UserEntity u join u.roles r where r = :r", Number.class)
                    .setParameter("r", Role.ADMINISTRATOR).getSingleResult();
            if (admins.longValue() > 0) {
                throw new MotCuaException("user.firstAdminExists");
            }
            List<OfficeEntity> found = em.createQuery("select o from OfficeEntity o where o.code = :c", OfficeEntity.class)
                    .setParameter("c", officeData.code()).getResultList();
            OfficeEntity office = found.isEmpty() ? newOffice(em, officeData) : found.get(0);
            UserEntity user = newUser(em, username, fullName, office, null, EnumSet.of(Role.ADMINISTRATOR), password);
            audit(em, username, "user.firstAdministrator", office.getCode());
            return user(user);
        });
    }

    @Override
    public List<OfficeRef> offices() {
        return tx.read(em -> em.createQuery("select o from OfficeEntity o order by o.code", OfficeEntity.class)
                .getResultList().stream().map(OrganizationEngine::office).toList());
    }

    @Override
    public Optional<OfficeRef> office(String code) {
        return tx.read(em -> em.createQuery("select o from OfficeEntity o where o.code = :c", OfficeEntity.class)
                .setParameter("c", code).getResultList().stream().findFirst().map(OrganizationEngine::office));
    }

    @Override
    public List<DepartmentRef> departments(long officeId) {
        return tx.read(em -> em.createQuery("select d from DepartmentEntity d where d.office.id = :o order by d.code",
                DepartmentEntity.class).setParameter("o", officeId).getResultList().stream()
                .map(OrganizationEngine::department).toList());
    }

    @Override
    public Optional<UserRef> user(String username) {
        return tx.read(em -> em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", username).getResultList().stream().findFirst().map(OrganizationEngine::user));
    }

    @Override
    public WorkingCalendar calendar(long officeId) {
        return calendar(officeId, time.now().toLocalDate());
    }

    @Override
    public WorkingCalendar calendar(long officeId, LocalDate day) {
        return tx.read(em -> calendars.calendarOf(em, findOffice(em, officeId), day));
    }

    @Override
    public List<OfficeSettings> officeSettings(long officeId) {
        return changes.officeSettings(officeId);
    }

    @Override
    public void setOfficeSettings(Principal admin, long officeId, OfficeSettings settings) {
        InputLimits.check(settings);
        changes.setOfficeSettings(admin, officeId, settings);
    }

    @Override
    public List<Holiday> addProposedHolidays(Principal admin, int year) {
        return changes.addProposedHolidays(admin, year, proposedHolidays(year));
    }


    static OfficeEntity findOffice(EntityManager em, long id) {
        OfficeEntity office = em.find(OfficeEntity.class, id);
        if (office == null) {
            throw new MotCuaException("office.notFound", id);
        }
        return office;
    }

    /** Refuses a password too short to be one (the same rule for a new account, a reset and a change). */
    static void requireStrongPassword(char[] password) {
        if (password == null || password.length < 8) {
            throw new MotCuaException("user.weakPassword");
        }
    }

    /**
     * Refuses unless {@code admin}'s office is {@code office} or an office above it: an administrator manages
     * an office subtree, never a sibling's or a parent's. An administrator of a top office (the province)
     * manages every office, the province's 2025 centres included.
     */
    static void requireOver(UserEntity admin, OfficeEntity office) {
        if (admin.getOffice().getParent() == null) {
            return;
        }
        for (OfficeEntity o = office; o != null; o = o.getParent()) {
            if (o.getId().equals(admin.getOffice().getId())) {
                return;
            }
        }
        throw new MotCuaException("admin.outsideOffices", admin.getUsername(), office.getName());
    }

    /**
     * Refuses unless {@code admin} works at a top office of the installation (the province, or the office an
     * installation was created for): what applies to every office — calendar days for all, procedure features, the
     * administrator role — is theirs alone.
     */
    static void requireTop(UserEntity admin) {
        if (admin.getOffice().getParent() != null) {
            throw new MotCuaException("admin.topOnly", admin.getUsername());
        }
    }

    static UserEntity requireAdmin(EntityManager em, Principal admin) {
        UserEntity user = Sessions.user(em, admin);
        if (!user.getRoles().contains(Role.ADMINISTRATOR)) {
            throw new MotCuaException("admin.required", user.getUsername());
        }
        return user;
    }

    private void audit(EntityManager em, String actor, String action, Object... args) {
        audit(em, time, actor, action, args);
    }

    /**
     * Writes an administrative audit record in the caller's transaction: {@code action} and its note, the key
     * {@code admin.audit.<action>} with {@code args} (codes, user names, enum names, dates and what the
     * administrator typed; never a person's name): {@link Note}.
     */
    static void audit(EntityManager em, TimeSource time, String actor, String action, Object... args) {
        audit(em, time, actor, action, Note.of("admin.audit." + action, args));
    }

    /** Writes an administrative audit record of {@code action} with {@code note} in the caller's transaction. */
    static void audit(EntityManager em, TimeSource time, String actor, String action, Note note) {
        AdminAuditEntity record = new AdminAuditEntity();
        record.setAt(time.now());
        record.setActor(actor);
        record.setAction(action);
        record.setNote(note);
        // the chain of the acting account's office; a typed name that is no account: the installation's (0)
        List<?> office = em.createNativeQuery("select office_id from user_account where username = ?")
                .setParameter(1, actor).getResultList();
        AuditChain.append(em, org.motcua.core.audit.AuditKind.ADMIN,
                office.isEmpty() ? 0L : ((Number) office.get(0)).longValue(), record);
    }

    /** @return roles as stored in an audit note: their names, sorted, comma-separated */
    static String roles(java.util.Collection<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    static OfficeRef office(OfficeEntity o) {
        return new OfficeRef(o.getId(), o.getCode(), o.getName(), o.getLevel(), o.getRegime(),
                o.getParent() == null ? null : o.getParent().getId());
    }

    static DepartmentRef department(DepartmentEntity d) {
        return new DepartmentRef(d.getId(), d.getOffice().getId(), d.getCode(), d.getName(), d.getKind());
    }

    static UserRef user(UserEntity u) {
        return new UserRef(u.getId(), u.getUsername(), u.getFullName(), u.getOffice().getId(),
                u.getDepartment() == null ? null : u.getDepartment().getId(), Set.copyOf(u.getRoles()));
    }
}
