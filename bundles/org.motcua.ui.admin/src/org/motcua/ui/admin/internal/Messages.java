// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised texts of the administration screens (Vietnamese by default, English in messages_en). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.motcua.ui.admin.internal.messages"; //$NON-NLS-1$

    /** Only administrators can use this screen. */
    public static String Admin_notAdministrator;
    /** Save changes */
    public static String Admin_save;
    /** Create */
    public static String Admin_create;
    /** Clear */
    public static String Admin_clear;
    /** Reload */
    public static String Admin_refresh;
    /** Saved. */
    public static String Admin_saved;
    /** Loading… */
    public static String Admin_loading;
    /** (every office) */
    public static String Admin_allOffices;
    /** (none) */
    public static String Admin_none;
    /** yes */
    public static String Admin_yes;
    /** no */
    public static String Admin_no;
    /** Office: */
    public static String Admin_office;
    /** Decree 61/2018 (with districts) */
    public static String Regime_DECREE_61_2018;
    /** Decree 118/2025 (two-level government) */
    public static String Regime_DECREE_118_2025;
    /** One-stop desk */
    public static String DepartmentKind_DESK;
    /** Specialist department */
    public static String DepartmentKind_INTERNAL;
    /** Partner agency */
    public static String DepartmentKind_EXTERNAL;
    /** Offices and their regime */
    public static String Offices_heading;
    /** Each office (one-stop desk, public-service centre) has a level, a legal regime and a parent offic… */
    public static String Offices_help;
    /** Office code */
    public static String Offices_code;
    /** Name */
    public static String Offices_name;
    /** Level */
    public static String Offices_level;
    /** Regime */
    public static String Offices_regime;
    /** Parent office */
    public static String Offices_parent;
    /** Selected office */
    public static String Offices_formGroup;
    /** Office {0} saved. */
    public static String Offices_saved;
    /** Office {0} created (with its one-stop desk). Add departments and users on the Users screen. */
    public static String Offices_created;
    /** Choose an office in the table. */
    public static String Offices_chooseFirst;
    /** Procedure modules per office */
    public static String Modules_heading;
    /** A module enabled for an office is enabled for the offices below it unless they disable it. Disabl… */
    public static String Modules_help;
    /** Module */
    public static String Modules_module;
    /** Name */
    public static String Modules_name;
    /** On this workstation */
    public static String Modules_running;
    /** Office's own setting */
    public static String Modules_own;
    /** Receives dossiers */
    public static String Modules_effective;
    /** Procedures */
    public static String Modules_procedures;
    /** Enable for the office */
    public static String Modules_enable;
    /** Disable for the office */
    public static String Modules_disable;
    /** enabled ({0}, {1}) */
    public static String Modules_ownEnabled;
    /** disabled ({0}, {1}) */
    public static String Modules_ownDisabled;
    /** as the parent office */
    public static String Modules_inherited;
    /** Office {0} has modules enabled that this workstation lacks: {1}. Install them on the Install modu… */
    public static String Modules_missing;
    /** This workstation has every module enabled for office {0}. */
    public static String Modules_nothingMissing;
    /** Module {0} enabled for {1}. */
    public static String Modules_enabled;
    /** Module {0} disabled for {1}: its procedures are gone from the intake screen; dossiers in progress… */
    public static String Modules_disabled;
    /** Choose a module in the table. */
    public static String Modules_chooseFirst;
    /** installed, restart needed */
    public static String Modules_restart;
    /** Install and uninstall procedure modules */
    public static String Features_heading;
    /** Installs modules from an update site (p2) into this workstation's MotCua. A new module works afte… */
    public static String Features_help;
    /** Update site: */
    public static String Features_repository;
    /** Browse */
    public static String Features_browse;
    /** Modules on the update site */
    public static String Features_availableGroup;
    /** Modules installed on this workstation */
    public static String Features_installedGroup;
    /** Feature */
    public static String Features_id;
    /** Version */
    public static String Features_version;
    /** Name */
    public static String Features_name;
    /** Installed */
    public static String Features_installedVersion;
    /** Install */
    public static String Features_install;
    /** Uninstall */
    public static String Features_uninstall;
    /** Result */
    public static String Features_reportGroup;
    /** Installing {0} */
    public static String Features_job;
    /** Uninstalling {0} */
    public static String Features_uninstallJob;
    /** Reading update site {0} */
    public static String Features_browseJob;
    /** Working… (progress in the status line) */
    public static String Features_working;
    /** {0} installed. Restart MotCua to use it, then enable the module for offices. */
    public static String Features_installed;
    /** {0} uninstalled. Restart MotCua to finish. */
    public static String Features_uninstalled;
    /** Added ({0}): */
    public static String Features_added;
    /** Removed ({0}): */
    public static String Features_removed;
    /** Nothing changed. */
    public static String Features_nothingChanged;
    /** Could not install/uninstall {0}: {1} */
    public static String Features_failed;
    /** This MotCua is not managed by p2, so modules cannot be installed or uninstalled here ({0}). Use a… */
    public static String Features_notManaged;
    /** The update site or p2 reports: {0} */
    public static String Features_p2Error;
    /** Enter the update site (a folder or a URI). */
    public static String Features_repositoryRequired;
    /** Choose a module in the table. */
    public static String Features_chooseFirst;
    /** Holidays, Tết and make-up working days */
    public static String Calendar_heading;
    /** Weekdays off and weekend make-up working days, per year, with the official notice (e.g. TB 9441/T… */
    public static String Calendar_help;
    /** Year: */
    public static String Calendar_year;
    /** Date */
    public static String Calendar_date;
    /** Day */
    public static String Calendar_weekday;
    /** Kind */
    public static String Calendar_kind;
    /** Description */
    public static String Calendar_note;
    /** Official notice */
    public static String Calendar_notice;
    /** Applies to */
    public static String Calendar_scope;
    /** Day off */
    public static String Calendar_holiday;
    /** Make-up day */
    public static String Calendar_workingDay;
    /** Day off or make-up working day */
    public static String Calendar_formGroup;
    /** dd/mm/yyyy */
    public static String Calendar_dateHint;
    /** Remove day */
    public static String Calendar_remove;
    /** Choose a day in the table. */
    public static String Calendar_chooseFirst;
    /** Days off and make-up days */
    public static String Calendar_daysTab;
    /** Hours, cut-off, inter-level time */
    public static String Calendar_settingsTab;
    /** Holidays the rules give, proposed for the year shown */
    public static String Calendar_proposalGroup;
    /** The fixed days of the Labour Code (1/1, Hùng Kings 10/3 lunar, 30/4, 1/5, 2/9) and the compensatory day when one falls on a weekend; only days not yet in the calendar for every office. Tết, the day next to 2/9 and swapped days are announced each year: enter them on the left with the notice number. */
    public static String Calendar_proposalHelp;
    /** Rule */
    public static String Calendar_rule;
    /** &Enter the proposed days for every office */
    public static String Calendar_addProposals;
    /** {0} holidays of {1} entered for every office. */
    public static String Calendar_proposalsAdded;
    /** Applies from */
    public static String Calendar_from;
    /** Working hours */
    public static String Calendar_periods;
    /** Receipt cut-off */
    public static String Calendar_cutOff;
    /** Basis of the cut-off */
    public static String Calendar_cutOffBasis;
    /** Inter-level acceptance (working days) */
    public static String Calendar_sla;
    /** Recorded by */
    public static String Calendar_recordedBy;
    /** Change from a day after today */
    public static String Calendar_settingsGroup;
    /** blank = closing time */
    public static String Calendar_cutOffHint;
    /** number and date of the decision (needed when before closing) */
    public static String Calendar_cutOffBasisHint;
    /** Save &change */
    public static String Calendar_saveSettings;
    /** Dossiers already received keep the hours, cut-off and time limits of their day of receipt; a change applies to dossiers received from its effective date. A dossier received after the cut-off counts from the next working morning. Same-day forwarding: a dossier received before {0} goes to the competent agency that working day, one received after {0} at the start of the next working day (Decree 61/2018/NĐ-CP Art. 19(1)(b)); late hand-overs are counted and listed. */
    public static String Calendar_rules;
    /** Choose an office to see and change its hours, cut-off and inter-level time. */
    public static String Calendar_chooseOffice;
    /** since the office was created */
    public static String Calendar_sinceCreation;
    /** closing time ({0}) */
    public static String Calendar_cutOffClosing;
    /** Default: time limits run only in working hours, a dossier received after closing counts from the next working morning (as live one-stop systems do); an earlier cut-off needs a local decision. */
    public static String Calendar_cutOffDefaultBasis;
    /** Office {0} – settings by effective date (today {1}): */
    public static String Calendar_settingsFor;
    /** The cut-off "{0}" is not valid (enter HH:mm, e.g. 16:30). */
    public static String Calendar_badTime;
    /** The inter-level acceptance time "{0}" is not a number of days. */
    public static String Calendar_badSla;
    /** Settings from {0} saved. */
    public static String Calendar_settingsSaved;
    /** Day {0} saved. */
    public static String Calendar_saved;
    /** Day {0} removed. */
    public static String Calendar_removed;
    /** Date "{0}" is not valid (enter dd/mm/yyyy). */
    public static String Calendar_badDate;
    /** notice not recorded */
    public static String Calendar_noNotice;
    /** {0} days off, {1} make-up working days in {2}. */
    public static String Calendar_count;
    /** Users, roles and departments */
    public static String Users_heading;
    /** Accounts of the chosen office. Passwords are stored as Argon2id hashes that nobody can read back.… */
    public static String Users_help;
    /** User name */
    public static String Users_username;
    /** Full name */
    public static String Users_fullName;
    /** Department */
    public static String Users_department;
    /** Roles */
    public static String Users_roles;
    /** Active */
    public static String Users_active;
    /** Password */
    public static String Users_password;
    /** Password again */
    public static String Users_passwordAgain;
    /** Account */
    public static String Users_formGroup;
    /** Create user */
    public static String Users_createUser;
    /** Change roles */
    public static String Users_changeRoles;
    /** Deactivate */
    public static String Users_deactivate;
    /** Reactivate */
    public static String Users_activate;
    /** The two passwords differ. */
    public static String Users_passwordsDiffer;
    /** User {0} created. */
    public static String Users_created;
    /** Roles of {0} changed: {1}. */
    public static String Users_rolesChanged;
    /** Account {0} deactivated. */
    public static String Users_deactivated;
    /** Account {0} reactivated. */
    public static String Users_activated;
    /** Choose a user in the table. */
    public static String Users_chooseFirst;
    /** Departments of the office */
    public static String Users_departmentsGroup;
    /** Code */
    public static String Users_departmentCode;
    /** Department name */
    public static String Users_departmentName;
    /** Kind */
    public static String Users_departmentKind;
    /** Create department */
    public static String Users_createDepartment;
    /** Department {0} created. */
    public static String Users_departmentCreated;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
    /** Reset &password */
    public static String Users_resetPassword;
    /** Un&lock sign-in */
    public static String Users_unlock;
    /** Locked until {0} */
    public static String Users_lockedUntil;
    /** Must change password */
    public static String Users_mustChange;
    /** Temporary password set for {0}; they must change it when they sign in. */
    public static String Users_passwordReset;
    /** Sign-in unlocked for {0}. */
    public static String Users_unlocked;
    /** Hand-over to successor offices (1 July 2025) */
    public static String Transition_heading;
    /** From 1 July 2025 the district level is gone and many communes merged. Record the successor of each abolished office (date in force and legal basis), press Plan to see where each open dossier would go (nothing is written), then Hand over: one action a dossier, with its audit record and a control-slip row. Closed dossiers stay with the old office. Administrators of a top office only. */
    public static String Transition_help;
    /** This workstation works through a server: run the hand-over on the server with ./motcua cli transition. */
    public static String Transition_serverOnly;
    /** Successor offices */
    public static String Transition_successorsGroup;
    /** Abolished office */
    public static String Transition_office;
    /** Successor */
    public static String Transition_successor;
    /** In force from */
    public static String Transition_legalDate;
    /** Legal basis */
    public static String Transition_basis;
    /** &Record the successor */
    public static String Transition_record;
    /** Open dossiers of abolished offices */
    public static String Transition_planGroup;
    /** Dossier code */
    public static String Transition_code;
    /** Status */
    public static String Transition_status;
    /** From */
    public static String Transition_from;
    /** To */
    public static String Transition_to;
    /** Held by */
    public static String Transition_holderBefore;
    /** Taken over by (or why not) */
    public static String Transition_holderAfter;
    /** &Plan */
    public static String Transition_plan;
    /** &Hand over */
    public static String Transition_apply;
    /** Old and new administrative units */
    public static String Transition_unitsGroup;
    /** Level */
    public static String Transition_level;
    /** Old unit */
    public static String Transition_oldUnit;
    /** Old code */
    public static String Transition_oldCode;
    /** New unit */
    public static String Transition_newUnit;
    /** New code */
    public static String Transition_newCode;
    /** Code verified */
    public static String Transition_verified;
    /** (abolished) */
    public static String Transition_abolished;
    /** not verified */
    public static String Transition_unverified;
    /** Choose the abolished office and its successor. */
    public static String Transition_chooseOffices;
    /** The date in force must look like 2025-07-01. */
    public static String Transition_badDate;
    /** Recorded: {0} abolished, {1} its successor. */
    public static String Transition_recorded;
    /** Would hand over {0} dossiers; {1} cannot move now. Nothing written. */
    public static String Transition_planned;
    /** Handed over {0} dossiers; {1} could not move. */
    public static String Transition_applied;
}
