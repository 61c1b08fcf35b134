// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;

/** Offices with their level, regime and parent: list, edit name/level/regime/parent, create. */
public class OfficesPart extends AdminPart {

    private Table table;
    private Text code;
    private Text name;
    private Combo level;
    private Combo regime;
    private Combo parent;
    private OfficeRef selected;

    public OfficesPart() {
        super(Messages.Offices_heading, Messages.Offices_help, "admin.offices"); //$NON-NLS-1$
    }

    @Override
    void build(Composite composite) {
        table = table(composite, id("table"), 260, Messages.Offices_code, Messages.Offices_name, //$NON-NLS-1$
                Messages.Offices_level, Messages.Offices_regime, Messages.Offices_parent);
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            select(i < 0 ? null : offices.get(i));
        });
        Group form = group(composite, Messages.Offices_formGroup, 2);
        code = field(form, Messages.Offices_code, id("code")); //$NON-NLS-1$
        name = field(form, Messages.Offices_name, id("name")); //$NON-NLS-1$
        level = combo(form, Messages.Offices_level, id("level")); //$NON-NLS-1$
        for (OfficeLevel l : OfficeLevel.values()) {
            level.add(label(l));
        }
        regime = combo(form, Messages.Offices_regime, id("regime")); //$NON-NLS-1$
        for (Regime r : Regime.values()) {
            regime.add(label(r));
        }
        parent = combo(form, Messages.Offices_parent, id("parent")); //$NON-NLS-1$
        Composite buttons = row(composite, 3);
        button(buttons, Messages.Admin_save, id("save"), this::save); //$NON-NLS-1$
        button(buttons, Messages.Admin_create, id("create"), this::create); //$NON-NLS-1$
        button(buttons, Messages.Admin_clear, id("clear"), () -> select(null)); //$NON-NLS-1$
        select(null);
    }

    @Override
    void reload() {
        run(() -> session.core().organization().offices(), list -> show(list, selected == null ? null : selected.id()));
    }

    private void show(List<OfficeRef> list, Long select) {
        offices = list;
        List<String[]> rows = list();
        for (OfficeRef o : list) {
            OfficeRef up = office(o.parentId());
            rows.add(new String[] { o.code(), o.name(), label(o.level()), label(o.regime()),
                    up == null ? "" : up.code() + " — " + up.name() }); //$NON-NLS-1$ //$NON-NLS-2$
        }
        rows(table, rows);
        parent.removeAll();
        parent.add(Messages.Admin_none);
        list.forEach(o -> parent.add(o.code() + " — " + o.name())); //$NON-NLS-1$
        OfficeRef again = office(select);
        select(again);
        if (again != null) {
            table.setSelection(list.indexOf(again));
        }
    }

    private void select(OfficeRef office) {
        selected = office;
        code.setText(office == null ? "" : office.code()); //$NON-NLS-1$
        code.setEditable(office == null);
        name.setText(office == null ? "" : office.name()); //$NON-NLS-1$
        level.select(office == null ? OfficeLevel.COMMUNE.ordinal() : office.level().ordinal());
        regime.select(office == null ? Regime.DECREE_118_2025.ordinal() : office.regime().ordinal());
        OfficeRef up = office == null ? null : office(office.parentId());
        parent.select(up == null ? 0 : offices.indexOf(up) + 1);
        if (office == null) {
            table.deselectAll();
        }
    }

    private Long parentId() {
        int i = parent.getSelectionIndex() - 1;
        return i < 0 || i >= offices.size() ? null : offices.get(i).id();
    }

    private void save() {
        if (selected == null) {
            error(Messages.Offices_chooseFirst);
            return;
        }
        OfficeRef shown = selected;
        String newName = name.getText();
        OfficeLevel newLevel = OfficeLevel.values()[level.getSelectionIndex()];
        Regime newRegime = Regime.values()[regime.getSelectionIndex()];
        Long newParent = parentId();
        run(() -> session.core().organization().updateOffice(actor(), shown, newName, newLevel, newRegime, newParent),
                saved -> {
                    ok(NLS.bind(Messages.Offices_saved, saved.code()));
                    run(() -> session.core().organization().offices(), list -> show(list, saved.id()));
                });
    }

    private void create() {
        OfficeData data = new OfficeData(code.getText().trim(), name.getText(),
                OfficeLevel.values()[level.getSelectionIndex()], Regime.values()[regime.getSelectionIndex()], parentId(),
                null, null, null);
        run(() -> session.core().organization().createOffice(actor(), data), created -> {
            ok(NLS.bind(Messages.Offices_created, created.code()));
            run(() -> session.core().organization().offices(), list -> show(list, created.id()));
        });
    }
}
