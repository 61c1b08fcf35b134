// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class InstalledModulesTest {

    @Test
    void listsOnlyMotCuaBundlesSortedByName() {
        List<InstalledModule> modules = InstalledModules.list();
        assertFalse(modules.isEmpty());
        assertTrue(modules.stream().allMatch(m -> m.symbolicName().startsWith("org.motcua.")));
        assertTrue(modules.stream().anyMatch(m -> m.symbolicName().equals("org.motcua.core.api")));
        List<String> names = modules.stream().map(InstalledModule::symbolicName).toList();
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void suiteVersionIsTheCoreBundleVersion() {
        assertTrue(InstalledModules.suiteVersion().startsWith("0.1.0"), InstalledModules.suiteVersion());
    }
}
