<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_KZ">
<context>
    <name>AppealPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>New &amp;deadline</translation>
    </message>
    <message>
        <source>&amp;Reason for extension</source>
        <translation>&amp;Reason for extension</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Working days left: %1</source>
        <translation>Working days left: %1</translation>
    </message>
    <message>
        <source>Extended: %1</source>
        <translation>Extended: %1</translation>
    </message>
    <message>
        <source>Answer (%1): %2</source>
        <translation>Answer (%1): %2</translation>
    </message>
</context>
<context>
    <name>AppealsPage</name>
    <message>
        <source>answered %1</source>
        <translation>answered %1</translation>
    </message>
    <message>
        <source>%1 working d overdue</source>
        <translation>%1 working d overdue</translation>
    </message>
    <message>
        <source>%1 working d</source>
        <translation>%1 working d</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>Show answered</source>
        <translation>Show answered</translation>
    </message>
    <message>
        <source>Register appeal</source>
        <translation>Register appeal</translation>
    </message>
    <message>
        <source>Register an appeal received at the beat</source>
        <translation>Register an appeal received at the beat</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Viewed the case timeline</source>
        <translation>Viewed the case timeline</translation>
    </message>
    <message>
        <source>Viewed a resident</source>
        <translation>Viewed a resident</translation>
    </message>
    <message>
        <source>Viewed a household</source>
        <translation>Viewed a household</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Role change</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>Password change</translation>
    </message>
    <message>
        <source>Report produced, printed or saved</source>
        <translation>Report produced, printed or saved</translation>
    </message>
    <message>
        <source>Opened the audit log</source>
        <translation>Opened the audit log</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>AuditPageWidget</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every view of a DV case, every change, export and print, and every sign-in and unlock on this laptop. Opening this log is recorded too.</source>
        <translation>Every view of a DV case, every change, export and print, and every sign-in and unlock on this laptop. Opening this log is recorded too.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Name, DV case number or record id</source>
        <translation>Name, DV case number or record id</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>Entries shown: %1, more below</source>
        <translation>Entries shown: %1, more below</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <source>values of DV records are hidden from administrators</source>
        <translation>values of DV records are hidden from administrators</translation>
    </message>
</context>
<context>
    <name>BeatObjectEditor</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address or place</source>
        <translation>&amp;Address or place</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Contact person, phone, opening hours</source>
        <translation>Contact person, phone, opening hours</translation>
    </message>
    <message>
        <source>New beat object</source>
        <translation>New beat object</translation>
    </message>
    <message>
        <source>Correct the beat object</source>
        <translation>Correct the beat object</translation>
    </message>
