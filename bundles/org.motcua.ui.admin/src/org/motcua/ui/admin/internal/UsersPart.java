// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserAccount;
import org.motcua.ui.internal.Ui;

/**
 * Users, roles and departments of an office: list; create a user (the core stores an Argon2id hash of the
 * password); change roles; deactivate or reactivate; create a department.
 */
public class UsersPart extends AdminPart {

    /** The users and departments of one office. */
    record Snapshot(List<UserAccount> users, List<DepartmentRef> departments) {
    }

    private Combo office;
    private Table users;
    private Text username;
    private Text fullName;
    private Combo department;
    private Text password;
    private Text passwordAgain;
    private final Map<Role, Button> roles = new EnumMap<>(Role.class);
    private Button active;
    private Table departments;
    private Text departmentCode;
    private Text departmentName;
    private Combo departmentKind;
    private Snapshot shown = new Snapshot(List.of(), List.of());
    private UserAccount selected;

    public UsersPart() {
        super(Messages.Users_heading, Messages.Users_help, "admin.users"); //$NON-NLS-1$
    }

    @Override
    void build(Composite composite) {
        Composite top = row(composite, 2);
        office = combo(top, Messages.Admin_office, id("office")); //$NON-NLS-1$
        office.addListener(SWT.Selection, e -> load(null));
        Composite sides = new Composite(composite, SWT.NONE);
        sides.setLayout(new GridLayout(2, false));
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = row(sides, 1);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite right = row(sides, 1);
        GridData rightData = new GridData(SWT.FILL, SWT.FILL, false, true);
        rightData.widthHint = 430;
        right.setLayoutData(rightData);

        users = table(left, id("table"), 230, Messages.Users_username, Messages.Users_fullName, //$NON-NLS-1$
                Messages.Users_department, Messages.Users_roles, Messages.Users_active);
        users.addListener(SWT.Selection, e -> {
            int i = users.getSelectionIndex();
            select(i < 0 ? null : shown.users().get(i));
        });
        Group account = group(left, Messages.Users_formGroup, 2);
        username = field(account, Messages.Users_username, id("username")); //$NON-NLS-1$
        fullName = field(account, Messages.Users_fullName, id("fullName")); //$NON-NLS-1$
        department = combo(account, Messages.Users_department, id("department")); //$NON-NLS-1$
        password = field(account, Messages.Users_password, id("password"), SWT.BORDER | SWT.PASSWORD); //$NON-NLS-1$
        passwordAgain = field(account, Messages.Users_passwordAgain, id("passwordAgain"), SWT.BORDER | SWT.PASSWORD); //$NON-NLS-1$
        new Label(account, SWT.NONE).setText(Messages.Users_roles);
        Composite roleBoxes = new Composite(account, SWT.NONE);
        roleBoxes.setLayout(new GridLayout(3, false));
        for (Role role : Role.values()) {
            Button box = Ui.id(new Button(roleBoxes, SWT.CHECK), id("role." + role.name())); //$NON-NLS-1$
            box.setText(label(role));
            roles.put(role, box);
        }
        Composite buttons = row(left, 6);
        button(buttons, Messages.Users_createUser, id("create"), this::createUser); //$NON-NLS-1$
        button(buttons, Messages.Users_changeRoles, id("roles"), this::changeRoles); //$NON-NLS-1$
        active = button(buttons, Messages.Users_deactivate, id("active"), this::toggleActive); //$NON-NLS-1$
        button(buttons, Messages.Users_resetPassword, id("resetPassword"), this::resetPassword); //$NON-NLS-1$
        button(buttons, Messages.Users_unlock, id("unlock"), this::unlock); //$NON-NLS-1$
        button(buttons, Messages.Admin_clear, id("clear"), () -> select(null)); //$NON-NLS-1$

        Group units = group(right, Messages.Users_departmentsGroup, 2);
        units.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        departments = table(units, id("departments"), 200, Messages.Users_departmentCode, //$NON-NLS-1$
                Messages.Users_departmentName, Messages.Users_departmentKind);
        ((GridData) departments.getLayoutData()).horizontalSpan = 2;
        departmentCode = field(units, Messages.Users_departmentCode, id("departmentCode")); //$NON-NLS-1$
        departmentName = field(units, Messages.Users_departmentName, id("departmentName")); //$NON-NLS-1$
        departmentKind = combo(units, Messages.Users_departmentKind, id("departmentKind")); //$NON-NLS-1$
        for (DepartmentKind k : DepartmentKind.values()) {
            departmentKind.add(label(k));
        }
        departmentKind.select(DepartmentKind.INTERNAL.ordinal());
        new Label(units, SWT.NONE);
        button(units, Messages.Users_createDepartment, id("createDepartment"), this::createDepartment); //$NON-NLS-1$
        select(null);
    }

    @Override
    void reload() {
        loadOffices(office, null, () -> load(null));
    }

    private void load(String selectUser) {
        Long officeId = officeId(office, null);
        if (officeId == null) {
            return;
        }
        run(() -> new Snapshot(session.core().organization().users(actor(), officeId),
                session.core().organization().departments(officeId)), snapshot -> show(snapshot, selectUser));
    }

