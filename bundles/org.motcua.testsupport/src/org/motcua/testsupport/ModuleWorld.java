package org.motcua.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.function.Executable;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.config.DongThapDefaults;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.ProcedureModule;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.Actor;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;

/**
 * The shipped Đồng Tháp defaults on a fresh in-memory H2 database, with the procedure module under test
 * registered as the OSGi tracker would register it, and users created on demand: the fixture every
 * procedure module's tests share.
 */
public final class ModuleWorld implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final char[] PASSWORD = "mat-khau-123".toCharArray();

    /** The clock the core reads; tests move it. */
    public final SettableTimeSource clock;
    /** The persistence unit (closed by {@link #close()}). */
    public final EntityManagerFactory factory;
    /** The core services. */
    public final MotCuaCore core;
    /** The shipped offices by code. */
    public final Map<String, OfficeRef> offices;
    /** The province administrator. */
    public final Actor admin = new Actor("admin");

    /** A fresh database with the Đồng Tháp defaults and {@code module}'s procedures, the clock at {@code start}. */
    public ModuleWorld(LocalDateTime start, ProcedureModule module) {
        clock = new SettableTimeSource(start);
        factory = Database.open(DatabaseConfig.h2Memory(module.id().replaceAll("\\W", "_") + "-" + DATABASES.incrementAndGet()));
        ProcedureRegistry registry = new ProcedureRegistry();
        registry.add(module); // its procedures and the step guards it brings
        core = CoreEngine.create(factory, clock, registry);
        core.organization().createFirstAdministrator(new OfficeData(DongThapDefaults.PROVINCE, "UBND tỉnh Đồng Tháp",
                OfficeLevel.PROVINCE, Regime.DECREE_61_2018, null, null, null, null), "admin", "Quản trị viên", PASSWORD);
        offices = DongThapDefaults.install(core, admin);
    }

    /** @return the id of department {@code code} of the office {@code officeCode} */
    public long dept(String officeCode, String code) {
        return core.organization().departments(offices.get(officeCode).id()).stream()
                .filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** @return a user with {@code role} in that department (created on first use) */
    public Actor user(String officeCode, String deptCode, Role role) {
        String name = (role.name() + "." + officeCode + "." + deptCode).toLowerCase().replace('_', '-');
        if (core.organization().user(name).isEmpty()) {
            core.organization().createUser(admin, name, name, offices.get(officeCode).id(),
                    deptCode == null ? null : dept(officeCode, deptCode), EnumSet.of(role), PASSWORD);
        }
        return new Actor(name);
    }

    /** @return the one-stop desk officer of that office */
    public Actor desk(String officeCode) {
        return user(officeCode, "MOTCUA", Role.DESK_OFFICER);
    }

    /** @return a specialist of that department */
    public Actor specialist(String officeCode, String deptCode) {
        return user(officeCode, deptCode, Role.SPECIALIST);
    }

    /** Receives a dossier with the example values of the procedure's form fields. */
    public DossierView receive(String officeCode, String procedure) {
        return receive(officeCode, procedure, core.procedures().find(procedure, clock.now().toLocalDate())
                .orElseThrow().exampleValues());
    }

    /** Receives a walk-in dossier at the office's desk with these form field values. */
    public DossierView receive(String officeCode, String procedure, Map<String, String> fields) {
        return core.workflow().receive(desk(officeCode), new ReceiveRequest(procedure, Channel.WALK_IN,
                new ApplicantData("Nguyễn Văn Ồ", "087095000123", "0912 345 678", null,
                        "Ấp 3, xã Mỹ An, huyện Tháp Mười", false), java.util.List.of(), fields));
    }

    /** Performs an action on the dossier's current version. */
    public DossierView act(Actor actor, DossierView dossier, ActionRequest request) {
        DossierView fresh = core.queries().byId(dossier.id()).orElseThrow();
        return core.workflow().perform(actor, fresh.id(), fresh.version(), request);
    }

    /** Asserts a refusal with {@code key}. */
    public static MotCuaException refused(String key, Executable action) {
        MotCuaException e = assertThrows(MotCuaException.class, action);
        assertEquals(key, e.key(), e.getMessage());
        return e;
    }

    @Override
    public void close() {
        factory.close();
    }
}
