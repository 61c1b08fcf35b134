// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised texts of the MotCua main window (Vietnamese by default, English in messages_en). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.motcua.ui.internal.messages"; //$NON-NLS-1$

    /** Status line text when nothing is running */
    public static String StatusLine_ready;
    /** Title of the About dialog */
    public static String AboutDialog_title;
    /** Heading of the About dialog, {0} = version */
    public static String AboutDialog_heading;
    /** Description of the suite in the About dialog */
    public static String AboutDialog_description;
    /** Column: module name */
    public static String AboutDialog_columnName;
    /** Column: bundle symbolic name */
    public static String AboutDialog_columnId;
    /** Column: version */
    public static String AboutDialog_columnVersion;
    /** Column: OSGi state */
    public static String AboutDialog_columnState;
    /** Home page heading */
    public static String HomePart_heading;
    /** Home page: what the suite is for */
    public static String HomePart_intro;
    /** Home page: label of the version line, {0} = version */
    public static String HomePart_version;
    /** Home page: label of the workspace line, {0} = folder */
    public static String HomePart_workspace;
    /** Home page: label of the language line, {0} = language */
    public static String HomePart_language;
    /** Home page: heading of the module list */
    public static String HomePart_modules;

    /** Something unexpected went wrong: {0}. Everything you typed is still there; try again, and  */
    public static String Error_unexpected;
    /** Opening the data in {0}… */
    public static String Session_opening;
    public static String Session_connecting;
    public static String Session_serverFailedTitle;
    public static String Session_serverFailed;
    public static String Session_notEnrolled;
    /** Cannot open the data */
    public static String Session_openFailedTitle;
    /** Cannot open the data in {0}: {1} */
    public static String Session_openFailed;
    /** Creating the demo data */
    public static String Session_demoJob;
    /** Creating the demo offices, departments and accounts */
    public static String Session_demoOffices;
    /** day {0}/{1} */
    public static String Session_demoDay;
    /** Cannot create the demo data */
    public static String Session_historyJob;
    public static String Session_historyDay;
    public static String Session_demoFailedTitle;
    /** Cannot create the demo data: {0} */
    public static String Session_demoFailed;
    /** Cannot create the office */
    public static String Session_createFailedTitle;
    /** Signed in: {0} — {1} */
    public static String Session_signedIn;
    public static String Session_signedInServer;
    /** Getting started with MotCua */
    public static String FirstStart_title;
    /** Welcome to MotCua */
    public static String FirstStart_heading;
    /** This data folder is empty. Choose how to start: */
    public static String FirstStart_intro;
    /** &Demo data (to learn and train) */
    public static String FirstStart_demo;
    /** Creates Đồng Tháp province with the Tháp Mười and Cao Lãnh districts and four communes, on */
    public static String FirstStart_demoHelp;
    /** A &real office (start working) */
    public static String FirstStart_real;
    /** The office and its first administrator account */
    public static String FirstStart_realGroup;
    /** Office (agency) code: */
    public static String FirstStart_officeCode;
    /** Office name: */
    public static String FirstStart_officeName;
    /** Level: */
    public static String FirstStart_level;
    /** Administrator user name: */
    public static String FirstStart_adminName;
    /** Administrator full name: */
    public static String FirstStart_adminFullName;
    /** Password (8 characters or more): */
    public static String FirstStart_password;
    /** Password again: */
    public static String FirstStart_passwordAgain;
    /** Fill in the office code, office name, administrator user name and full name. */
    public static String FirstStart_fillAll;
    /** The password needs at least 8 characters. */
    public static String FirstStart_passwordShort;
    /** The two passwords differ; type them again. */
    public static String FirstStart_passwordMismatch;
    /** &Start */
    public static String FirstStart_start;
    /** &Quit */
    public static String FirstStart_quit;
    /** Sign in to MotCua */
    public static String SignIn_title;
    /** Sign in */
    public static String SignIn_heading;
    /** User &name: */
    public static String SignIn_username;
    /** &Password: */
    public static String SignIn_password;
    /** Demo data — choose an account (common password: {0}): */
    public static String SignIn_demoAccounts;
    /** User name */
    public static String SignIn_columnUser;
    /** Full name */
    public static String SignIn_columnName;
    /** Role */
    public static String SignIn_columnRole;
    /** Office */
    public static String SignIn_columnOffice;
    /** Reading the demo accounts */
    public static String SignIn_loadingAccounts;
    /** Type your user name and password. */
    public static String SignIn_fillBoth;
    /** Checking the password… */
    public static String SignIn_checking;
    /** Wrong user name or password. Check Caps Lock and the Vietnamese input method, then type ag */
    public static String SignIn_wrong;
    /** This account has no role yet; ask your administrator to assign one. */
    public static String SignIn_noRole;
    /** Sign &in */
    public static String SignIn_signIn;
    /** Change password */
    public static String Password_title;
    /** Change your password */
    public static String Password_heading;
    /** An administrator has just reset your password; choose a new one */
    public static String Password_forcedHeading;
    /** &Current password: */
    public static String Password_current;
    /** &New password: */
    public static String Password_new;
    /** &Repeat the new password: */
    public static String Password_repeat;
    /** At least 8 characters, not the current one */
    public static String Password_rule;
    /** The two new passwords differ. */
    public static String Password_mismatch;
    /** Change &password */
    public static String Password_change;
    /** Workstation locked */
    public static String Lock_title;
    /** Workstation locked */
    public static String Lock_heading;
    /** Nothing was done for {0} minutes, so the screen is covered. {1}, type your password to go on: everything you were typing is still there. */
    public static String Lock_explain;
    public static String Lock_minutes;
    public static String Lock_seconds;
    /** &Unlock */
    public static String Lock_unlock;
    /** Sign &out */
    public static String Lock_signOut;
    /** {1} (old system; imported by {0}) */
    public static String Dossier_importedBy;
    /** ⚠ breaks today's rules, recorded as it happened: {0} */
    public static String Dossier_breaches;
    /** Sessions */
    public static String Sessions_title;
    /** Ended {0} other sessions of yours (other workstations, command lines). */
    public static String Sessions_ended;
    /** &Quit */
    public static String SignIn_quit;
    /** Intake desk — {0} */
    public static String Intake_heading;
    /** Procedure */
    public static String Intake_procedureGroup;
    /** &Procedure: */
    public static String Intake_procedure;
    /** &Channel: */
    public static String Intake_channel;
    /** Appointment: */
    public static String Intake_appointment;
    /** {0}  (time limit {1} {2}) */
    public static String Intake_appointmentValue;
    /** Applicant */
    public static String Intake_applicantGroup;
    /** Full &name: */
    public static String Intake_name;
    /** &ID (CCCD): */
    public static String Intake_idNumber;
    /** P&hone: */
    public static String Intake_phone;
    /** &E-mail: */
    public static String Intake_email;
    /** Addr&ess: */
    public static String Intake_address;
    /** The applicant is an organisation */
    public static String Intake_organisation;
    /** Documents */
    public static String Intake_documentsGroup;
    /** Tick the papers the applicant handed in; unticked papers go into the supplement request. */
    public static String Intake_documentsHint;
    /** Paper */
    public static String Intake_documentName;
    /** Kind */
    public static String Intake_documentKind;
    /** Count */
    public static String Intake_documentCount;
    /** Original */
    public static String Intake_original;
    /** Copy */
    public static String Intake_copy;
    /** (if any) */
    public static String Intake_optional;
    /** &Receive */
    public static String Intake_receive;
    /** Papers missing – request &supplement… */
    public static String Intake_incomplete;
    /** Re&fuse… */
    public static String Intake_refuse;
    /** C&lear */
    public static String Intake_clear;
    /** Last dossier */
    public static String Intake_resultGroup;
    /** No dossier in this session yet. */
    public static String Intake_noResult;
    /** &Print receipt */
    public static String Intake_print;
    public static String Intake_printSupplement;
    public static String Intake_printRefusal;
    /** &Open dossier */
    public static String Intake_open;
    /** Reading the calendar and the procedures */
    public static String Intake_loading;
    /** No procedure in force for this office's level. Ask the administrator to enable a procedure */
    public static String Intake_noProcedures;
    /** Type the applicant's full name. */
    public static String Intake_nameRequired;
    /** Type the applicant's CCCD number (12 digits). */
    public static String Intake_idRequired;
    /** Valid */
    public static String Intake_valid;
    /** Group of the chosen procedure's own form fields */
    public static String Intake_fieldsGroup;
    /** The chosen procedure has no form fields of its own */
    public static String Intake_fieldsNone;
    /** Hint in an empty field, {0} = a valid example */
    public static String Intake_fieldExample;
    /** Hint in an empty date field */
    public static String Intake_fieldDate;
    /** Mark after the label of a required field */
    public static String Intake_requiredMark;
    /** Some papers are not ticked. If the applicant lacks papers, press "Papers missing – request */
    public static String Intake_uncheckedDocuments;
    /** Supplement request (form 02) */
    public static String Intake_incompleteTitle;
    /** The dossier is recorded but its time limit does not start; the applicant gets a supplement */
    public static String Intake_incompleteHelp;
    /** Refusal (form 03) */
    public static String Intake_refuseTitle;
    /** The applicant gets a refusal that states the reason. */
    public static String Intake_refuseHelp;
    /** Saving the dossier… */
    public static String Intake_saving;
    /** Not saved: {0} Everything you typed is still there. */
    public static String Intake_saveFailed;
    /** Dossier {0} of {2} received. Appointment: {1}. */
    public static String Intake_received;
    /** Dossier {0} of {2} recorded with a supplement request ({3}). */
    public static String Intake_receivedIncomplete;
    /** Dossier {0} of {2} refused ({3}). */
    public static String Intake_refused;
    /** The receipt (form 01) prints once the reporting module is installed. The code and appointm */
    public static String Intake_noPrinter;
    /** Department inbox */
    public static String Inbox_heading;
    /** Dossiers held — {0}, {1} */
    public static String Inbox_headingOf;
    /** &Find: */
    public static String Inbox_search;
    /** dossier code, applicant name or CCCD */
    public static String Inbox_searchHint;
    /** &Sort: */
    public static String Inbox_sort;
    /** Reverse */
    public static String Inbox_descending;
    public static String Inbox_deadline;
    public static String Inbox_deadlineAll;
    /** Re&fresh */
    public static String Inbox_refresh;
    /** {0} dossiers */
    public static String Inbox_count;
    public static String Inbox_tabCount;
    public static String Inbox_arrived;
    public static String Inbox_watching;
    /** Reading the department's dossiers */
    public static String Inbox_loading;
    /** Reading a page of dossiers */
    public static String Inbox_loadingPage;
    /** … */
    public static String Inbox_loadingRow;
    /** Code */
    public static String Inbox_columnCode;
    /** Applicant */
    public static String Inbox_columnApplicant;
    /** CCCD */
    public static String Inbox_columnIdNumber;
    /** Procedure */
    public static String Inbox_columnProcedure;
    /** Step */
    public static String Inbox_columnStep;
    /** Received */
    public static String Inbox_columnReceived;
    /** Due */
    public static String Inbox_columnDue;
    /** Deadline */
    public static String Inbox_columnDeadline;
    /** Status */
    public static String Inbox_columnStatus;
    /** Legacy dossiers of the old system — {0} */
    public static String Legacy_heading;
    /** The dossiers imported from the old system, per office ... */
    public static String Legacy_help;
    /** Office code|Office|Left open in the old system|Imported|Closed (legacy)|Still open */
    public static String Legacy_columns;
    /** &Refresh */
    public static String Legacy_refresh;
    /** Reading the legacy reconciliation */
    public static String Legacy_loading;
    /** Total */
    public static String Legacy_total;
    /** No dossier imported from the old system in the offices you read. */
    public static String Legacy_none;
    /** Audit records — {0} */
    public static String Audit_heading;
    /** The records nobody can rewrite: actions on dossiers, administration (sign-ins, accounts, e */
    public static String Audit_help;
    /** User: */
    public static String Audit_user;
    /** Office: */
    public static String Audit_office;
    /** Kind: */
    public static String Audit_kind;
    /** Every kind */
    public static String Audit_allKinds;
    /** Every office you read */
    public static String Audit_allOffices;
    /** From: */
    public static String Audit_from;
    /** To: */
    public static String Audit_to;
    /** &Show */
    public static String Audit_show;
    /** Time|Kind|Office|User|Action|Dossier|Details */
    public static String Audit_columns;
    /** Check &integrity */
    public static String Audit_verify;
    /** Export &CSV… */
    public static String Audit_export;
    /** Export the audit records */
    public static String Audit_exportTitle;
    /** {0} is not a day/month/year date (for example 31/3/2025). */
    public static String Audit_badDay;
    /** The first day is after the last: correct the period. */
    public static String Audit_badPeriod;
    /** Reading the audit records */
    public static String Audit_loading;
    /** No record matches what you chose. */
    public static String Audit_none;
    /** {0} records, newest first. */
    public static String Audit_count;
    /** The newest {0} records are shown; narrow the choice to see older ones. */
    public static String Audit_limited;
    /** Opened personal data */
    public static String Audit_opened;
    /** Checking the audit chains… */
    public static String Audit_verifying;
    /** Intact: {0} chains, {1} records, none changed or deleted. */
    public static String Audit_intact;
    /** {0} chains do not match. Tell the province administrator at once and leave the data as it  */
    public static String Audit_broken;
    /** {0} of {1}, record {2}: {3} */
    public static String Audit_mismatch;
    /** Exporting the audit records */
    public static String Audit_exporting;
    /** Exported {0} records to {1} (the export is recorded too). */
    public static String Audit_exported;
    /** Could not export: {0} */
    public static String Audit_exportFailed;
    /** Dossier action */
    public static String AuditKind_ACTION;
    /** Administration */
    public static String AuditKind_ADMIN;
    /** Personal data opened */
    public static String AuditKind_ACCESS;
    /** Could not read the identity card's QR code: {0} */
    public static String Intake_qrUnreadable;
    /** The name scanned from the QR code has no diacritics (a scanner in keyboard mode often drop */
    public static String Intake_qrNoDiacritics;
    /** Valid — from the QR code: born {0}, {1} */
    public static String Intake_validFromCard;
    /** male */
    public static String Sex_MALE;
    /** female */
    public static String Sex_FEMALE;
    /** Help */
    public static String Help_title;
    /** &Close */
    public static String Help_close;
    /** Could not open the guide: {0} */
    public static String Help_missing;
    /** Keyboard shortcuts */
    public static String Shortcuts_title;
    /** Enter	open the dossier chosen in a list; in a field of the intake screen: receiv */
    public static String Shortcuts_conventions;
    /** Inter-level dossiers waiting — {0} */
    public static String Transfers_heading;
    /** Dossiers sent by another office. Accept them or return them (with a reason) in time; late  */
    public static String Transfers_help;
    /** Code|From office|To|Sent|Answer by|Time left|Note */
    public static String Transfers_columns;
    /** &Accept */
    public static String Transfers_accept;
    /** &Return… */
    public static String Transfers_return;
    /** &Open dossier */
    public static String Transfers_open;
    /** Re&fresh */
    public static String Transfers_refresh;
    /** {0} waiting */
    public static String Transfers_count;
    /** Reading the inter-level dossiers */
    public static String Transfers_loading;
    /** Answering an inter-level dossier */
    public static String Transfers_answering;
    /** Choose a dossier in the list first. */
    public static String Transfers_chooseFirst;
    /** Late — reported to the leaders */
    public static String Transfers_escalated;
    /** {0} h {1} min */
    public static String Transfers_hoursMinutes;
    /** {0} left */
    public static String Transfers_left;
    /** {0} late */
    public static String Transfers_late;
    /** Return inter-level dossier {0} */
    public static String Transfers_returnTitle;
    /** Inter-level dossier {0} accepted. */
    public static String Transfers_accepted;
    /** Inter-level dossier {0} returned. */
    public static String Transfers_returned;
    /** Dossier &code: */
    public static String Dossier_code;
    /** type or scan the code, then press Enter */
    public static String Dossier_codeHint;
    /** &Open */
    public static String Dossier_find;
    /** No dossier chosen. Type a dossier code, or open one from the department inbox. */
    public static String Dossier_none;
    /** Reading the dossier */
    public static String Dossier_loading;
    /** Toolbar label of the dossier search field */
    public static String Search_field;
    /** Hint in the search fields */
    public static String Search_hint;
    /** Heading of the search part */
    public static String Search_heading;
    /** What the search finds, on the search part */
    public static String Search_help;
    /** No match, {0} = what was typed */
    public static String Search_none;
    /** Rows shown, {0}-{1} = rows, {2} = what was typed */
    public static String Search_page;
    /** Button: previous page */
    public static String Search_previous;
    /** Button: next page */
    public static String Search_next;
    /** Button: open the selected dossier */
    public static String Search_open;
    /** Background task: searching */
    public static String Search_searching;
    /** Title of the dialog choosing among dossiers whose code ends alike */
    public static String Dossier_chooseTitle;
    /** {0} = how many dossiers, {1} = the code's end typed */
    public static String Dossier_chooseMessage;
    /** Intake group: the applicant's earlier dossiers */
    public static String Intake_earlierGroup;
    /** Intake: the earlier dossiers group's title after its name, before a CCCD is typed */
    public static String Intake_earlierHint;
    /** Intake: the group's title after its name, no earlier dossier for this number */
    public static String Intake_earlierNone;
    /** Intake: the group's title after its name, {0} earlier dossiers found */
    public static String Intake_earlierCount;
    /** Columns of the earlier dossiers, separated by | */
    public static String Intake_earlierColumns;
    /** Background task: reading earlier dossiers */
    public static String Intake_earlierLoading;
    /** No dossier with code {0}. Check the code on the receipt. */
    public static String Dossier_notFound;
    /** Status: {0} */
    public static String Dossier_status;
    /** Applicant: {0} — CCCD {1} — phone {2} — channel: {3} */
    public static String Dossier_applicant;
    /** Dossier: one form field as received, {0} = label, {1} = value */
    public static String Dossier_field;
    /** Received: {0} — due: {1}{2} */
    public static String Dossier_times;
    /** (first promised {0}) */
    public static String Dossier_originalDue;
    /** Step {0}: {1} — step due {2} — held by: {3} */
    public static String Dossier_step;
    /** Supplement requested {0} time(s) */
    public static String Dossier_supplements;
    /** Hand-over to the competent agency: by the end of {0} ({1}; Decree 61/2018/NĐ-CP Art. 19){2} */
    public static String Dossier_forwardDue;
    /** received before 15:00, handed over the same day */
    public static String Dossier_forwardSameDay;
    /** received at or after 15:00 or on a day off, handed over the next working morning */
    public static String Dossier_forwardNextDay;
    /**  – past the hand-over day */
    public static String Dossier_forwardOverdue;
    /** Handed over to the competent agency at {0}; due the same day {1}: {2} */
    public static String Dossier_forwarded;
    /** on time */
    public static String Dossier_forwardedOnTime;
    /** late */
    public static String Dossier_forwardedLate;
    /** Waiting for the receiving office to accept. */
    public static String Dossier_transferPending;
    /** The receiving office has not answered in time — reported to the leaders. */
    public static String Dossier_transferEscalated;
    /** Finished at {0} — {1} */
    public static String Dossier_finished;
    /** You have no action on this dossier now. */
    public static String Dossier_noActions;
    public static String Dossier_print;
    public static String Form_receipt;
    public static String Form_supplementRequest;
    public static String Form_refusal;
    public static String Form_apology;
    public static String Form_stopNotice;
    public static String Form_controlSlip;
    /** &Timeline */
    public static String Dossier_tabHistory;
    /** Control &slip */
    public static String Dossier_tabSlip;
    /** Ste&ps */
    public static String Dossier_tabSteps;
    /** When|Action|By|Status|Held by|Note */
    public static String Dossier_historyColumns;
    /** No.|From|To|Handed over|By|Received|By|Step due|Result|Note */
    public static String Dossier_slipColumns;
    /** Step|Name|Agencies|Time limit|Started|Due|Completed|Conditions */
    public static String Dossier_stepColumns;
    /** Public posting {0} days: recorded */
    public static String Dossier_postingRecorded;
    /** Public posting {0} days: NOT recorded */
    public static String Dossier_postingMissing;
    /** Working… */
    public static String Dossier_working;
    /** Done: "{0}". Status: {1}. */
    public static String Dossier_done;
    /** The latest version is loaded; check it and press the action again — what you typed is stil */
    public static String Dossier_conflictReloaded;
    /** The dossier has left your scope: you can no longer see it or act on it; your inbox has been refreshed. */
    public static String Dossier_leftScope;
    /** {0} — dossier {1} */
    public static String Action_title;
    /** OK */
    public static String Action_ok;
    /** Cancel */
    public static String Action_cancel;
    /** Fill in "{0}". */
    public static String Action_required;
    /** Reason: */
    public static String Action_reason;
    /** Papers to supplement (one per line): */
    public static String Action_items;
    /** New */
    public static String DossierStatus_NEW;
    /** Received */
    public static String DossierStatus_RECEIVED;
    /** Refused */
    public static String DossierStatus_REFUSED;
    /** Processing */
    public static String DossierStatus_PROCESSING;
    /** Waiting for supplement */
    public static String DossierStatus_SUPPLEMENT_REQUESTED;
    /** Waiting for payment */
    public static String DossierStatus_FINANCIAL_OBLIGATION;
    /** Withdrawn */
    public static String DossierStatus_WITHDRAWN;
    /** Stopped */
    public static String DossierStatus_STOPPED;
    /** Finished */
    public static String DossierStatus_FINISHED;
    /** Returned */
    public static String DossierStatus_RETURNED;
    /** On track */
    public static String DeadlineState_ON_TRACK;
    /** Due soon */
    public static String DeadlineState_DUE_SOON;
    /** Overdue */
    public static String DeadlineState_OVERDUE;
    /** Paused */
    public static String DeadlineState_PAUSED;
    /** Closed */
    public static String DeadlineState_CLOSED;
    /** Walk-in */
    public static String Channel_WALK_IN;
    /** Postal */
    public static String Channel_POSTAL;
    /** Online */
    public static String Channel_ONLINE;
    /** Inter-level */
    public static String Channel_INTER_LEVEL;
    /** Desk officer */
    public static String Role_DESK_OFFICER;
    /** Postal desk */
    public static String Role_POSTAL_DESK;
    /** Specialist */
    public static String Role_SPECIALIST;
    /** Head of department */
    public static String Role_DEPARTMENT_HEAD;
    /** Leader */
    public static String Role_LEADER;
    /** Administrator */
    public static String Role_ADMINISTRATOR;
    /** Backup operator */
    public static String Role_BACKUP_OPERATOR;
    /** Province */
    public static String OfficeLevel_PROVINCE;
    /** District */
    public static String OfficeLevel_DISTRICT;
    /** Commune */
    public static String OfficeLevel_COMMUNE;
    /** working days */
    public static String DurationUnit_WORKING_DAYS;
    /** working hours */
    public static String DurationUnit_WORKING_HOURS;
    /** days */
    public static String DurationUnit_CALENDAR_DAYS;
    /** Early */
    public static String TimelinessClass_EARLY;
    /** On time */
    public static String TimelinessClass_ON_TIME;
    /** Late */
    public static String TimelinessClass_LATE;
    /** Earliest due */
    public static String Sort_DUE;
    /** Received */
    public static String Sort_RECEIVED;
    /** Code */
    public static String Sort_CODE;
    /** Applicant name */
    public static String Sort_APPLICANT;

    /** Heading of the demo loading window */
    public static String Session_demoHeading;

    /** Language / Ngôn ngữ (title of the language switch's questions) */
    public static String Language_title;
    /** The new language is used from the next start. Restart MotCua now? (in both languages) */
    public static String Language_restart;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