</context>
<context>
    <name>BeatObjectsPage</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Beat objects</source>
        <translation>Beat objects</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Kind of object</translation>
    </message>
    <message>
        <source>Add object…</source>
        <translation>Add object…</translation>
    </message>
    <message>
        <source>Register a school, shop, camera or other place on the beat</source>
        <translation>Register a school, shop, camera or other place on the beat</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct the selected object</source>
        <translation>Correct the selected object</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — need-to-know only. This view is recorded in the audit log.</source>
        <translation>CONFIDENTIAL — need-to-know only. This view is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Log follow-up</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Request closure</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Approve closure</translation>
    </message>
    <message>
        <source>Reject closure</source>
        <translation>Reject closure</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Hand the case to another inspector of the unit</source>
        <translation>Hand the case to another inspector of the unit</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>Record incident…</source>
        <translation>Record incident…</translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation>Add measure…</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>risk: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>opened %1</translation>
    </message>
    <message>
        <source>review due %1</source>
        <translation>review due %1</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>Record incident</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>&amp;Issued by</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Record review</translation>
    </message>
    <message>
        <source>Why can the case be closed?</source>
        <translation>Why can the case be closed?</translation>
    </message>
    <message>
        <source>Why must the case stay open?</source>
        <translation>Why must the case stay open?</translation>
    </message>
    <message>
        <source>Reassign case</source>
        <translation>Reassign case</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>New owner:</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>DV cases</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</source>
        <translation>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>The new password needs at least 10 characters and at least three of: lower-case letters, upper-case letters, digits, symbols; it must not contain your login. The database is not re-encrypted: only its key is locked with the new password.</source>
        <translation>The new password needs at least 10 characters and at least three of: lower-case letters, upper-case letters, digits, symbols; it must not contain your login. The database is not re-encrypted: only its key is locked with the new password.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new password to unlock Inspector Desk from now on.</source>
        <translation>Your password was changed. Use the new password to unlock Inspector Desk from now on.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>DV case</source>
        <translation>DV case</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Beat object</source>
        <translation>Beat object</translation>
    </message>
    <message>
        <source>Registry entry</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <source>Protective measure</source>
        <translation>Protective measure</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision</source>
        <translation>Conflicts waiting for a decision</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops before they synced. The record shows the later value; choose which one to keep, or type a value that combines both. Your decision is sent to HQ and every laptop of the beat.</source>
        <translation>The same field was changed on two laptops before they synced. The record shows the later value; choose which one to keep, or type a value that combines both. Your decision is sent to HQ and every laptop of the beat.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>No conflicts: every edit has been merged.</source>
        <translation>No conflicts: every edit has been merged.</translation>
    </message>
    <message>
        <source>Keep a combined value:</source>
        <translation>Keep a combined value:</translation>
    </message>
    <message>
        <source>Combined value</source>
        <translation>Combined value</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>another laptop</translation>
    </message>
    <message>
        <source>%1 (edited after it was voided)</source>
        <translation>%1 (edited after it was voided)</translation>
    </message>
    <message>
        <source>Keep what is shown now: %1</source>
        <translation>Keep what is shown now: %1</translation>
    </message>
    <message>
        <source>Keep the other value: %1</source>
        <translation>Keep the other value: %1</translation>
    </message>
    <message>
        <source>Could not keep the value: %1</source>
        <translation>Could not keep the value: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were kept. Restore them?</source>
        <translation>Unsaved changes from %1 were kept. Restore them?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This field is required</source>
        <translation>This field is required</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <source>There is no such account on this laptop.</source>
        <translation>There is no such account on this laptop.</translation>
    </message>
    <message>
        <source>The key file of this laptop's database is missing or damaged.</source>
        <translation>The key file of this laptop's database is missing or damaged.</translation>
    </message>
    <message>
        <source>The text is too long</source>
        <translation>The text is too long</translation>
    </message>
    <message>
        <source>The text may not contain control characters (such as NUL or ESC)</source>
        <translation>The text may not contain control characters (such as NUL or ESC)</translation>
    </message>
    <message>
        <source>The text may not contain invisible text-direction override characters</source>
        <translation>The text may not contain invisible text-direction override characters</translation>
    </message>
    <message>
        <source>The text contains an invalid character</source>
        <translation>The text contains an invalid character</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <translation>Choose a value from the list</translation>
    </message>
    <message>
        <source>The value is out of the allowed range</source>
        <translation>The value is out of the allowed range</translation>
    </message>
    <message>
        <source>IIN must be 12 digits</source>
        <translation>IIN must be 12 digits</translation>
    </message>
    <message>
        <source>IIN digit 7 (century and sex) must be from 1 to 6</source>
        <translation>IIN digit 7 (century and sex) must be from 1 to 6</translation>
    </message>
    <message>
        <source>IIN digits 1–6 must be a real birth date (YYMMDD)</source>
        <translation>IIN digits 1–6 must be a real birth date (YYMMDD)</translation>
    </message>
    <message>
        <source>This IIN can never be issued</source>
        <translation>This IIN can never be issued</translation>
    </message>
    <message>
        <source>IIN check digit does not match: check the number</source>
        <translation>IIN check digit does not match: check the number</translation>
    </message>
    <message>
        <source>This IIN is already registered to another resident</source>
        <translation>This IIN is already registered to another resident</translation>
    </message>
    <message>
        <source>This does not agree with the IIN</source>
        <translation>This does not agree with the IIN</translation>
    </message>
    <message>
        <source>Use letters, spaces, hyphens and apostrophes only</source>
        <translation>Use letters, spaces, hyphens and apostrophes only</translation>
    </message>
    <message>
        <source>The date may not be in the future</source>
        <translation>The date may not be in the future</translation>
    </message>
    <message>
        <source>The visit time may not be in the future</source>
        <translation>The visit time may not be in the future</translation>
    </message>
    <message>
        <source>A preventive talk needs a topic</source>
        <translation>A preventive talk needs a topic</translation>
    </message>
    <message>
        <source>Name the resident or the household visited</source>
        <translation>Name the resident or the household visited</translation>
    </message>
    <message>
        <source>The resident does not live in this household</source>
        <translation>The resident does not live in this household</translation>
    </message>
    <message>
        <source>Not a valid phone number</source>
        <translation>Not a valid phone number</translation>
    </message>
    <message>
        <source>Too many entries</source>
        <translation>Too many entries</translation>
    </message>
    <message>
        <source>The offender cannot be the victim</source>
        <translation>The offender cannot be the victim</translation>
    </message>
    <message>
        <source>The level may only be raised, never lowered</source>
        <translation>The level may only be raised, never lowered</translation>
    </message>
    <message>
        <source>Give the reason for raising the level</source>
        <translation>Give the reason for raising the level</translation>
    </message>
    <message>
        <source>Choose one of the answer options</source>
        <translation>Choose one of the answer options</translation>
    </message>
    <message>
        <source>The questionnaire has changed: reopen the case</source>
        <translation>The questionnaire has changed: reopen the case</translation>
    </message>
    <message>
        <source>This address is already registered</source>
        <translation>This address is already registered</translation>
    </message>
    <message>
        <source>This household is already registered at the address</source>
        <translation>This household is already registered at the address</translation>
    </message>
    <message>
        <source>This household does not exist or was voided</source>
        <translation>This household does not exist or was voided</translation>
    </message>
    <message>
        <source>The household must be on the resident's beat</source>
        <translation>The household must be on the resident's beat</translation>
    </message>
    <message>
        <source>The address must be on the object's beat</source>
        <translation>The address must be on the object's beat</translation>
    </message>
    <message>
        <source>This resident does not exist or was voided</source>
        <translation>This resident does not exist or was voided</translation>
    </message>
    <message>
        <source>This user does not exist</source>
        <translation>This user does not exist</translation>
    </message>
    <message>
        <source>The visit must be on your beat</source>
        <translation>The visit must be on your beat</translation>
    </message>
    <message>
        <source>The appeal has already been answered</source>
        <translation>The appeal has already been answered</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the appeal was received</source>
        <translation>The answer cannot be dated before the appeal was received</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one</source>
        <translation>The new deadline must be later than the current one</translation>
    </message>
    <message>
        <source>The deadline may be extended to at most two months after receipt</source>
        <translation>The deadline may be extended to at most two months after receipt</translation>
    </message>
    <message>
        <source>Give the reason for the extension</source>
        <translation>Give the reason for the extension</translation>
    </message>
    <message>
        <source>The date is outside the years the holiday calendar covers</source>
        <translation>The date is outside the years the holiday calendar covers</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>The period may be at most two years</source>
        <translation>The period may be at most two years</translation>
    </message>
    <message>
        <source>Not found: choose again from the list</source>
        <translation>Not found: choose again from the list</translation>
    </message>
    <message>
        <source>This value is already used</source>
        <translation>This value is already used</translation>
    </message>
    <message>
        <source>This person already has access to the case</source>
        <translation>This person already has access to the case</translation>
    </message>
    <message>
        <source>The owner of the case already has access</source>
        <translation>The owner of the case already has access</translation>
    </message>
    <message>
        <source>Access can be granted to inspectors and supervisors only</source>
        <translation>Access can be granted to inspectors and supervisors only</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>The case is closed</translation>
    </message>
    <message>
        <source>This child is already listed</source>
        <translation>This child is already listed</translation>
    </message>
    <message>
        <source>Closure is already awaiting approval</source>
        <translation>Closure is already awaiting approval</translation>
    </message>
    <message>
        <source>No closure request awaits a decision</source>
        <translation>No closure request awaits a decision</translation>
    </message>
    <message>
        <source>A case can be owned by an inspector only</source>
        <translation>A case can be owned by an inspector only</translation>
    </message>
    <message>
        <source>The case already belongs to this inspector</source>
        <translation>The case already belongs to this inspector</translation>
    </message>
    <message>
        <source>This status cannot be set here</source>
        <translation>This status cannot be set here</translation>
    </message>
    <message>
        <source>The measure has already ended</source>
        <translation>The measure has already ended</translation>
    </message>
    <message>
        <source>The measure has already expired</source>
        <translation>The measure has already expired</translation>
    </message>
    <message>
        <source>A protective order runs for 30 days</source>
        <translation>A protective order runs for 30 days</translation>
    </message>
    <message>
        <source>Special requirements run for 3 to 12 months: check the end date</source>
        <translation>Special requirements run for 3 to 12 months: check the end date</translation>
    </message>
    <message>
        <source>This registry entry has already ended</source>
        <translation>This registry entry has already ended</translation>
    </message>
    <message>
        <source>The resident is already on the registry in this category</source>
        <translation>The resident is already on the registry in this category</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters</source>
        <translation>The text is too long: at most %1 characters</translation>
    </message>
    <message>
        <source>You may not do this: the record is outside your beat, or your role does not allow it.</source>
        <translation>You may not do this: the record is outside your beat, or your role does not allow it.</translation>
    </message>
    <message>
        <source>This record no longer exists: it was voided or moved out of your beat.</source>
        <translation>This record no longer exists: it was voided or moved out of your beat.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>the application's log folder</source>
        <translation>the application's log folder</translation>
    </message>
    <message>
        <source>Something went wrong and this action was not completed. Nothing you saved before was lost.

