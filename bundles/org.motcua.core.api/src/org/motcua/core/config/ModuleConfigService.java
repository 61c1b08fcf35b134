// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import java.util.List;
import java.util.Set;

import org.motcua.core.security.Principal;

/**
 * Which procedure modules are enabled per office: configuration as data, changed by administrators
 * only and audited. A module enabled for an office is enabled for the offices below it unless one of
 * them disables it. Disabling stops new dossiers only; dossiers in progress go on under the version
 * they were received with. Uninstalling a module is refused while any of its dossiers is open.
 */
public interface ModuleConfigService {

    /** Enables {@code moduleId} for the office (and, by inheritance, the offices below it). */
    void enable(Principal admin, long officeId, String moduleId);

    /** Disables {@code moduleId} for the office: no new dossiers; open ones continue. */
    void disable(Principal admin, long officeId, String moduleId);

    /** @return whether dossiers of {@code moduleId} may be received at the office */
    boolean isEnabled(long officeId, String moduleId);

    /** @return the modules enabled at the office, own settings and inherited ones, sorted */
    Set<String> enabledModules(long officeId);

    /** @return the office's own settings, by module id */
    List<ModuleSetting> settings(long officeId);

    /**
     * @param installedModuleIds the modules this workstation has started
     * @return the modules enabled for the office that the workstation lacks, sorted
     */
    Set<String> missingModules(long officeId, Set<String> installedModuleIds);

    /** @return how many dossiers of the module's procedures are still open, in every office */
    long openDossiers(String moduleId);

    /**
     * Checks that the module may be uninstalled (an administrator asks and no dossier of it is open)
     * and audits the request; throws the refusal otherwise.
     */
    void checkUninstall(Principal admin, String moduleId);

    /** Checks that {@code admin} is an administrator and audits the installation of {@code featureId}. */
    void recordInstall(Principal admin, String featureId);

    /**
     * Checks that {@code admin} is an administrator and audits what an install or uninstall of {@code featureId}
     * changed in the installation ({@code outcome}: the units added and removed, or why it failed).
     */
    void recordFeatureChange(Principal admin, String featureId, String outcome);
}
