// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.util.List;
import java.util.Set;

import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.config.ModuleSetting;
import org.motcua.core.security.Principal;
import org.motcua.remote.wire.Wire.Count;
import org.motcua.remote.wire.Wire.ModuleChange;
import org.motcua.remote.wire.Wire.ModuleIds;

import com.fasterxml.jackson.core.type.TypeReference;

/** Which procedure modules each office has enabled, kept by the server. */
final class RemoteModules implements ModuleConfigService {

    private final Calls calls;

    RemoteModules(Calls calls) {
        this.calls = calls;
    }

    @Override
    public void enable(Principal admin, long officeId, String moduleId) {
        calls.post(admin, "/offices/" + officeId + "/modules/" + Calls.segment(moduleId) + "/enabled", java.util.Map.of(),
                Void.class);
    }

    @Override
    public void disable(Principal admin, long officeId, String moduleId) {
        calls.delete(admin, "/offices/" + officeId + "/modules/" + Calls.segment(moduleId) + "/enabled", Void.class);
    }

    @Override
    public boolean isEnabled(long officeId, String moduleId) {
        return enabledModules(officeId).contains(moduleId);
    }

    @Override
    public Set<String> enabledModules(long officeId) {
        return calls.get(null, "/offices/" + officeId + "/modules/enabled", new TypeReference<Set<String>>() {
        });
    }

    @Override
    public List<ModuleSetting> settings(long officeId) {
        return calls.get(null, "/offices/" + officeId + "/modules", new TypeReference<List<ModuleSetting>>() {
        });
    }

    @Override
    public Set<String> missingModules(long officeId, Set<String> installedModuleIds) {
        return calls.post(null, "/offices/" + officeId + "/modules/missing", new ModuleIds(installedModuleIds),
                new TypeReference<Set<String>>() {
                });
    }

    @Override
    public long openDossiers(String moduleId) {
        return calls.get(null, "/modules/" + Calls.segment(moduleId) + "/open-dossiers", Count.class).value();
    }

    @Override
    public void checkUninstall(Principal admin, String moduleId) {
        calls.post(admin, "/modules/" + Calls.segment(moduleId) + "/uninstall-check", java.util.Map.of(), Void.class);
    }

    @Override
    public void recordInstall(Principal admin, String featureId) {
        calls.post(admin, "/module-changes", new ModuleChange(featureId, null), Void.class);
    }

    @Override
    public void recordFeatureChange(Principal admin, String featureId, String outcome) {
        calls.post(admin, "/module-changes", new ModuleChange(featureId, outcome), Void.class);
    }
}