Try again. If it happens again, tell your administrator and give them the log file:
{path}</source>
        <translation>Something went wrong and this action was not completed. Nothing you saved before was lost.

Try again. If it happens again, tell your administrator and give them the log file:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FirstSignIn</name>
    <message>
        <source>HQ accepted your password, but this laptop locks its data only with a stronger one: %1 Change your password at HQ (or ask your administrator), then sign in here again.</source>
        <translation>HQ accepted your password, but this laptop locks its data only with a stronger one: %1 Change your password at HQ (or ask your administrator), then sign in here again.</translation>
    </message>
    <message>
        <source>The CA bundle cannot be used: %1</source>
        <translation>The CA bundle cannot be used: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept on this laptop.</source>
        <translation>Cancelled. Nothing was kept on this laptop.</translation>
    </message>
    <message>
        <source>HQ's certificate at %1 is not trusted, so nothing was sent. Check the address, or choose your organisation's CA bundle (ask your administrator).</source>
        <translation>HQ's certificate at %1 is not trusted, so nothing was sent. Check the address, or choose your organisation's CA bundle (ask your administrator).</translation>
    </message>
    <message>
        <source>HQ cannot be reached at %1. Check the address and the network connection, then try again.</source>
        <translation>HQ cannot be reached at %1. Check the address and the network connection, then try again.</translation>
    </message>
    <message>
        <source>Signing in at HQ and preparing the encrypted database…</source>
        <translation>Signing in at HQ and preparing the encrypted database…</translation>
    </message>
    <message>
        <source>Receiving your data from HQ: %1 records so far…</source>
        <translation>Receiving your data from HQ: %1 records so far…</translation>
    </message>
    <message>
        <source>Done: opening Inspector Desk…</source>
        <translation>Done: opening Inspector Desk…</translation>
    </message>
    <message>
        <source>Bringing the data up to date…</source>
        <translation>Bringing the data up to date…</translation>
    </message>
    <message>
        <source>Inspector Desk — first sign-in</source>
        <translation>Inspector Desk — first sign-in</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Set up this laptop</translation>
    </message>
    <message>
        <source>This laptop has no Inspector Desk data yet. Sign in once with your HQ account: your data is copied from HQ and locked with your password. After that, Inspector Desk opens with the same password, also without a connection to HQ.</source>
        <translation>This laptop has no Inspector Desk data yet. Sign in once with your HQ account: your data is copied from HQ and locked with your password. After that, Inspector Desk opens with the same password, also without a connection to HQ.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>HQ &amp;address</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional)</source>
        <translation>&amp;CA bundle (optional)</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA bundle</translation>
    </message>
    <message>
        <source>Only if your administrator gave you one (.pem)</source>
        <translation>Only if your administrator gave you one (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>&amp;House</source>
        <translation>&amp;House</translation>
    </message>
    <message>
        <source>&amp;Apartment (if any)</source>
        <translation>&amp;Apartment (if any)</translation>
    </message>
    <message>
        <source>&amp;Walking order (0: first)</source>
        <translation>&amp;Walking order (0: first)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>New address or household</source>
        <translation>New address or household</translation>
    </message>
    <message>
        <source>Correct the address</source>
        <translation>Correct the address</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Households &amp; addresses</source>
        <translation>Households &amp; addresses</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Log visit to this household</source>
        <translation>Log visit to this household</translation>
    </message>
    <message>
        <source>Log a door-to-door visit to the selected household</source>
        <translation>Log a door-to-door visit to the selected household</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>New address…</translation>
    </message>
    <message>
        <source>Add a building or an apartment to the beat</source>
        <translation>Add a building or an apartment to the beat</translation>
    </message>
    <message>
        <source>Correct address…</source>
        <translation>Correct address…</translation>
    </message>
    <message>
        <source>Correct the street, house or walking order of the selected address</source>
        <translation>Correct the street, house or walking order of the selected address</translation>
    </message>
    <message>
        <source>Choose a household to see who lives there</source>
        <translation>Choose a household to see who lives there</translation>
    </message>
    <message>
        <source>Living at %1</source>
        <translation>Living at %1</translation>
    </message>
</context>
<context>
    <name>KeptDrafts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Changes you had not saved were kept from last time. Open them now?</source>
        <translation>Changes you had not saved were kept from last time. Open them now?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Door-to-door round</source>
        <translation>Door-to-door round</translation>
    </message>
    <message>
        <source>Prevention visit</source>
        <translation>Prevention visit</translation>
    </message>
    <message>
        <source>DV follow-up</source>
        <translation>DV follow-up</translation>
    </message>
    <message>
        <source>Reception at the office</source>
        <translation>Reception at the office</translation>
    </message>
    <message>
        <source>Preventive talk</source>
        <translation>Preventive talk</translation>
    </message>
    <message>
        <source>Children's safety</source>
        <translation>Children's safety</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Internet fraud</source>
        <translation>Internet fraud</translation>
    </message>
    <message>
        <source>Road safety</source>
        <translation>Road safety</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Other topic</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Met in person</translation>
    </message>
    <message>
        <source>Nobody at home</source>
        <translation>Nobody at home</translation>
    </message>
    <message>
        <source>Refused to talk</source>
        <translation>Refused to talk</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Protective order</translation>
    </message>
    <message>
        <source>Special requirements</source>
        <translation>Special requirements</translation>
    </message>
    <message>
        <source>Parole</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Administrative supervision</source>
        <translation>Administrative supervision</translation>
    </message>
    <message>
        <source>Official warning</source>
        <translation>Official warning</translation>
    </message>
    <message>
        <source>Non-custodial sentence</source>
        <translation>Non-custodial sentence</translation>
    </message>
    <message>
        <source>Unspent conviction</source>
        <translation>Unspent conviction</translation>
    </message>
    <message>
        <source>Juvenile at risk</source>
        <translation>Juvenile at risk</translation>
    </message>
    <message>
        <source>Family in difficulty</source>
        <translation>Family in difficulty</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Extreme</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Closure requested</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Closure approved</translation>
    </message>
    <message>
        <source>Closure rejected</source>
        <translation>Closure rejected</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Offender</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Referral to a crisis centre</source>
        <translation>Referral to a crisis centre</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Other measure</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Shop selling alcohol</source>
        <translation>Shop selling alcohol</translation>
    </message>
    <message>
        <source>CCTV camera</source>
        <translation>CCTV camera</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Other object</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Measure started</source>
        <translation>Measure started</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>Measure ended</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Time of the visit</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Physical violence</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>Psychological violence</source>
        <translation>Psychological violence</translation>
    </message>
    <message>
        <source>Economic violence</source>
        <translation>Economic violence</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Sexual violence</translation>
    </message>
    <message>
        <source>Breach of a protective order</source>
        <translation>Breach of a protective order</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Other incident</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Inspector Desk is locked</source>
        <translation>Inspector Desk is locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Inspector Desk — sign in</source>
        <translation>Inspector Desk — sign in</translation>
    </message>
    <message>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Demo beat: sign in as %1 with the password %2</source>
        <translation>Demo beat: sign in as %1 with the password %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>A local HQ is running at %1: this laptop syncs with it after you sign in.</source>
        <translation>A local HQ is running at %1: this laptop syncs with it after you sign in.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>The login or password is wrong.</source>
        <translation>The login or password is wrong.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Could not sign in: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Households &amp; addresses</source>
        <translation>Households &amp; addresses</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>DV cases</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>Beat objects</source>
        <translation>Beat objects</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>My unit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Inspector Desk</source>
        <translation>Inspector Desk</translation>
    </message>
    <message>
        <source>Find a resident: name, IIN, phone or address (Ctrl+K)</source>
        <translation>Find a resident: name, IIN, phone or address (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>Find a resident</translation>
    </message>
    <message>
        <source>Find a resident by name, IIN, phone or address (Ctrl+K)</source>
        <translation>Find a resident by name, IIN, phone or address (Ctrl+K)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Find a resident…</source>
        <translation>Find a resident…</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>New resident…</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>About Inspector Desk</source>
        <translation>About Inspector Desk</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Save them before leaving?</source>
        <translation>You have changes that are not saved. Save them before leaving?</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>Open or select a resident first, then log the visit.</source>
        <translation>Open or select a resident first, then log the visit.</translation>
    </message>
    <message>
        <source>No residents found</source>
        <translation>No residents found</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Inspector Desk found damage in this laptop's database (%1): its data cannot be trusted. Close Inspector Desk and sign in again: you will be offered to restore this laptop from HQ, keeping the damaged file aside.</source>
        <translation>Inspector Desk found damage in this laptop's database (%1): its data cannot be trusted. Close Inspector Desk and sign in again: you will be offered to restore this laptop from HQ, keeping the damaged file aside.</translation>
    </message>
    <message>
        <source>Inspector Desk: the district police inspector's desk, offline first.</source>
        <translation>Inspector Desk: the district police inspector's desk, offline first.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another household</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>nobody lives here yet</source>
        <translation>nobody lives here yet</translation>
    </message>
    <message>
        <source>Choose the household to move to</source>
        <translation>Choose the household to move to</translation>
    </message>
</context>
<context>
    <name>NewAppealDialog</name>
    <message>
        <source>Register appeal</source>
        <translation>Register appeal</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <source>&amp;From whom</source>
        <translation>&amp;From whom</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewResidentDialog</name>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>You have no beat to add to</source>
        <translation>You have no beat to add to</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</source>
        <translation>CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Type a name, IIN or phone</source>
        <translation>Type a name, IIN or phone</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Offender</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>&amp;Offender</source>
        <translation>&amp;Offender</translation>
    </message>
    <message>
        <source>&amp;Children in the household</source>
        <translation>&amp;Children in the household</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open a DV case</source>
        <translation>Open a DV case</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Arrives with the reports issue.</source>
        <translation>Arrives with the reports issue.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Arrives with the sync issue. Until then this laptop works offline and keeps every change in its outbox.</source>
        <translation>Arrives with the sync issue. Until then this laptop works offline and keeps every change in its outbox.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database on this laptop is damaged or was altered</source>
        <translation>The database on this laptop is damaged or was altered</translation>
    </message>
    <message>
        <source>Your password is right, but the database file no longer reads back as it was written: it was changed outside Inspector Desk, cut short, or replaced. Its data cannot be trusted.

Inspector Desk can set this laptop up again from HQ: the damaged files are kept aside under a dated name (nothing is deleted), a new database is made, locked with your password, and filled from HQ. Changes that were never sent to HQ cannot be taken over. This needs a connection to HQ.</source>
        <translation>Your password is right, but the database file no longer reads back as it was written: it was changed outside Inspector Desk, cut short, or replaced. Its data cannot be trusted.

Inspector Desk can set this laptop up again from HQ: the damaged files are kept aside under a dated name (nothing is deleted), a new database is made, locked with your password, and filled from HQ. Changes that were never sent to HQ cannot be taken over. This needs a connection to HQ.</translation>
    </message>
    <message>
        <source>&amp;HQ server address</source>
        <translation>&amp;HQ server address</translation>
    </message>
    <message>
        <source>HQ server address</source>
        <translation>HQ server address</translation>
    </message>
    <message>
        <source>Restore from HQ</source>
        <translation>Restore from HQ</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Enter HQ's address, starting with https://</source>
        <translation>Enter HQ's address, starting with https://</translation>
    </message>
    <message>
        <source>Restoring from HQ… this can take a few minutes.</source>
        <translation>Restoring from HQ… this can take a few minutes.</translation>
    </message>
    <message>
        <source>The restore did not complete; the damaged files were left as they were: %1</source>
        <translation>The restore did not complete; the damaged files were left as they were: %1</translation>
    </message>
</context>
<context>
    <name>RegistryEditor</name>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Put on the registry</source>
        <translation>Put on the registry</translation>
    </message>
    <message>
        <source>Correct the registry entry</source>
        <translation>Correct the registry entry</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Ended on</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Take off the registry</source>
        <translation>Take off the registry</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Unit caseload</source>
        <translation>Unit caseload</translation>
    </message>
    <message>
        <source>Inspector caseload</source>
        <translation>Inspector caseload</translation>
    </message>
    <message>
        <source>Overdue visits</source>
        <translation>Overdue visits</translation>
    </message>
    <message>
        <source>Protective measures ending soon</source>
        <translation>Protective measures ending soon</translation>
    </message>
    <message>
        <source>High-risk DV cases</source>
        <translation>High-risk DV cases</translation>
    </message>
    <message>
        <source>Appeals by deadline</source>
        <translation>Appeals by deadline</translation>
    </message>
    <message>
        <source>Resident card</source>
        <translation>Resident card</translation>
    </message>
    <message>
        <source>Round sheet</source>
        <translation>Round sheet</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Period &amp;from</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Period &amp;to</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;As of</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>Ending &amp;within, days</source>
        <translation>Ending &amp;within, days</translation>
    </message>
    <message>
        <source>Due &amp;within, working days</source>
        <translation>Due &amp;within, working days</translation>
    </message>
    <message>
        <source>Answered appeals</source>
        <translation>Answered appeals</translation>
    </message>
    <message>
        <source>&amp;Streets</source>
        <translation>&amp;Streets</translation>
    </message>
    <message>
        <source>R&amp;esident</source>
        <translation>R&amp;esident</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Language of the report</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>As of date</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Measures ending within, days</source>
        <translation>Measures ending within, days</translation>
    </message>
    <message>
        <source>Appeals due within, working days</source>
        <translation>Appeals due within, working days</translation>
    </message>
    <message>
        <source>Include answered appeals</source>
        <translation>Include answered appeals</translation>
    </message>
    <message>
        <source>Streets of the round</source>
        <translation>Streets of the round</translation>
    </message>
    <message>
        <source>Find the resident</source>
        <translation>Find the resident</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>Residents found</translation>
    </message>
    <message>
        <source>Each inspector's lists after the figures</source>
        <translation>Each inspector's lists after the figures</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Generate the report</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Cancel the report</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progress of the report</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Save the report as a file</source>
        <translation>Save the report as a file</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Name, IIN, phone or address</source>
        <translation>Name, IIN, phone or address</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Generating the report…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>The report is ready.</translation>
    </message>
    <message>
        <source>Choose a report and press Generate.</source>
        <translation>Choose a report and press Generate.</translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>pages: %1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>The report was sent to the printer.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>ResidentCardPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Log a visit to this resident (Ctrl+L)</source>
        <translation>Log a visit to this resident (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open DV case…</source>
        <translation>Open DV case…</translation>
    </message>
    <message>
        <source>Open a domestic-violence case with this resident as the victim</source>
        <translation>Open a domestic-violence case with this resident as the victim</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>Move to another household…</translation>
    </message>
    <message>
        <source>The resident moved: choose the street and the door</source>
        <translation>The resident moved: choose the street and the door</translation>
    </message>
    <message>
        <source>Put on the registry…</source>
        <translation>Put on the registry…</translation>
    </message>
    <message>
        <source>Add a registry entry under a category</source>
        <translation>Add a registry entry under a category</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct the selected entry</source>
        <translation>Correct the selected entry</translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation>Take off…</translation>
    </message>
    <message>
        <source>End the selected entry</source>
        <translation>End the selected entry</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>DV cases</source>
        <translation>DV cases</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No household recorded</source>
        <translation>No household recorded</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>IIN %1</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>next visit due %1</source>
        <translation>next visit due %1</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Middle name</source>
        <translation>&amp;Middle name</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;IIN</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>12 digits; fills birth date and sex</source>
        <translation>12 digits; fills birth date and sex</translation>
    </message>
    <message>
        <source>+7 701 234 5678, several separated by commas</source>
        <translation>+7 701 234 5678, several separated by commas</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Birth date and sex filled from the IIN</source>
        <translation>Birth date and sex filled from the IIN</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>DV</source>
        <translation>DV</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>open case</source>
        <translation>open case</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Search by name, IIN, phone or address</source>
        <translation>Search by name, IIN, phone or address</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>Search residents</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>Register a new resident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Log a visit to the selected resident (Ctrl+L)</source>
        <translation>Log a visit to the selected resident (Ctrl+L)</translation>
    </message>
    <message>
        <source>Any registry category</source>
        <translation>Any registry category</translation>
    </message>
    <message>
        <source>Registry category</source>
        <translation>Registry category</translation>
    </message>
    <message>
        <source>DV case: any</source>
        <translation>DV case: any</translation>
    </message>
    <message>
        <source>With an open DV case</source>
        <translation>With an open DV case</translation>
    </message>
    <message>
        <source>Without an open DV case</source>
        <translation>Without an open DV case</translation>
    </message>
    <message>
        <source>Open DV case</source>
        <translation>Open DV case</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source>Children (0–13)</source>
        <translation>Children (0–13)</translation>
    </message>
    <message>
        <source>Teenagers (14–17)</source>
        <translation>Teenagers (14–17)</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–59</source>
        <translation>30–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>Any street</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>Inspector: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No residents match</source>
        <translation>No residents match</translation>
    </message>
    <message>
        <source>%1 shown; scroll for more</source>
        <translation>%1 shown; scroll for more</translation>
    </message>
    <message>
        <source>%1 residents</source>
        <translation>%1 residents</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Raise level to</source>
        <translation>&amp;Raise level to</translation>
    </message>
    <message>
        <source>Reason for raising</source>
        <translation>Reason for raising</translation>
    </message>
    <message>
        <source>Raise level to</source>
        <translation>Raise level to</translation>
    </message>
    <message>
        <source>No override: use the computed level</source>
        <translation>No override: use the computed level</translation>
    </message>
    <message>
        <source>Score %1 · answered %2 of %3</source>
        <translation>Score %1 · answered %2 of %3</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>This computer's clock reads earlier than the last unlock attempt (%1): correct the date and time, then try again.</source>
        <translation>This computer's clock reads earlier than the last unlock attempt (%1): correct the date and time, then try again.</translation>
    </message>
    <message>
        <source>Locked until %1: the record of wrong passwords on this laptop was removed or altered, so Inspector Desk is locked as a precaution.</source>
        <translation>Locked until %1: the record of wrong passwords on this laptop was removed or altered, so Inspector Desk is locked as a precaution.</translation>
    </message>
    <message>
        <source>Locked until %1 — %2 wrong passwords in a row. Try again after that time.</source>
        <translation>Locked until %1 — %2 wrong passwords in a row. Try again after that time.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>The password needs at least 10 characters.</translation>
    </message>
    <message>
        <source>The password may have at most 256 characters.</source>
        <translation>The password may have at most 256 characters.</translation>
    </message>
    <message>
        <source>The password must mix at least three of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>The password must mix at least three of: lower-case letters, upper-case letters, digits, symbols.</translation>
    </message>
    <message>
        <source>The password must not contain your login.</source>
        <translation>The password must not contain your login.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The password is wrong. %1 more wrong attempt(s) lock Inspector Desk for 30 minutes.</source>
        <translation>The password is wrong. %1 more wrong attempt(s) lock Inspector Desk for 30 minutes.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a value from the list</source>
        <translation>Choose a value from the list</translation>
    </message>
    <message>
        <source>The value is below the minimum</source>
        <translation>The value is below the minimum</translation>
    </message>
    <message>
        <source>The value is above the maximum</source>
        <translation>The value is above the maximum</translation>
    </message>
    <message>
        <source>Enter an address starting with https:// or http://</source>
        <translation>Enter an address starting with https:// or http://</translation>
    </message>
    <message>
        <source>Choose an existing file</source>
        <translation>Choose an existing file</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Lock after idle (minutes)</translation>
    </message>
    <message>
        <source>HQ server address</source>
        <translation>HQ server address</translation>
    </message>
    <message>
        <source>HQ CA bundle (PEM file)</source>
        <translation>HQ CA bundle (PEM file)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with HQ</source>
        <translation>Sync with HQ</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <source>HQ account</source>
        <translation>HQ account</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Conflicts waiting</translation>
    </message>
    <message>
        <source>Next automatic attempt</source>
        <translation>Next automatic attempt</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Sign in to HQ…</source>
        <translation>Sign in to HQ…</translation>
    </message>
    <message>
        <source>Sign out of HQ</source>
        <translation>Sign out of HQ</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>syncing now</source>
        <translation>syncing now</translation>
    </message>
    <message>
        <source>after you act on the problem below</source>
        <translation>after you act on the problem below</translation>
    </message>
    <message>
        <source>on the next change, or within 5 minutes</source>
        <translation>on the next change, or within 5 minutes</translation>
    </message>
    <message>
        <source>in %1 s (retrying after a failure)</source>
        <translation>in %1 s (retrying after a failure)</translation>
    </message>
</context>
<context>
    <name>SyncSignIn</name>
    <message>
        <source>This computer has no password store (keyring) Inspector Desk can use. You stay signed in to HQ only until the application closes, then you sign in again. Nothing is written to a file.</source>
        <translation>This computer has no password store (keyring) Inspector Desk can use. You stay signed in to HQ only until the application closes, then you sign in again. Nothing is written to a file.</translation>
    </message>
    <message>
        <source>Sign in to HQ</source>
        <translation>Sign in to HQ</translation>
    </message>
    <message>
        <source>Sign in with your HQ account so this laptop can send and receive changes.</source>
        <translation>Sign in with your HQ account so this laptop can send and receive changes.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>HQ &amp;address</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>HQ address: enter an address starting with https:// or http://</source>
        <translation>HQ address: enter an address starting with https:// or http://</translation>
    </message>
    <message>
        <source>Enter your HQ login and password.</source>
        <translation>Enter your HQ login and password.</translation>
    </message>
    <message>
        <source>This laptop syncs for the person signed in on it: use the HQ account %1.</source>
        <translation>This laptop syncs for the person signed in on it: use the HQ account %1.</translation>
    </message>
    <message>
        <source>Could not sign in to HQ: %1</source>
        <translation>Could not sign in to HQ: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>This laptop has no network connection. Changes are kept here and sent when it is back.</source>
        <translation>This laptop has no network connection. Changes are kept here and sent when it is back.</translation>
    </message>
    <message>
        <source>HQ cannot be reached (%1). Changes are kept on this laptop and sent when HQ answers.</source>
        <translation>HQ cannot be reached (%1). Changes are kept on this laptop and sent when HQ answers.</translation>
    </message>
    <message>
        <source>The HQ login or password is wrong.</source>
        <translation>The HQ login or password is wrong.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the HQ account is locked for a while. Try again later.</source>
        <translation>Too many wrong passwords: the HQ account is locked for a while. Try again later.</translation>
    </message>
    <message>
        <source>Your HQ session has ended (signed out or expired): sign in to HQ again to sync.</source>
        <translation>Your HQ session has ended (signed out or expired): sign in to HQ again to sync.</translation>
    </message>
    <message>
        <source>HQ needs a newer version of Inspector Desk: ask for an update. Your unsent changes stay on this laptop.</source>
        <translation>HQ needs a newer version of Inspector Desk: ask for an update. Your unsent changes stay on this laptop.</translation>
    </message>
    <message>
        <source>This account or laptop was revoked at HQ: its data has been removed from this laptop.</source>
        <translation>This account or laptop was revoked at HQ: its data has been removed from this laptop.</translation>
    </message>
    <message>
        <source>Your password was reset at HQ: the data on this laptop was removed; sign in again with the new password to set it up from HQ.</source>
        <translation>Your password was reset at HQ: the data on this laptop was removed; sign in again with the new password to set it up from HQ.</translation>
    </message>
    <message>
        <source>HQ's certificate could not be verified, so nothing was sent. Tell your administrator (the HQ address may be wrong, or a certificate bundle must be configured).</source>
        <translation>HQ's certificate could not be verified, so nothing was sent. Tell your administrator (the HQ address may be wrong, or a certificate bundle must be configured).</translation>
    </message>
    <message>
        <source>HQ's address is not encrypted: use an address starting with https:// (plain http is allowed only to this computer).</source>
        <translation>HQ's address is not encrypted: use an address starting with https:// (plain http is allowed only to this computer).</translation>
    </message>
    <message>
        <source>HQ had a problem handling the sync. It will be tried again shortly.</source>
        <translation>HQ had a problem handling the sync. It will be tried again shortly.</translation>
    </message>
    <message>
        <source>HQ refused the sync request. Your changes are kept; tell your administrator.</source>
        <translation>HQ refused the sync request. Your changes are kept; tell your administrator.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What was done so far is kept.</source>
        <translation>The sync was cancelled. What was done so far is kept.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected problem. It will be tried again.</source>
        <translation>The sync stopped on an unexpected problem. It will be tried again.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Not signed in to HQ</source>
        <translation>Not signed in to HQ</translation>
    </message>
    <message>
        <source>Online, synced at %1</source>
        <translation>Online, synced at %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Connecting to HQ…</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Sending changes: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving: %1 records</source>
        <translation>Receiving: %1 records</translation>
    </message>
    <message>
        <source>Checking this laptop against HQ…</source>
        <translation>Checking this laptop against HQ…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation>To send: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>No HQ address is set: this laptop works offline and keeps every change until it can sync.</source>
        <translation>No HQ address is set: this laptop works offline and keeps every change until it can sync.</translation>
    </message>
    <message>
        <source>HQ: %1</source>
        <translation>HQ: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Click to open the Sync page.</source>
        <translation>Click to open the Sync page.</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Sync status: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>%1 d overdue</source>
        <translation>%1 d overdue</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>in %1 d</translation>
    </message>
    <message>
        <source>%1 working d overdue</source>
        <translation>%1 working d overdue</translation>
    </message>
    <message>
        <source>%1 working d</source>
        <translation>%1 working d</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>&amp;Visits due or overdue (%1)</source>
        <translation>&amp;Visits due or overdue (%1)</translation>
    </message>
    <message>
        <source>&amp;Protective orders ending within 3 days (%1)</source>
        <translation>&amp;Protective orders ending within 3 days (%1)</translation>
    </message>
    <message>
        <source>DV &amp;cases due for review (%1)</source>
        <translation>DV &amp;cases due for review (%1)</translation>
    </message>
    <message>
        <source>&amp;Appeals near or past their deadline (%1)</source>
        <translation>&amp;Appeals near or past their deadline (%1)</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>On registry</source>
        <translation>On registry</translation>
    </message>
    <message>
        <source>Visits done (30 d)</source>
        <translation>Visits done (30 d)</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>Visits overdue</translation>
    </message>
    <message>
        <source>Open DV cases</source>
        <translation>Open DV cases</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Reviews overdue</translation>
    </message>
    <message>
        <source>Appeals overdue</source>
        <translation>Appeals overdue</translation>
    </message>
    <message>
        <source>My unit</source>
        <translation>My unit</translation>
    </message>
    <message>
        <source>Caseload of each inspector over the last 30 days. Enter opens their residents.</source>
        <translation>Caseload of each inspector over the last 30 days. Enter opens their residents.</translation>
    </message>
    <message>
        <source>Show this inspector's residents</source>
        <translation>Show this inspector's residents</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+Enter)</source>
        <translation>Save the visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Not on the prevention registry: no scheduled visits.</source>
        <translation>Not on the prevention registry: no scheduled visits.</translation>
    </message>
    <message>
        <source>Next visit due after this one: %1</source>
        <translation>Next visit due after this one: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
</context>
</TS>
