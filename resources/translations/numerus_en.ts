<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The English singular of the plural messages (English is the source language, written in the plural). Kept by hand; tests/unit/test_translations.py names a missing one. -->
<TS version="2.1" language="en_GB">
<context>
    <name>AccessHistoryDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>Audit chain intact: %n entries</source>
        <translation>
            <numerusform>Audit chain intact: %n entry</numerusform>
            <numerusform>Audit chain intact: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOfficeRegister</name>
    <message numerus="yes">
        <source>Hand the %n selected cases over to:</source>
        <translation>
            <numerusform>Hand the selected case over to:</numerusform>
            <numerusform>Hand the %n selected cases over to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases move to {name}. They go to that coordinator&apos;s laptop with the next bundle. Go on?</source>
        <translation>
            <numerusform>%n case moves to {name}. It goes to that coordinator's laptop with the next bundle. Go on?</numerusform>
            <numerusform>%n cases move to {name}. They go to that coordinator's laptop with the next bundle. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases were handed over to {name}.</source>
        <translation>
            <numerusform>%n case was handed over to {name}.</numerusform>
            <numerusform>%n cases were handed over to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BsnField</name>
    <message numerus="yes">
        <source>Copy the BSN; the clipboard is cleared after %n seconds</source>
        <translation>
            <numerusform>Copy the BSN; the clipboard is cleared after %n second</numerusform>
            <numerusform>Copy the BSN; the clipboard is cleared after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionHistoryDialog</name>
    <message numerus="yes">
        <source>%n corrections</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>Of these rows %n would be refused.</source>
        <translation>
            <numerusform>Of these rows %n would be refused.</numerusform>
            <numerusform>Of these rows %n would be refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorCasesDialog</name>
    <message numerus="yes">
        <source>{title}: %n cases</source>
        <translation>
            <numerusform>{title}: %n case</numerusform>
            <numerusform>{title}: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these cases were erased: they still count, without a name.</source>
        <translation>
            <numerusform>%n of these cases was erased: it still counts, without a name.</numerusform>
            <numerusform>%n of these cases were erased: they still count, without a name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationResultDialog</name>
    <message numerus="yes">
        <source>Already read in and skipped: %n lines (lines {lines}).</source>
        <translation>
            <numerusform>Already read in and skipped: %n line (line {lines}).</numerusform>
            <numerusform>Already read in and skipped: %n lines (lines {lines}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To check in the inbox: %n lines (lines {lines}). Their BSN belongs to a known client with another name or date of birth; nothing was changed until you decide.</source>
        <translation>
            <numerusform>To check in the inbox: %n line (line {lines}). Its BSN belongs to a known client with another name or date of birth; nothing was changed until you decide.</numerusform>
            <numerusform>To check in the inbox: %n lines (lines {lines}). Their BSN belongs to a known client with another name or date of birth; nothing was changed until you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered as history, released before today: %n lines (lines {lines}).</source>
        <translation>
            <numerusform>Registered as history, released before today: %n line (line {lines}).</numerusform>
            <numerusform>Registered as history, released before today: %n lines (lines {lines}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationsScreen</name>
    <message numerus="yes">
        <source>To check: %n notifications with the BSN of a known client and another name or date of birth</source>
        <translation>
            <numerusform>To check: %n notification with the BSN of a known client and another name or date of birth</numerusform>
            <numerusform>To check: %n notifications with the BSN of a known client and another name or date of birth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications wait for a coordinator.</source>
        <translation>
            <numerusform>%n notification waits for a coordinator.</numerusform>
            <numerusform>%n notifications wait for a coordinator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are past the date to exchange information.</source>
        <translation>
            <numerusform>%n of them is past the date to exchange information.</numerusform>
            <numerusform>%n of them are past the date to exchange information.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit per laptop (set by IT): %n cases.</source>
        <translation>
            <numerusform>Limit per laptop (set by IT): %n case.</numerusform>
            <numerusform>Limit per laptop (set by IT): %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected notifications to:</source>
        <translation>
            <numerusform>Give the selected notification to:</numerusform>
            <numerusform>Give the %n selected notifications to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the notifications had just been taken by a colleague; they keep the coordinator they were given.</source>
        <translation>
            <numerusform>%n of the notifications had just been taken by a colleague; it keeps the coordinator it was given.</numerusform>
            <numerusform>%n of the notifications had just been taken by a colleague; they keep the coordinator they were given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>%n cases were removed from this laptop.</source>
        <translation>
            <numerusform>%n case was removed from this laptop.</numerusform>
            <numerusform>%n cases were removed from this laptop.</numerusform>
        </translation>
    </message>
</context>
</TS>