    private void show(Snapshot snapshot, String selectUser) {
        shown = snapshot;
        List<String[]> rows = list();
        for (UserAccount u : snapshot.users()) {
            rows.add(new String[] { u.username(), u.fullName(), departmentName(u.departmentId()),
                    u.roles().stream().sorted().map(AdminPart::label).collect(Collectors.joining(", ")), //$NON-NLS-1$
                    u.lockedUntil() != null && u.lockedUntil().isAfter(java.time.LocalDateTime.now(
                            org.motcua.core.calendar.WorkingCalendar.VIETNAM_ZONE)) // locks last real time
                                    ? NLS.bind(Messages.Users_lockedUntil, Ui.format(u.lockedUntil()))
                            : u.passwordChangeRequired() ? Messages.Users_mustChange : yesNo(u.active()) });
        }
        rows(users, rows);
        List<String[]> units = list();
        snapshot.departments().forEach(d -> units.add(new String[] { d.code(), d.name(), label(d.kind()) }));
        rows(departments, units);
        department.removeAll();
        department.add(Messages.Admin_none);
        snapshot.departments().forEach(d -> department.add(d.code() + " — " + d.name())); //$NON-NLS-1$
        UserAccount again = snapshot.users().stream().filter(u -> u.username().equals(selectUser)).findFirst()
                .orElse(null);
        select(again);
        if (again != null) {
            users.setSelection(snapshot.users().indexOf(again));
        }
    }

    private String departmentName(Long id) {
        return shown.departments().stream().filter(d -> id != null && d.id() == id).map(DepartmentRef::code)
                .findFirst().orElse(""); //$NON-NLS-1$
    }

    private void select(UserAccount user) {
        selected = user;
        username.setText(user == null ? "" : user.username()); //$NON-NLS-1$
        username.setEditable(user == null);
        fullName.setText(user == null ? "" : user.fullName()); //$NON-NLS-1$
        fullName.setEditable(user == null);
        int index = 0;
        for (int i = 0; user != null && i < shown.departments().size(); i++) {
            if (user.departmentId() != null && shown.departments().get(i).id() == user.departmentId()) {
                index = i + 1;
            }
        }
        department.select(index);
        department.setEnabled(user == null);
        password.setText(""); //$NON-NLS-1$
        passwordAgain.setText(""); //$NON-NLS-1$
        password.setEnabled(user == null);
        passwordAgain.setEnabled(user == null);
        roles.forEach((role, box) -> box.setSelection(user != null && user.roles().contains(role)));
        active.setText(user != null && !user.active() ? Messages.Users_activate : Messages.Users_deactivate);
        active.getParent().layout(true);
        if (user == null) {
            users.deselectAll();
        }
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, box) -> {
            if (box.getSelection()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    private void createUser() {
        Long officeId = officeId(office, null);
        if (officeId == null) {
            return;
        }
        if (!password.getText().equals(passwordAgain.getText())) {
            error(Messages.Users_passwordsDiffer);
            return;
        }
        String name = username.getText().trim();
        String full = fullName.getText();
        int d = department.getSelectionIndex() - 1;
        Long departmentId = d < 0 || d >= shown.departments().size() ? null : shown.departments().get(d).id();
        Set<Role> chosen = chosenRoles();
        char[] secret = password.getText().toCharArray();
        run(() -> {
            try {
                return session.core().organization().createUser(actor(), name, full, officeId, departmentId, chosen,
                        secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, created -> {
            ok(NLS.bind(Messages.Users_created, created.username()));
            load(created.username());
        });
    }

    private void changeRoles() {
        if (selected == null) {
            error(Messages.Users_chooseFirst);
            return;
        }
        UserAccount shown = selected;
        Set<Role> chosen = chosenRoles();
        run(() -> session.core().organization().setRoles(actor(), shown, chosen), changed -> {
            ok(NLS.bind(Messages.Users_rolesChanged, changed.username(),
                    changed.roles().stream().sorted().map(AdminPart::label).collect(Collectors.joining(", ")))); //$NON-NLS-1$
            load(changed.username());
        });
    }

    private void toggleActive() {
        if (selected == null) {
            error(Messages.Users_chooseFirst);
            return;
        }
        UserAccount shown = selected;
        boolean activate = !selected.active();
        run(() -> session.core().organization().setActive(actor(), shown, activate), changed -> {
            ok(NLS.bind(activate ? Messages.Users_activated : Messages.Users_deactivated, changed.username()));
            load(changed.username());
        });
    }

    /** Sets the password typed in the form as a temporary one: the user must change it at the next sign-in. */
    private void resetPassword() {
        if (selected == null) {
            error(Messages.Users_chooseFirst);
            return;
        }
        if (!password.getText().equals(passwordAgain.getText())) {
            error(Messages.Users_passwordsDiffer);
            return;
        }
        UserAccount shown = selected;
        char[] secret = password.getText().toCharArray();
        run(() -> {
            try {
                return session.core().organization().resetPassword(actor(), shown, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, changed -> {
            password.setText(""); //$NON-NLS-1$
            passwordAgain.setText(""); //$NON-NLS-1$
            ok(NLS.bind(Messages.Users_passwordReset, changed.username()));
            load(changed.username());
        });
    }

    private void unlock() {
        if (selected == null) {
            error(Messages.Users_chooseFirst);
            return;
        }
        UserAccount shown = selected;
        run(() -> session.core().organization().unlock(actor(), shown), changed -> {
            ok(NLS.bind(Messages.Users_unlocked, changed.username()));
            load(changed.username());
        });
    }

    private void createDepartment() {
        Long officeId = officeId(office, null);
        if (officeId == null) {
            return;
        }
        String code = departmentCode.getText();
        String name = departmentName.getText();
        DepartmentKind kind = DepartmentKind.values()[departmentKind.getSelectionIndex()];
        run(() -> session.core().organization().createDepartment(actor(), officeId, code, name, kind), created -> {
            ok(NLS.bind(Messages.Users_departmentCreated, created.code()));
            departmentCode.setText(""); //$NON-NLS-1$
            departmentName.setText(""); //$NON-NLS-1$
            load(selected == null ? null : selected.username());
        });
    }
}
