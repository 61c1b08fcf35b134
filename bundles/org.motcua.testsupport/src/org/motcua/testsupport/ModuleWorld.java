// SPDX-License-Identifier: EPL-2.0
package org.motcua.testsupport;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.motcua.core.dossier.Channel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.ProcedureModule;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.demo.DongThapDefaults;

/**
 * The Đồng Tháp defaults ({@link DongThapDefaults}) on a fresh in-memory H2 database, with the procedure
 * module under test registered as the OSGi tracker would register it, and users created on demand: the
 * fixture every procedure module's tests share.
 */
public final class ModuleWorld extends World {

    /** The default offices by code. */
    public final Map<String, OfficeRef> offices;

    /** A fresh database with the Đồng Tháp defaults and {@code module}'s procedures, the clock at {@code start}. */
    public ModuleWorld(LocalDateTime start, ProcedureModule module) {
        super(h2(module.id()), start, procedures(module));
        offices = DongThapDefaults.install(core, admin);
    }

    private static ProcedureRegistry procedures(ProcedureModule module) {
        ProcedureRegistry registry = new ProcedureRegistry();
        registry.add(module); // its procedures and the step guards it brings
        return registry;
    }

    /** @return the id of department {@code code} of the office {@code officeCode} */
    public long dept(String officeCode, String code) {
        return dept(offices.get(officeCode), code);
    }

    /** @return a user with {@code role} in that department (created on first use) */
    public Principal user(String officeCode, String deptCode, Role role) {
        return user(offices.get(officeCode), deptCode, role);
    }

    /** @return the one-stop desk officer of that office */
    public Principal desk(String officeCode) {
        return user(officeCode, "MOTCUA", Role.DESK_OFFICER);
    }

    /** @return a specialist of that department */
    public Principal specialist(String officeCode, String deptCode) {
        return user(officeCode, deptCode, Role.SPECIALIST);
    }

    /** Receives a dossier with the example values of the procedure's form fields. */
    public DossierView receive(String officeCode, String procedure) {
        return receive(officeCode, procedure, core.procedures().find(procedure, clock.now().toLocalDate())
                .orElseThrow().exampleValues());
    }

    /** Receives a walk-in dossier at the office's desk with these form field values. */
    public DossierView receive(String officeCode, String procedure, Map<String, String> fields) {
        return core.workflow().receive(desk(officeCode),
                new ReceiveRequest(procedure, Channel.WALK_IN, applicant(APPLICANT), List.of(), fields));
    }
}
