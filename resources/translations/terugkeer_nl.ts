<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Terugkeer</source>
        <translation>Over Terugkeer</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Bundled libraries and fonts</source>
        <translation>Meegeleverde bibliotheken en lettertypen</translation>
    </message>
    <message>
        <source>see the licence text</source>
        <translation>zie de licentietekst</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Aftercare for residents leaving prison: intake, plan of approach and synchronisation, encrypted and offline. Licence: EUPL-1.2.
Terugkeer is built with the libraries and fonts below; choose one to read its licence.</source>
        <translation>Nazorg voor inwoners die uit detentie komen: intake, plan van aanpak en synchronisatie, versleuteld en offline. Licentie: EUPL-1.2.
Terugkeer is gemaakt met de bibliotheken en lettertypen hieronder; kies er een om de licentie te lezen.</translation>
    </message>
    <message>
        <source>{name} ships no licence text.</source>
        <translation>{name} levert geen licentietekst mee.</translation>
    </message>
</context>
<context>
    <name>AccessHistoryDialog</name>
    <message>
        <source>Access history</source>
        <translation>Toegangsgeschiedenis</translation>
    </message>
    <message>
        <source>Everyone who viewed or changed this client&apos;s file, here and on the coordinators&apos; laptops, oldest first. The client has the right to receive this overview (AVG right of access).</source>
        <translation>Iedereen die het dossier van deze cliënt heeft bekeken of gewijzigd, hier en op de laptops van de nazorgcoördinatoren, de oudste eerst. De cliënt heeft recht op dit overzicht (recht op inzage, AVG).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <source>Access request {client}.pdf</source>
        <translation>Inzage {client}.pdf</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <source>The client receives everything this workspace holds about them as a PDF: personal and detention data, the intake, plans, consents, to whom data was given, and who looked at their file.</source>
        <translation>De cliënt krijgt alles wat deze werkmap over hem of haar bevat als PDF: persoons- en detentiegegevens, de intake, plannen, toestemmingen, aan wie gegevens zijn gegeven en wie het dossier heeft bekeken.</translation>
    </message>
    <message>
        <source>Internal notes that may be withheld</source>
        <translation>Interne notities die achtergehouden mogen worden</translation>
    </message>
    <message>
        <source>&amp;Include internal notes</source>
        <translation>&amp;Interne notities meenemen</translation>
    </message>
    <message>
        <source>Only after checking that the notes do not touch the rights of others</source>
        <translation>Alleen nadat je hebt nagegaan dat de notities de rechten van anderen niet raken</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>The file is not encrypted</source>
        <translation>Het bestand is niet versleuteld</translation>
    </message>
    <message>
        <source>{where} (case {case})</source>
        <translation>{where} (traject {case})</translation>
    </message>
    <message>
        <source>These internal notes may be withheld when they touch the rights of others (AVG art. 15(4)). They are left out and marked as withheld, unless you include them:</source>
        <translation>Deze interne notities mogen worden achtergehouden als ze de rechten van anderen raken (AVG art. 15 lid 4). Ze worden weggelaten en als achtergehouden vermeld, tenzij je ze meeneemt:</translation>
    </message>
    <message>
        <source>There are no internal notes: everything goes in.</source>
        <translation>Er zijn geen interne notities: alles gaat mee.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved as {path}. The file is not encrypted.</source>
        <translation>Opgeslagen als {path}. Het bestand is niet versleuteld.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Uitschakelen…</translation>
    </message>
    <message>
        <source>The account can no longer log in; the audit log keeps its name</source>
        <translation>Het account kan dan niet meer inloggen; het auditlog bewaart de naam</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>&amp;Nieuw wachtwoord…</translation>
    </message>
    <message>
        <source>For someone who lost their passphrase</source>
        <translation>Voor iemand die het wachtwoord kwijt is</translation>
    </message>
    <message>
        <source>Everyone who works with Terugkeer has an account of their own: the audit log names it with everything it does. The roles decide what an account may see and do.</source>
        <translation>Iedereen die met Terugkeer werkt, heeft een eigen account: het auditlog noemt het bij alles wat het doet. De rollen bepalen wat een account mag zien en doen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Disable the account {login} ({name})? It can no longer log in. What it did stays in the audit log under its name.</source>
        <translation>Het account {login} ({name}) uitschakelen? Het kan dan niet meer inloggen. Wat het gedaan heeft, blijft onder die naam in het auditlog staan.</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Add a follow-up action (Ctrl+Shift+N)</source>
        <translation>Vervolgactie toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>Nog geen vervolgacties.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Remove the action “{what}”?</source>
        <translation>De actie “{what}” verwijderen?</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Account &amp;toevoegen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>for example jdevries</source>
        <translation>bijvoorbeeld jdevries</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>as the office knows the person, for example Jan de Vries</source>
        <translation>zoals het kantoor de persoon kent, bijvoorbeeld Jan de Vries</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>On the server the passphrase may stay empty: the person then logs in with the municipality&apos;s single sign-on.</source>
        <translation>Op de server mag het wachtwoord leeg blijven: de persoon logt dan in met de single sign-on van de gemeente.</translation>
    </message>
</context>
<context>
    <name>AddGroundDialog</name>
    <message>
        <source>Add legal basis</source>
        <translation>Grondslag toevoegen</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Genoteerd op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Grondslag</translation>
    </message>
    <message>
        <source>&amp;Noted on</source>
        <translation>Genoteerd o&amp;p</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Consent is not added here: record it as a consent, with what it covers.</source>
        <translation>Toestemming voeg je hier niet toe: leg die vast als toestemming, met waarvoor die geldt.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Verify audit &amp;chain</source>
        <translation>Auditketen &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %n entries</source>
        <translation>
            <numerusform>Auditketen in orde: %n regel</numerusform>
            <numerusform>Auditketen in orde: %n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Name or BSN</source>
        <translation>Naam of BSN</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the entries that pass the filters as CSV; the export is itself recorded in the audit log.</source>
        <translation>Sla de regels die door de filters komen op als CSV. Ook deze export wordt in het auditlog vastgelegd.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Regels van het auditlog</translation>
    </message>
    <message>
        <source>Cli&amp;ent:</source>
        <translation>C&amp;liënt:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;n:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Auditlog exporteren</translation>
    </message>
    <message>
        <source>No audit entries to show.</source>
        <translation>Geen regels van het auditlog om te tonen.</translation>
    </message>
    <message>
        <source>No audit entries pass the filters.</source>
        <translation>Geen auditregels voor deze filters.</translation>
    </message>
    <message>
        <source>Latest {count} audit entries that pass the filters, newest first</source>
        <translation>De laatste {count} regels van het auditlog die door de filters komen, nieuwste eerst</translation>
    </message>
    <message>
        <source>Audit entries that pass the filters: {count}, newest first</source>
        <translation>Regels van het auditlog die door de filters komen: {count}, nieuwste eerst</translation>
    </message>
    <message>
        <source>{count} audit entries saved in {path}. The export is recorded in the audit log.</source>
        <translation>Regels van het auditlog opgeslagen in {path}: {count}. De export is vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>The audit log cannot be read — report this to the privacy officer</source>
        <translation>Het auditlog is niet te lezen — meld dit aan de privacyfunctionaris</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry {seq} — report this to the privacy officer</source>
        <translation>Auditketen VERBROKEN bij regel {seq} — meld dit aan de privacyfunctionaris</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Not saved yet; it is tried again when you move on.</source>
        <translation>Nog niet opgeslagen; als je verdergaat, wordt het opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>BackOfficeRegister</name>
    <message>
        <source>&amp;Hand over to…</source>
        <translation>Overdra&amp;gen aan…</translation>
    </message>
    <message>
        <source>Give the selected cases to another aftercare coordinator</source>
        <translation>De gekozen trajecten aan een andere nazorgcoördinator geven</translation>
    </message>
    <message>
        <source>Hand over cases</source>
        <translation>Trajecten overdragen</translation>
    </message>
    <message numerus="yes">
        <source>Hand the %n selected cases over to:</source>
        <translation>
            <numerusform>Het gekozen traject overdragen aan:</numerusform>
            <numerusform>De %n gekozen trajecten overdragen aan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases move to {name}. They go to that coordinator&apos;s laptop with the next bundle. Go on?</source>
        <translation>
            <numerusform>%n traject gaat over naar {name}. Het gaat met de volgende bundel naar de laptop van die coördinator. Doorgaan?</numerusform>
            <numerusform>%n trajecten gaan over naar {name}. Ze gaan met de volgende bundel naar de laptop van die coördinator. Doorgaan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cases were handed over to {name}.</source>
        <translation>
            <numerusform>%n traject is overgedragen aan {name}.</numerusform>
            <numerusform>%n trajecten zijn overgedragen aan {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to hand over: the selected cases are closed or already with {name}.</source>
        <translation>Niets over te dragen: de gekozen trajecten zijn afgesloten of al van {name}.</translation>
    </message>
</context>
<context>
    <name>BadgeLabel</name>
    <message>
        <source>Consent: {badge}</source>
        <translation>Toestemming: {badge}</translation>
    </message>
</context>
<context>
    <name>BatchPlanDialog</name>
    <message>
        <source>Save plans</source>
        <translation>Plannen opslaan</translation>
    </message>
    <message>
        <source>Print plans</source>
        <translation>Plannen afdrukken</translation>
    </message>
    <message>
        <source>Looking up which of the selected cases have a plan…</source>
        <translation>Nagaan welke gekozen trajecten een plan hebben…</translation>
    </message>
    <message>
        <source>&amp;View the plans…</source>
        <translation>Plannen &amp;bekijken…</translation>
    </message>
    <message>
        <source>The plans one after the other, as printed</source>
        <translation>De plannen na elkaar, zoals ze worden afgedrukt</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Save 1 plan…</source>
        <translation>1 plan &amp;opslaan…</translation>
    </message>
    <message>
        <source>&amp;Save {count} plans…</source>
        <translation>{count} plannen &amp;opslaan…</translation>
    </message>
    <message>
        <source>&amp;Print 1 plan…</source>
        <translation>1 plan &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Print {count} plans…</source>
        <translation>{count} plannen &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Each plan is saved as its own file, named after the person, the case and today, such as &quot;{name}&quot;. The files are not encrypted.</source>
        <translation>Elk plan komt in een eigen bestand, met de naam van de persoon, het traject en de datum van vandaag, zoals &quot;{name}&quot;. De bestanden zijn niet versleuteld.</translation>
    </message>
    <message>
        <source>The plans are printed in one print job, in the order of the register, each for the client and the own file, with the BSN masked.</source>
        <translation>De plannen worden in één keer afgedrukt, in de volgorde van het register, elk voor de cliënt en het eigen dossier, met een afgeschermd BSN.</translation>
    </message>
    <message>
        <source>The selected cases could not be looked up.</source>
        <translation>De gekozen trajecten konden niet worden opgezocht.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed.</source>
        <translation>Geannuleerd: er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Geannuleerd: er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>BatchPreviewDialog</name>
    <message>
        <source>Plans of approach</source>
        <translation>Plannen van aanpak</translation>
    </message>
    <message>
        <source>Whose plan is shown</source>
        <translation>Van wie het getoonde plan is</translation>
    </message>
    <message>
        <source>P&amp;lan of:</source>
        <translation>P&amp;lan van:</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>The previous plan (Ctrl+PgUp)</source>
        <translation>Het vorige plan (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <source>The next plan (Ctrl+PgDown)</source>
        <translation>Het volgende plan (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Save this plan…</source>
        <translation>Dit plan &amp;opslaan…</translation>
    </message>
    <message>
        <source>&amp;Save all {count} plans…</source>
        <translation>Alle {count} plannen &amp;opslaan…</translation>
    </message>
    <message>
        <source>&amp;Print this plan…</source>
        <translation>Dit plan &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Print all {count} plans…</source>
        <translation>Alle {count} plannen &amp;afdrukken…</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} van {count}</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Printing plans</source>
        <translation>Plannen afdrukken</translation>
    </message>
</context>
<context>
    <name>BatchSave</name>
    <message>
        <source>Saving plans</source>
        <translation>Plannen opslaan</translation>
    </message>
</context>
<context>
    <name>BsnField</name>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Show the BSN</source>
        <translation>BSN tonen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the BSN</source>
        <translation>BSN kopiëren</translation>
    </message>
    <message numerus="yes">
        <source>Copy the BSN; the clipboard is cleared after %n seconds</source>
        <translation>
            <numerusform>Kopieer het BSN; na %n seconde wordt het klembord leeggemaakt</numerusform>
            <numerusform>Kopieer het BSN; na %n seconden wordt het klembord leeggemaakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <source>Making bundle</source>
        <translation>Bundel maken</translation>
    </message>
    <message>
        <source>Making the bundle for {label}…</source>
        <translation>De bundel voor {label} wordt gemaakt…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>Reading bundles</source>
        <translation>Bundels inlezen</translation>
    </message>
    <message>
        <source>Stopping after the bundle being read now…</source>
        <translation>Stopt na de bundel die nu wordt ingelezen…</translation>
    </message>
</context>
<context>
    <name>BundleRuns</name>
    <message>
        <source>Bundle {number} of {total}</source>
        <translation>Bundel {number} van {total}</translation>
    </message>
</context>
<context>
    <name>CaseScreen</name>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Surname prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Municipality of registration</source>
        <translation>Gemeente van inschrijving</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>PI (prison)</source>
        <translation>PI (penitentiaire inrichting)</translation>
    </message>
    <message>
        <source>Start of detention</source>
        <translation>Begin detentie</translation>
    </message>
    <message>
        <source>E&amp;xpected release</source>
        <translation>Ver&amp;wachte vrijlating</translation>
    </message>
    <message>
        <source>Expected release date known</source>
        <translation>Verwachte datum van vrijlating bekend</translation>
    </message>
    <message>
        <source>Expected release date</source>
        <translation>Verwachte datum van vrijlating</translation>
    </message>
    <message>
        <source>A&amp;ctual release</source>
        <translation>Wer&amp;kelijke vrijlating</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vrijgelaten</translation>
    </message>
    <message>
        <source>Actual release date</source>
        <translation>Werkelijke datum van vrijlating</translation>
    </message>
    <message>
        <source>Detention shorter than 10 days: no duty of care</source>
        <translation>Detentie korter dan 10 dagen: geen zorgplicht</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status van het traject</translation>
    </message>
    <message>
        <source>Dates of the status steps</source>
        <translation>Datums van de statusstappen</translation>
    </message>
    <message>
        <source>Case direction</source>
        <translation>Casusregie</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the register (Esc)</source>
        <translation>Terug naar het register (Esc)</translation>
    </message>
    <message>
        <source>Access &amp;history…</source>
        <translation>Toegangsgesc&amp;hiedenis…</translation>
    </message>
    <message>
        <source>Inta&amp;ke and plan</source>
        <translation>Intake en p&amp;lan</translation>
    </message>
    <message>
        <source>The intake interview, triage and plan of approach of this case</source>
        <translation>Het intakegesprek, de triage en het plan van aanpak van dit traject</translation>
    </message>
    <message>
        <source>Consent and &amp;legal basis</source>
        <translation>Toestemming en g&amp;rondslag</translation>
    </message>
    <message>
        <source>The legal bases, consents and revocations of this case</source>
        <translation>De grondslagen, toestemmingen en intrekkingen van dit traject</translation>
    </message>
    <message>
        <source>View plan of approach…</source>
        <translation>Plan van aanpak bekijken…</translation>
    </message>
    <message>
        <source>View consent form…</source>
        <translation>Toestemmingsformulier bekijken…</translation>
    </message>
    <message>
        <source>Preview, print or save the consent form, blank or filled in</source>
        <translation>Het toestemmingsformulier bekijken, afdrukken of opslaan, leeg of ingevuld</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Given names *</source>
        <translation>&amp;Voornamen *</translation>
    </message>
    <message>
        <source>Surname &amp;prefix</source>
        <translation>&amp;Tussenvoegsel</translation>
    </message>
    <message>
        <source>Sur&amp;name *</source>
        <translation>&amp;Achternaam *</translation>
    </message>
    <message>
        <source>Date of &amp;birth *</source>
        <translation>&amp;Geboortedatum *</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>&amp;Municipality of registration</source>
        <translation>Ge&amp;meente van inschrijving</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adre&amp;s</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>P&amp;I *</source>
        <translation>&amp;PI *</translation>
    </message>
    <message>
        <source>Sta&amp;rt of detention *</source>
        <translation>Begin &amp;detentie *</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status dates</source>
        <translation>Statusdatums</translation>
    </message>
    <message>
        <source>Case &amp;direction</source>
        <translation>&amp;Casusregie</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translation>Nazorgc&amp;oördinator</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detentie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>View inta&amp;ke</source>
        <translation>Intake &amp;bekijken</translation>
    </message>
    <message>
        <source>New client and case</source>
        <translation>Nieuwe cliënt en traject</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Not saved: this BSN belongs to another client. Check the BSN, or save again to choose.</source>
        <translation>Niet opgeslagen: dit BSN hoort bij een andere cliënt. Controleer het BSN, of sla opnieuw op om te kiezen.</translation>
    </message>
    <message>
        <source>This BSN belongs to another client: check it.</source>
        <translation>Dit BSN hoort bij een andere cliënt: controleer het.</translation>
    </message>
    <message>
        <source>Not saved: check the BSN.</source>
        <translation>Niet opgeslagen: controleer het BSN.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the case. Your input is still here; save again to choose.</source>
        <translation>Niet opgeslagen: iemand anders heeft het traject gewijzigd. Je invoer staat er nog; sla opnieuw op om te kiezen.</translation>
    </message>
    <message>
        <source>Preview, print or save the plan of approach (Ctrl+P)</source>
        <translation>Het plan van aanpak bekijken, afdrukken of opslaan (Ctrl+P)</translation>
    </message>
    <message>
        <source>There is no plan of approach yet: start the intake first (Intake and plan)</source>
        <translation>Er is nog geen plan van aanpak: begin eerst de intake (Intake en plan)</translation>
    </message>
    <message>
        <source>Read the intake interview, triage and plan of approach of this case</source>
        <translation>Het intakegesprek, de triage en het plan van aanpak van dit traject lezen</translation>
    </message>
    <message>
        <source>There is no intake yet: the coordinator of the case starts it</source>
        <translation>Er is nog geen intake: de nazorgcoördinator van het traject start die</translation>
    </message>
    <message>
        <source>Read only: your role does not allow changes to the case file.</source>
        <translation>Alleen lezen: je rol staat geen wijzigingen in het dossier toe.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Aftercare ends on {date}</source>
        <translation>Nazorg eindigt op {date}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Aftercare for (ex-)detainees.</source>
        <translation>Nazorg voor (ex-)gedetineerden.</translation>
    </message>
    <message>
        <source>workspace folder (default: the user&apos;s data folder)</source>
        <translation>werkmap (standaard: de gegevensmap van de gebruiker)</translation>
    </message>
    <message>
        <source>read the passphrase from this file</source>
        <translation>het wachtwoord uit dit bestand lezen</translation>
    </message>
    <message>
        <source>create a demo workspace with fictional people</source>
        <translation>een demowerkmap met fictieve personen maken</translation>
    </message>
    <message>
        <source>verify the database and the audit chain</source>
        <translation>de database en de auditketen controleren</translation>
    </message>
    <message>
        <source>write the plan of approach or the consent form of a case to a PDF file</source>
        <translation>het plan van aanpak of het toestemmingsformulier van een traject naar een PDF-bestand schrijven</translation>
    </message>
    <message>
        <source>plan: plan of approach; consent: consent form</source>
        <translation>plan: plan van aanpak; consent: toestemmingsformulier</translation>
    </message>
    <message>
        <source>the case id</source>
        <translation>het id van het traject</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>het PDF-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>print the whole BSN instead of only its last 3 digits</source>
        <translation>het hele BSN afdrukken in plaats van alleen de laatste 3 cijfers</translation>
    </message>
    <message>
        <source>plan: print for this chain partner, leaving out what may not go to it</source>
        <translation>plan: afdrukken voor deze ketenpartner, zonder wat niet naar hem mag</translation>
    </message>
    <message>
        <source>test the whole pipeline on a temporary workspace</source>
        <translation>alle stappen testen op een tijdelijke werkmap</translation>
    </message>
    <message>
        <source>leave the workspace and outputs in this folder</source>
        <translation>de werkmap en de uitvoer in deze map bewaren</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>Repeat passphrase: </source>
        <translation>Herhaal het wachtwoord: </translation>
    </message>
    <message>
        <source>the workspace folder</source>
        <translation>de map van de werkmap</translation>
    </message>
    <message>
        <source>the municipality&apos;s server: postgresql://… or service=NAME (libpq: PGPASSWORD, ~/.pgpass, Kerberos)</source>
        <translation>de server van de gemeente: postgresql://… of service=NAAM (libpq: PGPASSWORD, ~/.pgpass, Kerberos)</translation>
    </message>
    <message>
        <source>the office key file, for bundles and device keys on the server (or TERUGKEER_OFFICE_KEY)</source>
        <translation>het kantoorsleutelbestand, voor bundels en apparaatsleutels op de server (of TERUGKEER_OFFICE_KEY)</translation>
    </message>
    <message>
        <source>the account to open it as (default: the only account, or the one that made the workspace)</source>
        <translation>het account waarmee je de werkmap opent (standaard: het enige account, of het account dat de werkmap heeft gemaakt)</translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation>Het aantal trajecten kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Database: OK (schema, grants and row-level security as this version wants them)</source>
        <translation>Database: OK (schema, rechten en beveiliging per rij zoals deze versie ze wil)</translation>
    </message>
    <message>
        <source>Database: OK (encryption and structure intact)</source>
        <translation>Database: OK (versleuteling en structuur in orde)</translation>
    </message>
    <message>
        <source>Database: DAMAGED. Restore the latest backup and contact IT.</source>
        <translation>Database: BESCHADIGD. Zet de laatste back-up terug en neem contact op met IT.</translation>
    </message>
    <message>
        <source>Audit log: UNREADABLE. Restore the latest backup and contact IT.</source>
        <translation>Auditlog: NIET TE LEZEN. Zet de laatste back-up terug en neem contact op met IT.</translation>
    </message>
    <message>
        <source>Demo workspace created in {folder} with {count} cases.</source>
        <translation>Demowerkmap gemaakt in {folder} met {count} trajecten.</translation>
    </message>
    <message>
        <source>consent: show every consent in force, ticked per organisation, with what was revoked and when</source>
        <translation>consent: elke geldende toestemming tonen, aangekruist per organisatie, met wat is ingetrokken en vanaf wanneer</translation>
    </message>
    <message>
        <source>re-encrypt a workspace folder under a new database key (after a passphrase may have leaked)</source>
        <translation>een werkmap opnieuw versleutelen met een nieuwe databasesleutel (als een wachtwoord misschien is uitgelekt)</translation>
    </message>
    <message>
        <source>Audit log: OK ({count} entries, chain intact)</source>
        <translation>Auditlog: OK ({count} regels, keten in orde)</translation>
    </message>
    <message>
        <source>Audit log: TAMPERED at entry {seq}. Report this to your privacy officer.</source>
        <translation>Auditlog: GEMANIPULEERD bij regel {seq}. Meld dit aan je privacyfunctionaris.</translation>
    </message>
    <message>
        <source>Synchronisation with {peer}: DIFFERENT. Its last bundle showed {count} record(s) that differ from this workspace; they are sent again with the next bundle. See the Synchronisation screen.</source>
        <translation>Synchronisatie met {peer}: VERSCHIL. Volgens de laatste bundel wijken gegevens af van deze werkmap (aantal: {count}); die gaan opnieuw mee met de volgende bundel. Zie het scherm Synchronisatie.</translation>
    </message>
    <message>
        <source>The database key of {folder} has been replaced; the backups are under the new key too. Other accounts of this workspace need a new passphrase from the application manager.</source>
        <translation>De databasesleutel van {folder} is vervangen; ook de back-ups gebruiken nu de nieuwe sleutel. Andere accounts van deze werkmap krijgen een nieuw wachtwoord van de functioneel beheerder.</translation>
    </message>
    <message>
        <source>Written: {path} ({pages} pages).</source>
        <translation>Geschreven: {path} ({pages} pagina&apos;s).</translation>
    </message>
    <message>
        <source>Left out: {category} ({reason}).</source>
        <translation>Weggelaten: {category} ({reason}).</translation>
    </message>
    <message>
        <source>This PDF is not encrypted. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Deze PDF is niet versleuteld. Bewaar hem veilig en verwijder hem zodra hij niet meer nodig is.</translation>
    </message>
    <message>
        <source>Create encrypted workspace</source>
        <translation>Versleutelde werkmap maken</translation>
    </message>
    <message>
        <source>Write client and case</source>
        <translation>Cliënt en traject opslaan</translation>
    </message>
    <message>
        <source>Read them back</source>
        <translation>Cliënt en traject teruglezen</translation>
    </message>
    <message>
        <source>Checklist templates valid</source>
        <translation>Checklistsjablonen in orde</translation>
    </message>
    <message>
        <source>Intake saved and read back</source>
        <translation>Intake opgeslagen en teruggelezen</translation>
    </message>
    <message>
        <source>Plan of approach saved and read back</source>
        <translation>Plan van aanpak opgeslagen en teruggelezen</translation>
    </message>
    <message>
        <source>Plan of approach printed to PDF</source>
        <translation>Plan van aanpak als PDF gemaakt</translation>
    </message>
    <message>
        <source>Consent form printed to PDF</source>
        <translation>Toestemmingsformulier als PDF gemaakt</translation>
    </message>
    <message>
        <source>Lock and unlock</source>
        <translation>Vergrendelen en ontgrendelen</translation>
    </message>
    <message>
        <source>Wrong passphrase refused</source>
        <translation>Verkeerd wachtwoord geweigerd</translation>
    </message>
    <message>
        <source>No readable data on disk</source>
        <translation>Geen leesbare gegevens op de schijf</translation>
    </message>
    <message>
        <source>Database integrity and audit chain</source>
        <translation>Database en auditketen in orde</translation>
    </message>
    <message>
        <source>Bundle made for a back office and read in there</source>
        <translation>Bundel gemaakt voor een backoffice en daar ingelezen</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Zelftest geslaagd.</translation>
    </message>
    <message>
        <source>Self-test FAILED: see the lines marked FAIL.</source>
        <translation>Zelftest MISLUKT: zie de regels met FOUT.</translation>
    </message>
</context>
<context>
    <name>CliAccounts</name>
    <message>
        <source>personal accounts and their roles (application manager)</source>
        <translation>persoonlijke accounts en hun rollen (functioneel beheerder)</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>een account toevoegen</translation>
    </message>
    <message>
        <source>a role of the account (repeat for more)</source>
        <translation>een rol van het account (herhaal voor meer rollen)</translation>
    </message>
    <message>
        <source>the name the office knows the person by (default: the login)</source>
        <translation>de naam waaronder het kantoor de persoon kent (standaard: de gebruikersnaam)</translation>
    </message>
    <message>
        <source>the new account&apos;s passphrase, from this file (on the server without it: Kerberos only)</source>
        <translation>het wachtwoord van het nieuwe account, uit dit bestand (op de server zonder: alleen Kerberos)</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>de accounts tonen</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>uitvoer als één JSON-document</translation>
    </message>
    <message>
        <source>disable an account: it can no longer log in</source>
        <translation>een account uitschakelen: het kan niet meer inloggen</translation>
    </message>
    <message>
        <source>give an account exactly these roles</source>
        <translation>een account precies deze rollen geven</translation>
    </message>
    <message>
        <source>a new passphrase for someone who lost theirs</source>
        <translation>een nieuw wachtwoord voor iemand die het wachtwoord kwijt is</translation>
    </message>
    <message>
        <source>the new passphrase, from this file</source>
        <translation>het nieuwe wachtwoord, uit dit bestand</translation>
    </message>
    <message>
        <source>the account&apos;s login, e.g. jdevries</source>
        <translation>de gebruikersnaam van het account, bijvoorbeeld jdevries</translation>
    </message>
    <message>
        <source>Passphrase of the account: </source>
        <translation>Wachtwoord van het account: </translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Herhaal: </translation>
    </message>
    <message>
        <source>Account {login} added ({roles}).</source>
        <translation>Account {login} toegevoegd ({roles}).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>Account {login} disabled: it can no longer log in.</source>
        <translation>Account {login} uitgeschakeld: het kan niet meer inloggen.</translation>
    </message>
    <message>
        <source>Account {login} now has: {roles}.</source>
        <translation>Account {login} heeft nu: {roles}.</translation>
    </message>
    <message>
        <source>Account {login} has a new passphrase.</source>
        <translation>Account {login} heeft een nieuw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>CliBackOffice</name>
    <message>
        <source>read in notifications from the prison system (back office)</source>
        <translation>meldingen uit het systeem van de PI inlezen (backoffice)</translation>
    </message>
    <message>
        <source>read in a list of notifications (CSV or Excel) into the inbox</source>
        <translation>een lijst met meldingen (CSV of Excel) in de inbox inlezen</translation>
    </message>
    <message>
        <source>the list of notifications (.csv or .xlsx)</source>
        <translation>de lijst met meldingen (.csv of .xlsx)</translation>
    </message>
    <message>
        <source>write the monitor of a period (no personal data) to CSV, Excel or PDF</source>
        <translation>de monitor van een periode (zonder persoonsgegevens) naar CSV, Excel of PDF schrijven</translation>
    </message>
    <message>
        <source>first day of the period (also YYYY-MM-DD)</source>
        <translation>eerste dag van de periode (ook JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>last day of the period, included</source>
        <translation>laatste dag van de periode, inbegrepen</translation>
    </message>
    <message>
        <source>the file to write: .csv, .xlsx or .pdf</source>
        <translation>het bestand om te schrijven: .csv, .xlsx of .pdf</translation>
    </message>
    <message>
        <source>{text} is not a date; use DD-MM-YYYY, for example 31-12-2025</source>
        <translation>{text} is geen datum; gebruik DD-MM-JJJJ, bijvoorbeeld 31-12-2025</translation>
    </message>
    <message>
        <source>the date of the list, when it has no column with the date of notification</source>
        <translation>de datum van de lijst, als die geen kolom met de datum van melding heeft</translation>
    </message>
    <message>
        <source>Read in: {path} (column mapping: {mapping})</source>
        <translation>Ingelezen: {path} (kolomindeling: {mapping})</translation>
    </message>
    <message>
        <source>New cases in the inbox: {count} (of which for people already known: {known})</source>
        <translation>Nieuwe trajecten in de inbox: {count} (waarvan voor personen die al bekend zijn: {known})</translation>
    </message>
    <message>
        <source>Left out as already read in: {count} (lines: {lines})</source>
        <translation>Al eerder ingelezen en overgeslagen: {count} (regels: {lines})</translation>
    </message>
    <message>
        <source>To check in the inbox: {count} (lines: {lines}): the BSN belongs to a known client with another name or date of birth; nothing was changed</source>
        <translation>Te controleren in de inbox: {count} (regels: {lines}): het BSN hoort bij een bekende cliënt met een andere naam of geboortedatum; er is niets veranderd</translation>
    </message>
    <message>
        <source>Registered as history, released before today: {count} (lines: {lines})</source>
        <translation>Vastgelegd als geschiedenis, vrijgelaten vóór vandaag: {count} (regels: {lines})</translation>
    </message>
    <message>
        <source>Refused: {count}</source>
        <translation>Geweigerd: {count}</translation>
    </message>
    <message>
        <source>Correct the refused rows in the list and read it in again; rows read in already are not added twice.</source>
        <translation>Verbeter de geweigerde regels in de lijst en lees die opnieuw in; regels die al zijn ingelezen komen er niet dubbel in.</translation>
    </message>
    <message>
        <source>Report written: {path} ({start} to {end}).</source>
        <translation>Rapport geschreven: {path} ({start} t/m {end}).</translation>
    </message>
    <message>
        <source>It holds no personal data: only totals, with counts below {threshold} hidden.</source>
        <translation>Het bevat geen persoonsgegevens: alleen totalen, aantallen onder {threshold} verborgen.</translation>
    </message>
</context>
<context>
    <name>CliLists</name>
    <message>
        <source>print one JSON document, also when the file is refused</source>
        <translation>druk één JSON-document af, ook als het bestand wordt geweigerd</translation>
    </message>
    <message>
        <source>the column mapping: a saved or IT&apos;s mapping by name, or a mapping file (.json); without it, one is chosen by the headers</source>
        <translation>de kolomindeling: een opgeslagen indeling of die van ICT op naam, of een indelingsbestand (.json); zonder deze optie wordt er een gekozen op de kolomnamen</translation>
    </message>
</context>
<context>
    <name>CliReleases</name>
    <message>
        <source>read in ends of detention and transfers from the prison system (back office)</source>
        <translation>einde detentie en overplaatsingen uit het gevangenissysteem inlezen (backoffice)</translation>
    </message>
    <message>
        <source>read in a list of ends of detention and transfers (CSV or Excel)</source>
        <translation>een lijst met einde detentie en overplaatsingen inlezen (CSV of Excel)</translation>
    </message>
    <message>
        <source>the list of ends of detention and transfers (.csv or .xlsx)</source>
        <translation>de lijst met einde detentie en overplaatsingen (.csv of .xlsx)</translation>
    </message>
    <message>
        <source>Read in: {path} (column mapping: {mapping})</source>
        <translation>Ingelezen: {path} (kolomindeling: {mapping})</translation>
    </message>
    <message>
        <source>Refused: {count}</source>
        <translation>Geweigerd: {count}</translation>
    </message>
</context>
<context>
    <name>CliServer</name>
    <message>
        <source>set up the municipality&apos;s server for a team back office (IT)</source>
        <translation>de server van de gemeente inrichten voor een backoffice met een team (IT)</translation>
    </message>
    <message>
        <source>schema, group roles, grants and policies, and the back office&apos;s keys</source>
        <translation>schema, groepsrollen, rechten en beleid, en de sleutels van de backoffice</translation>
    </message>
    <message>
        <source>the municipality&apos;s name</source>
        <translation>de naam van de gemeente</translation>
    </message>
    <message>
        <source>where to write the new office key file</source>
        <translation>waar het nieuwe kantoorsleutelbestand komt</translation>
    </message>
    <message>
        <source>bring the schema to this version</source>
        <translation>het schema naar deze versie brengen</translation>
    </message>
    <message>
        <source>move an embedded back office to the server</source>
        <translation>een backoffice uit een werkmap naar de server overbrengen</translation>
    </message>
    <message>
        <source>the database, as its owner: postgresql://… or service=NAME</source>
        <translation>de database, als eigenaar: postgresql://… of service=NAAM</translation>
    </message>
    <message>
        <source>the owner&apos;s password, from this file (else libpq&apos;s: PGPASSWORD, ~/.pgpass, Kerberos)</source>
        <translation>het wachtwoord van de eigenaar, uit dit bestand (anders dat van libpq: PGPASSWORD, ~/.pgpass, Kerberos)</translation>
    </message>
    <message>
        <source>The server is ready for back office {id}.</source>
        <translation>De server is klaar voor backoffice {id}.</translation>
    </message>
    <message>
        <source>Keep the office key {path} on the back-office PCs only, and a copy in the municipality&apos;s vault.</source>
        <translation>Bewaar de kantoorsleutel {path} alleen op de pc&apos;s van de backoffice, en een kopie in de kluis van de gemeente.</translation>
    </message>
    <message>
        <source>The schema is at this version; grants and policies made again.</source>
        <translation>Het schema is op deze versie; rechten en beleid zijn opnieuw gemaakt.</translation>
    </message>
    <message>
        <source>Moved: {cases} cases, {entries} audit entries; counts, the audit chain and the sync ledgers checked.</source>
        <translation>Overgebracht: {cases} trajecten, {entries} auditregels; aantallen, de auditketen en de synchronisatieadministratie gecontroleerd.</translation>
    </message>
    <message>
        <source>These accounts need a password (terugkeer accounts reset-password) or Kerberos: {logins}</source>
        <translation>Deze accounts hebben een wachtwoord nodig (terugkeer accounts reset-password) of Kerberos: {logins}</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>register other devices for synchronisation, and show this device&apos;s key</source>
        <translation>andere apparaten registreren voor synchronisatie, en de sleutel van dit apparaat tonen</translation>
    </message>
    <message>
        <source>write this device&apos;s public key file and show its fingerprint</source>
        <translation>het openbare sleutelbestand van dit apparaat schrijven en de vingerafdruk tonen</translation>
    </message>
    <message>
        <source>the key file to write</source>
        <translation>het sleutelbestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>add another device from its key file, after comparing the fingerprint</source>
        <translation>een ander apparaat toevoegen met zijn sleutelbestand, na het vergelijken van de vingerafdruk</translation>
    </message>
    <message>
        <source>the other device&apos;s key file</source>
        <translation>het sleutelbestand van het andere apparaat</translation>
    </message>
    <message>
        <source>the fingerprint as the other side reads it out (spaces and case do not matter)</source>
        <translation>de vingerafdruk zoals de andere kant die voorleest (spaties en hoofdletters maken niet uit)</translation>
    </message>
    <message>
        <source>revoke a device: its later bundles are refused</source>
        <translation>een apparaat intrekken: latere bundels ervan worden geweigerd</translation>
    </message>
    <message>
        <source>the device id (or its unique beginning)</source>
        <translation>de apparaat-id (of het unieke begin ervan)</translation>
    </message>
    <message>
        <source>why, for example: laptop lost</source>
        <translation>waarom, bijvoorbeeld: laptop kwijt</translation>
    </message>
    <message>
        <source>list the registered devices</source>
        <translation>de geregistreerde apparaten tonen</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>uitvoer als JSON</translation>
    </message>
    <message>
        <source>make or read in synchronisation bundles</source>
        <translation>synchronisatiebundels maken of inlezen</translation>
    </message>
    <message>
        <source>write a bundle for a registered device</source>
        <translation>een bundel schrijven voor een geregistreerd apparaat</translation>
    </message>
    <message>
        <source>a folder (for example the USB stick) or a file name ending in .terugkeer</source>
        <translation>een map (bijvoorbeeld de USB-stick) of een bestandsnaam die eindigt op .terugkeer</translation>
    </message>
    <message>
        <source>the device the bundle is for; needed when there is more than one</source>
        <translation>het apparaat waarvoor de bundel is; nodig als er meer dan één is</translation>
    </message>
    <message>
        <source>read in bundles, each on its own</source>
        <translation>bundels inlezen, elk afzonderlijk</translation>
    </message>
    <message>
        <source>bundle files, or folders meaning every .terugkeer file in them</source>
        <translation>bundelbestanden, of mappen: dan elk .terugkeer-bestand daarin</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>uitvoer als één JSON-document</translation>
    </message>
    <message>
        <source>Key file written: {path}</source>
        <translation>Sleutelbestand geschreven: {path}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>The key file holds no client data. Give it to the other side, and compare the fingerprint together by phone or on paper before either side adds the other.</source>
        <translation>Het sleutelbestand bevat geen cliëntgegevens. Geef het aan de andere kant, en vergelijk samen de vingerafdruk, telefonisch of op papier, voordat een van beide de ander toevoegt.</translation>
    </message>
    <message>
        <source>The fingerprint matches.</source>
        <translation>De vingerafdruk komt overeen.</translation>
    </message>
    <message>
        <source>Does this fingerprint match what the other side reads out? [y/N] </source>
        <translation>Komt deze vingerafdruk overeen met wat de andere kant voorleest? [j/N] </translation>
    </message>
    <message>
        <source>Added: {label} ({kind}). Bundles can now be exchanged with this device.</source>
        <translation>Toegevoegd: {label} ({kind}). Met dit apparaat kunnen nu bundels worden uitgewisseld.</translation>
    </message>
    <message>
        <source>Key file of: {label}</source>
        <translation>Sleutelbestand van: {label}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Soort: {kind}</translation>
    </message>
    <message>
        <source>Municipality: {municipality}</source>
        <translation>Gemeente: {municipality}</translation>
    </message>
    <message>
        <source>Device id: {device}</source>
        <translation>Apparaat-id: {device}</translation>
    </message>
    <message>
        <source>Revoked: {label} ({kind}). Bundles this device still sends will be refused.</source>
        <translation>Ingetrokken: {label} ({kind}). Bundels die dit apparaat nog stuurt, worden geweigerd.</translation>
    </message>
    <message>
        <source>No devices registered yet.</source>
        <translation>Nog geen apparaten geregistreerd.</translation>
    </message>
    <message>
        <source>Added on: {date}</source>
        <translation>Toegevoegd op: {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Bundle written: {path}</source>
        <translation>Bundel geschreven: {path}</translation>
    </message>
    <message>
        <source>For: {label} ({kind}); only that device can open it</source>
        <translation>Voor: {label} ({kind}); alleen dat apparaat kan hem openen</translation>
    </message>
    <message>
        <source>Number: {sequence}</source>
        <translation>Volgnummer: {sequence}</translation>
    </message>
    <message>
        <source>Records: {records} (cases: {cases}, audit entries: {audit})</source>
        <translation>Gegevens: {records} (trajecten: {cases}, auditregels: {audit})</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Grootte: {size}</translation>
    </message>
    <message>
        <source>Not sent, these cases stay on this device ({count}):</source>
        <translation>Niet meegestuurd; deze trajecten blijven op dit apparaat ({count}):</translation>
    </message>
    <message>
        <source>{path}: REFUSED: {reason}</source>
        <translation>{path}: GEWEIGERD: {reason}</translation>
    </message>
    <message>
        <source>{path}: already read in before (from {sender}, number {sequence}); nothing changed</source>
        <translation>{path}: al eerder ingelezen (van {sender}, volgnummer {sequence}); er is niets veranderd</translation>
    </message>
    <message>
        <source>{path}: from {sender} (number {sequence}): older than what was read in already; nothing changed</source>
        <translation>{path}: van {sender} (volgnummer {sequence}): ouder dan wat al is ingelezen; niets veranderd</translation>
    </message>
    <message>
        <source>{path}: read in from {sender} (number {sequence}): {counts}</source>
        <translation>{path}: ingelezen van {sender} (volgnummer {sequence}): {counts}</translation>
    </message>
    <message>
        <source>Read in: {read}. Already read in before: {again}. Refused: {refused}.</source>
        <translation>Ingelezen: {read}. Al eerder ingelezen: {again}. Geweigerd: {refused}.</translation>
    </message>
    <message>
        <source>Conflicts: {count}. Records were changed both here and on the other device; resolve them in the Synchronisation screen.</source>
        <translation>Conflicten: {count}. Gegevens zijn zowel hier als op het andere apparaat gewijzigd; los ze op in het scherm Synchronisatie.</translation>
    </message>
</context>
<context>
    <name>ClientRequestsButton</name>
    <message>
        <source>GDPR requests</source>
        <translation>AVG-verzoeken</translation>
    </message>
    <message>
        <source>Access request, correction of data, and the correction history</source>
        <translation>Inzageverzoek, correctie van gegevens en de correctiegeschiedenis</translation>
    </message>
    <message>
        <source>&amp;Access request…</source>
        <translation>&amp;Inzageverzoek…</translation>
    </message>
    <message>
        <source>&amp;Correction…</source>
        <translation>&amp;Correctie…</translation>
    </message>
    <message>
        <source>Correction &amp;history…</source>
        <translation>Correctie&amp;geschiedenis…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>This value cannot be edited here; keep yours or take theirs.</source>
        <translation>Deze waarde kun je hier niet bewerken; houd je eigen versie of neem die van het andere apparaat.</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Conflict oplossen</translation>
    </message>
    <message>
        <source>{kind} of case {case} was changed both here and on {device} (read in on {date}). Choose which version stays; your choice goes to the other device with the next bundle.</source>
        <translation>{kind} van traject {case} is zowel hier als op {device} gewijzigd (ingelezen op {date}). Kies welke versie blijft; je keuze gaat met de volgende bundel mee naar het andere apparaat.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Daar</translation>
    </message>
    <message>
        <source>Value to save</source>
        <translation>Waarde om op te slaan</translation>
    </message>
    <message>
        <source>Value to save: {field}</source>
        <translation>Waarde om op te slaan: {field}</translation>
    </message>
    <message>
        <source>Keep &amp;my version</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <source>Take &amp;their version</source>
        <translation>&amp;Hun versie nemen</translation>
    </message>
    <message>
        <source>Save &amp;edited value</source>
        <translation>Bewerkte waarde &amp;opslaan</translation>
    </message>
    <message>
        <source>The value to save for “{field}” does not fit this field. Change it, or keep one of the two versions.</source>
        <translation>De waarde voor “{field}” past niet in dit veld. Pas de waarde aan, of houd een van de twee versies.</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Case</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Soort gegevens</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>From device</source>
        <translation>Van apparaat</translation>
    </message>
    <message>
        <source>Read in on</source>
        <translation>Ingelezen op</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>Which kinds of &amp;data may go to which recipient?</source>
        <translation>&amp;Soorten gegevens: welke mogen naar welke ontvanger?</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>&amp;How was consent given?</source>
        <translation>&amp;Hoe is de toestemming gegeven?</translation>
    </message>
    <message>
        <source>Name of the witness</source>
        <translation>Naam van de getuige</translation>
    </message>
    <message>
        <source>Valid until (optional)</source>
        <translation>Geldig tot (niet verplicht)</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>Gegeven o&amp;p</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>Get&amp;uige</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>&amp;Geldig tot</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Empty: no end date.</source>
        <translation>Leeg: geen einddatum.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Draw the signature, or choose another way the consent was given.</source>
        <translation>Zet de handtekening, of kies een andere manier waarop de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data for a recipient.</source>
        <translation>Vink voor een ontvanger minstens één soort gegevens aan.</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>Consent history</source>
        <translation>Geschiedenis van de toestemming</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Consent {consent}, version {version}</source>
        <translation>Toestemming {consent}, versie {version}</translation>
    </message>
    <message>
        <source>No consent has been recorded for this case.</source>
        <translation>Voor dit traject is geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Geen einddatum</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Kinds of data per recipient</source>
        <translation>Soorten gegevens per ontvanger</translation>
    </message>
    <message>
        <source>{recipient}: {kinds}</source>
        <translation>{recipient}: {kinds}</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Vervangt</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>{version}, given on {date}</source>
        <translation>{version}, gegeven op {date}</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Intrekkingen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>{item} (revoked from {date})</source>
        <translation>{item} (ingetrokken vanaf {date})</translation>
    </message>
    <message>
        <source>From {date}: {what}</source>
        <translation>Vanaf {date}: {what}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>reden: {reason}</translation>
    </message>
    <message>
        <source>Not signed on screen</source>
        <translation>Niet op het scherm ondertekend</translation>
    </message>
    <message>
        <source>The stored signature cannot be shown</source>
        <translation>De opgeslagen handtekening kan niet worden getoond</translation>
    </message>
</context>
<context>
    <name>ConsentMatrix</name>
    <message>
        <source>{recipient}: {kind}</source>
        <translation>{recipient}: {kind}</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the case (Esc)</source>
        <translation>Terug naar het dossier (Esc)</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Grondslagen</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Genoteerd op</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>No legal basis other than consent has been noted.</source>
        <translation>Er is geen andere grondslag dan toestemming genoteerd.</translation>
    </message>
    <message>
        <source>&amp;Add legal basis…</source>
        <translation>Grondslag &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;End legal basis…</source>
        <translation>Grondslag beëi&amp;ndigen…</translation>
    </message>
    <message>
        <source>The legal basis no longer applies from a date</source>
        <translation>De grondslag geldt vanaf een bepaalde datum niet meer</translation>
    </message>
    <message>
        <source>Re&amp;move legal basis</source>
        <translation>Grondslag ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove a legal basis that was noted by mistake</source>
        <translation>Een grondslag verwijderen die per ongeluk is genoteerd</translation>
    </message>
    <message>
        <source>Current consents</source>
        <translation>Huidige toestemmingen</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>Nieuwe &amp;versie</translation>
    </message>
    <message>
        <source>Record a changed consent; the current version is kept in the history</source>
        <translation>Een gewijzigde toestemming vastleggen; de huidige versie blijft bewaard in de geschiedenis</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Intre&amp;kken…</translation>
    </message>
    <message>
        <source>Revoke the whole consent, one recipient or one kind of data</source>
        <translation>De hele toestemming intrekken, of alleen voor één ontvanger of één soort gegevens</translation>
    </message>
    <message>
        <source>Cancel new versi&amp;on</source>
        <translation>Nieuwe versie &amp;annuleren</translation>
    </message>
    <message>
        <source>Re&amp;cord consent</source>
        <translation>Toestemming vast&amp;leggen</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Legal bases other than consent</source>
        <translation>Andere grondslagen dan toestemming</translation>
    </message>
    <message>
        <source>History (every version, newest first)</source>
        <translation>Geschiedenis (alle versies, nieuwste eerst)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Consent and legal basis: {name}</source>
        <translation>Toestemming en grondslag: {name}</translation>
    </message>
    <message>
        <source>No legal basis to process this client&apos;s data today: record a consent or a legal basis.</source>
        <translation>Er is vandaag geen grondslag om de gegevens van deze cliënt te verwerken: leg een toestemming of een grondslag vast.</translation>
    </message>
    <message>
        <source>Today this client&apos;s data are processed on: {basis}.</source>
        <translation>De gegevens van deze cliënt worden vandaag verwerkt op grond van: {basis}.</translation>
    </message>
    <message>
        <source>{version}: given on {date} — {status}</source>
        <translation>{version}: gegeven op {date} — {status}</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>Nog geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>No consent recorded yet: use the form on the right.</source>
        <translation>Nog geen toestemming vastgelegd: gebruik het formulier rechts.</translation>
    </message>
    <message>
        <source>Re&amp;cord new version</source>
        <translation>Nieuwe versie vast&amp;leggen</translation>
    </message>
    <message>
        <source>New version recorded.</source>
        <translation>Nieuwe versie vastgelegd.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Niet vastgelegd: {reason}</translation>
    </message>
    <message>
        <source>Not recorded: correct the marked fields.</source>
        <translation>Niet vastgelegd: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The form holds a consent that was not recorded. Replace it with the new version?</source>
        <translation>In het formulier staat een toestemming die nog niet is vastgelegd. Wil je die vervangen door de nieuwe versie?</translation>
    </message>
    <message>
        <source>New version of {version} (given on {date})</source>
        <translation>Nieuwe versie van {version} (gegeven op {date})</translation>
    </message>
    <message>
        <source>{version}, given on {date}</source>
        <translation>{version}, gegeven op {date}</translation>
    </message>
    <message>
        <source>Remove the legal basis “{ground}”? Only remove one that was noted by mistake; end it when it no longer applies.</source>
        <translation>De grondslag “{ground}” verwijderen? Verwijder alleen een grondslag die per ongeluk is genoteerd; beëindig hem als hij niet meer geldt.</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>{name} ({open} open, {notifications} notifications)</source>
        <translation>{name} ({open} open, {notifications} meldingen)</translation>
    </message>
    <message>
        <source>New coordinator…</source>
        <translation>Nieuwe nazorgcoördinator…</translation>
    </message>
    <message>
        <source>Name of the new coordinator</source>
        <translation>Naam van de nieuwe nazorgcoördinator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Yes, add {name} as a new coordinator</source>
        <translation>Ja, voeg {name} toe als nieuwe nazorgcoördinator</translation>
    </message>
    <message>
        <source>{name} is already a coordinator: the cases go to that coordinator.</source>
        <translation>{name} is al nazorgcoördinator: de trajecten gaan naar deze nazorgcoördinator.</translation>
    </message>
    <message>
        <source>A new coordinator gets the cases on their laptop with the next bundle; check the spelling of the name.</source>
        <translation>Een nieuwe nazorgcoördinator krijgt de trajecten met de volgende bundel op de laptop. Controleer of de naam goed gespeld is.</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>Nazorg&amp;coördinator:</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct client data</source>
        <translation>Gegevens van de cliënt corrigeren</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corrigeren</translation>
    </message>
    <message>
        <source>Use this when the client asks for wrong data to be corrected. The corrected value is used everywhere; the old value, the reason and your name are kept in the correction history for audits.</source>
        <translation>Gebruik dit als de cliënt vraagt om onjuiste gegevens te corrigeren. De verbeterde waarde wordt overal gebruikt; de oude waarde, de reden en je naam worden voor controles bewaard in de correctiegeschiedenis.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>for example: surname misspelt; client showed ID on 3 March</source>
        <translation>bijvoorbeeld: achternaam verkeerd gespeld; cliënt liet op 3 maart een identiteitsbewijs zien</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Gegeven:</translation>
    </message>
    <message>
        <source>Current value:</source>
        <translation>Huidige waarde:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Nieuwe waarde:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
</context>
<context>
    <name>CorrectionHistoryDialog</name>
    <message>
        <source>Correction history</source>
        <translation>Correctiegeschiedenis</translation>
    </message>
    <message>
        <source>Every correction of this client&apos;s data, oldest first, with the value it replaced. This list is for audits: opening it is recorded in the audit log.</source>
        <translation>Elke correctie van de gegevens van deze cliënt, oudste eerst, met de waarde die is vervangen. Deze lijst is voor controles: het openen ervan wordt in het auditlog vastgelegd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No corrections.</source>
        <translation>Geen correcties.</translation>
    </message>
    <message numerus="yes">
        <source>%n corrections</source>
        <translation>
            <numerusform>%n correctie</numerusform>
            <numerusform>%n correcties</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed in the case file</source>
        <translation>Gewijzigd in het dossier</translation>
    </message>
    <message>
        <source>New case with a known BSN: same person, details chosen</source>
        <translation>Nieuw traject met een bekend BSN: zelfde persoon, gegevens gekozen</translation>
    </message>
    <message>
        <source>Notification with a known BSN: same person, details chosen</source>
        <translation>Melding met een bekend BSN: zelfde persoon, gegevens gekozen</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Datum wissen</translation>
    </message>
    <message>
        <source>Clear date (Delete)</source>
        <translation>Datum wissen (Del)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Demo workspace with fictional people. Do not enter real clients here.</source>
        <translation>Demowerkmap met fictieve personen. Voer hier geen echte cliënten in.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demowerkmap</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something unexpected went wrong. Nothing was saved from this action. If it happens again, contact IT.</source>
        <translation>Er ging onverwacht iets mis. Van deze actie is niets opgeslagen. Gebeurt dit nog een keer? Neem dan contact op met IT.</translation>
    </message>
    <message>
        <source>This form has unsaved changes. Save them?</source>
        <translation>Dit formulier heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan?</translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted: anyone who can open the file can read this client&apos;s data. Keep it only where your municipality allows personal data to be stored, and delete it when it is no longer needed.</source>
        <translation>Een opgeslagen PDF is niet versleuteld: iedereen die het bestand kan openen, kan de gegevens van deze cliënt lezen. Bewaar het alleen op een plek waar je gemeente persoonsgegevens toestaat, en verwijder het zodra je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs</source>
        <translation>Kies een map voor de PDF&apos;s</translation>
    </message>
    <message>
        <source>Choose the other device&apos;s key file</source>
        <translation>Kies het sleutelbestand van het andere apparaat</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Sleutelbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save key file</source>
        <translation>Sleutelbestand opslaan</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Sleutelbestanden (*.json)</translation>
    </message>
    <message>
        <source>Choose where to put the bundle (for example the USB stick)</source>
        <translation>Kies waar de bundel komt (bijvoorbeeld de USB-stick)</translation>
    </message>
    <message>
        <source>Choose the bundles to read in</source>
        <translation>Kies de bundels om in te lezen</translation>
    </message>
    <message>
        <source>Terugkeer bundles (*.terugkeer)</source>
        <translation>Terugkeer-bundels (*.terugkeer)</translation>
    </message>
    <message>
        <source>Choose the folder with the bundles (for example the USB stick)</source>
        <translation>Kies de map met de bundels (bijvoorbeeld de USB-stick)</translation>
    </message>
    <message>
        <source>Choose the list of notifications</source>
        <translation>Kies de lijst met meldingen</translation>
    </message>
    <message>
        <source>Notification lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Lijsten met meldingen (*.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>Export the monitor</source>
        <translation>Monitor exporteren</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Status: {moment}</source>
        <translation>Status: {moment}</translation>
    </message>
    <message>
        <source>Aftercare needed?</source>
        <translation>Nazorg nodig?</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note at once</source>
        <translation>Met Ctrl+Enter sla je de notitie meteen op</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Vervolgacties</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>&amp;Save these values</source>
        <translation>Deze waarden &amp;opslaan</translation>
    </message>
    <message>
        <source>They saved the case after you opened it. Choose per field which value is saved: theirs, or yours. Fields that only they changed start with their value, fields you changed with yours. Cancel keeps your input in the form, unsaved.</source>
        <translation>De ander heeft het traject opgeslagen nadat jij het opende. Kies per veld welke waarde wordt opgeslagen: die van de ander of die van jou. Velden die alleen de ander heeft gewijzigd, staan op de waarde van de ander; velden die jij hebt gewijzigd, op die van jou. Met Annuleren blijft je invoer in het formulier staan, niet opgeslagen.</translation>
    </message>
    <message>
        <source>Changed by someone else since you opened the case</source>
        <translation>Gewijzigd door iemand anders sinds je het traject opende</translation>
    </message>
    <message>
        <source>Changed by {name} at {time}</source>
        <translation>Gewijzigd door {name} om {time}</translation>
    </message>
    <message>
        <source>Changed by {name} on {date} at {time}</source>
        <translation>Gewijzigd door {name} op {date} om {time}</translation>
    </message>
    <message>
        <source>Saved by {name}</source>
        <translation>Opgeslagen door {name}</translation>
    </message>
    <message>
        <source>Saved by the other person</source>
        <translation>Opgeslagen door de ander</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Die van de ander houden</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Die van mij gebruiken</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>EndGroundDialog</name>
    <message>
        <source>End legal basis</source>
        <translation>Grondslag beëindigen</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>{ground}, noted on {date}</source>
        <translation>{ground}, genoteerd op {date}</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Beëindigd op</translation>
    </message>
    <message>
        <source>From this day on, the legal basis no longer applies.</source>
        <translation>Vanaf deze dag geldt de grondslag niet meer.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Add device</source>
        <translation>Apparaat toevoegen</translation>
    </message>
    <message>
        <source>Fingerprint matches, &amp;add</source>
        <translation>Vingerafdruk komt overeen, &amp;toevoegen</translation>
    </message>
    <message>
        <source>Ask the other side to read out the fingerprint of their device (by phone, or from paper), and compare it group by group with the one below. Add the device only when every group matches.</source>
        <translation>Vraag de andere kant de vingerafdruk van hun apparaat voor te lezen (telefonisch, of van papier) en vergelijk die groep voor groep met de vingerafdruk hieronder. Voeg het apparaat alleen toe als elke groep overeenkomt.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>If a single character differs, do not add the device: the file may not come from the other side.</source>
        <translation>Wijkt ook maar één teken af, voeg het apparaat dan niet toe: het bestand komt dan misschien niet van de andere kant.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase case</source>
        <translation>Traject wissen</translation>
    </message>
    <message>
        <source>&amp;Erase case</source>
        <translation>Traject &amp;wissen</translation>
    </message>
    <message>
        <source>Case {code}: closed on {closed}, past its retention period since {due}.</source>
        <translation>Traject {code}: afgesloten op {closed}, bewaartermijn verstreken sinds {due}.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone. Every personal detail of this case is removed from this workspace, and from the coordinators&apos; laptops when they read in the next bundle. Only anonymous figures stay, so the monitor&apos;s past periods do not change.</source>
        <translation>Wissen kan niet ongedaan worden gemaakt. Alle persoonsgegevens van dit traject verdwijnen uit deze werkmap, en van de laptops van de nazorgcoördinatoren zodra die de volgende bundel inlezen. Alleen anonieme cijfers blijven, zodat de monitor over eerdere perioden niet verandert.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>for example: retention period passed</source>
        <translation>bijvoorbeeld: bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Case code typed again</source>
        <translation>Trajectcode opnieuw getypt</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>Case code:</source>
        <translation>Trajectcode:</translation>
    </message>
    <message>
        <source>&amp;Type the case code:</source>
        <translation>&amp;Typ de trajectcode:</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>Bundle made</source>
        <translation>Bundel gemaakt</translation>
    </message>
    <message>
        <source>The bundle for {label} ({kind}) is ready. It is encrypted: only that device can open it.</source>
        <translation>De bundel voor {label} ({kind}) staat klaar. Hij is versleuteld: alleen dat apparaat kan hem openen.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Volgnummer:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Trajecten:</translation>
    </message>
    <message>
        <source>Audit entries:</source>
        <translation>Auditregels:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>Not sent, these cases stay on this device ({count}):</source>
        <translation>Niet meegestuurd; deze trajecten blijven op dit apparaat ({count}):</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>Cases not sent</source>
        <translation>Niet meegestuurde trajecten</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Terugkeer — first start</source>
        <translation>Terugkeer — eerste start</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Terugkeer</source>
        <translation>&amp;Over Terugkeer</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Terugkeer — User guide</source>
        <translation>Terugkeer — Handleiding</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next)</source>
        <translation>Zoeken in de handleiding (Enter: volgende)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>IdentityComparison</name>
    <message>
        <source>Detail</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Known client</source>
        <translation>Bekende cliënt</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Bundles read in</source>
        <translation>Bundels ingelezen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Results per bundle</source>
        <translation>Resultaten per bundel</translation>
    </message>
    <message>
        <source>Not read in: cancelled</source>
        <translation>Niet ingelezen: geannuleerd</translation>
    </message>
    <message>
        <source>Read in: {read}. Already read in before: {again}. Refused: {refused}.</source>
        <translation>Ingelezen: {read}. Al eerder ingelezen: {again}. Geweigerd: {refused}.</translation>
    </message>
    <message>
        <source>Cancelled. Not read in: {count}; read them in later.</source>
        <translation>Geannuleerd. Niet ingelezen: {count}; lees die later in.</translation>
    </message>
    <message>
        <source>Conflicts: {count}. Records were changed both here and on the other device; resolve them under Conflicts.</source>
        <translation>Conflicten: {count}. Gegevens zijn zowel hier als op het andere apparaat gewijzigd; los ze op onder Conflicten.</translation>
    </message>
    <message>
        <source>A refused bundle changed nothing; its reason says what to do.</source>
        <translation>Een geweigerde bundel heeft niets veranderd; bij de reden staat wat je kunt doen.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Geweigerd: {reason}</translation>
    </message>
    <message>
        <source>Already read in before</source>
        <translation>Al eerder ingelezen</translation>
    </message>
    <message>
        <source>Older than what was read in already; nothing changed</source>
        <translation>Ouder dan wat al is ingelezen; niets veranderd</translation>
    </message>
    <message>
        <source>Read in; differences: {count}, sent again with the next bundle</source>
        <translation>Ingelezen; verschillen: {count}, gaan opnieuw mee met de volgende bundel</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>Ingelezen</translation>
    </message>
    <message>
        <source>Read in, with conflicts</source>
        <translation>Ingelezen, met conflicten</translation>
    </message>
</context>
<context>
    <name>InboxTable</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Start of detention</source>
        <translation>Begin detentie</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Notified within 2 working days</source>
        <translation>Melding binnen 2 werkdagen</translation>
    </message>
    <message>
        <source>Information by</source>
        <translation>Informatie-uitwisseling uiterlijk</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>The prison should have notified by {date}</source>
        <translation>De PI had uiterlijk {date} moeten melden</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>Notified by {date}, as the prison should</source>
        <translation>Op tijd gemeld: uiterlijk {date}, zoals de PI moet</translation>
    </message>
    <message>
        <source>Overdue: the information should have been exchanged by {date}</source>
        <translation>Verlopen: de informatie had uiterlijk {date} uitgewisseld moeten zijn</translation>
    </message>
    <message>
        <source>Exchange the information with the prison by {date} (5 working days)</source>
        <translation>Wissel de informatie uiterlijk {date} uit met de PI (5 werkdagen)</translation>
    </message>
</context>
<context>
    <name>InboxTables</name>
    <message>
        <source>Known client</source>
        <translation>Bekende cliënt</translation>
    </message>
    <message>
        <source>In the notification</source>
        <translation>In de melding</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Start of detention</source>
        <translation>Begin detentie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, regel {line}</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the case (Esc); everything is saved</source>
        <translation>Terug naar het dossier (Esc); alles is opgeslagen</translation>
    </message>
    <message>
        <source>Steps of the intake</source>
        <translation>Stappen van de intake</translation>
    </message>
    <message>
        <source>Read only: your role lets you read the intake and the plan of approach, not change them.</source>
        <translation>Alleen lezen: met je rol kun je de intake en het plan van aanpak lezen, maar niet wijzigen.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Vorige stap (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Volgende stap (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Back to the case (Esc)</source>
        <translation>Terug naar het dossier (Esc)</translation>
    </message>
    <message>
        <source>Intake: {name}</source>
        <translation>Intake: {name}</translation>
    </message>
    <message>
        <source>The checklist template {file} was not used: {problem}. The last valid template is used.</source>
        <translation>Het checklistsjabloon {file} is niet gebruikt: {problem}. Het laatste geldige sjabloon wordt gebruikt.</translation>
    </message>
    <message>
        <source>{step}, done</source>
        <translation>{step}, klaar</translation>
    </message>
    <message>
        <source>{done} of {total} domains done</source>
        <translation>{done} van {total} domeinen klaar</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved: see the marked field</source>
        <translation>Niet opgeslagen: zie het gemarkeerde veld</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Notification</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Top X / Top600</source>
        <translation>Top X / Top600</translation>
    </message>
    <message>
        <source>PGA (person-oriented approach)</source>
        <translation>PGA (persoonsgerichte aanpak)</translation>
    </message>
    <message>
        <source>ISD / repeat offender</source>
        <translation>ISD / veelpleger</translation>
    </message>
    <message>
        <source>Short stay (&lt; 3 months)</source>
        <translation>Kortgestraft (&lt; 3 maanden)</translation>
    </message>
    <message>
        <source>Long stay (&gt; 3 months)</source>
        <translation>Langgestraft (&gt; 3 maanden)</translation>
    </message>
    <message>
        <source>Own request</source>
        <translation>Op eigen verzoek</translation>
    </message>
    <message>
        <source>Aftercare coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
    <message>
        <source>Care director of the social team</source>
        <translation>Zorgregisseur sociaal (kern)team</translation>
    </message>
    <message>
        <source>Specialist provider</source>
        <translation>Gespecialiseerde aanbieder</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Reclassering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>No need for help</source>
        <translation>Geen hulpvraag</translation>
    </message>
    <message>
        <source>Need for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Action under way</source>
        <translation>Actie loopt</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <source>N/a</source>
        <translation>N.v.t.</translation>
    </message>
    <message>
        <source>At intake</source>
        <translation>Bij intake</translation>
    </message>
    <message>
        <source>At release</source>
        <translation>Bij vrijlating</translation>
    </message>
    <message>
        <source>End of aftercare</source>
        <translation>Einde nazorg</translation>
    </message>
    <message>
        <source>Detainee</source>
        <translation>Gedetineerde</translation>
    </message>
    <message>
        <source>PI case manager</source>
        <translation>Casemanager PI</translation>
    </message>
    <message>
        <source>Social team</source>
        <translation>Sociaal team</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Ketenpartner</translation>
    </message>
    <message>
        <source>Self-reliant</source>
        <translation>Zelfredzaam</translation>
    </message>
    <message>
        <source>Limited self-reliance</source>
        <translation>Beperkt zelfredzaam</translation>
    </message>
    <message>
        <source>Not self-reliant</source>
        <translation>Niet zelfredzaam</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>One kind of data for one recipient</source>
        <translation>Eén soort gegevens voor één ontvanger</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Plan (triage, direction, contact persons, agreements)</source>
        <translation>Plan (triage, regie, contactpersonen, afspraken)</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>Partly revoked</source>
        <translation>Deels ingetrokken</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Geen toestemming</translation>
    </message>
    <message>
        <source>Other legal basis</source>
        <translation>Andere grondslag</translation>
    </message>
    <message>
        <source>Explicit consent</source>
        <translation>Uitdrukkelijke toestemming</translation>
    </message>
    <message>
        <source>Agreement with the detainee</source>
        <translation>Overeenkomst met de gedetineerde</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Publieke taak</translation>
    </message>
    <message>
        <source>Imposed re-integration guidance (priority group)</source>
        <translation>Opgelegde re-integratiebegeleiding (prioritaire doelgroep)</translation>
    </message>
    <message>
        <source>Wet straffen en beschermen</source>
        <translation>Wet straffen en beschermen</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Op papier ondertekend</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>Op het scherm ondertekend</translation>
    </message>
    <message>
        <source>Verbally, with a witness</source>
        <translation>Mondeling, met een getuige</translation>
    </message>
    <message>
        <source>The whole consent</source>
        <translation>De hele toestemming</translation>
    </message>
    <message>
        <source>One recipient</source>
        <translation>Eén ontvanger</translation>
    </message>
    <message>
        <source>One kind of data</source>
        <translation>Eén soort gegevens</translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>In effect, partly revoked</source>
        <translation>Geldig, deels ingetrokken</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>Identity (name, date of birth, BSN, address)</source>
        <translation>Identiteit (naam, geboortedatum, BSN, adres)</translation>
    </message>
    <message>
        <source>Detention (PI and dates)</source>
        <translation>Detentie (PI en datums)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
</context>
<context>
    <name>LaptopTable</name>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>More than the {limit} cases the policy allows on one laptop: hand cases over or close them</source>
        <translation>Meer dan de {limit} trajecten die het beleid op één laptop toestaat: draag trajecten over of sluit ze af</translation>
    </message>
</context>
<context>
    <name>ListDate</name>
    <message>
        <source>Date of the list</source>
        <translation>Datum van de lijst</translation>
    </message>
    <message>
        <source>{file} has no column with the date of notification. On which date did the prison system send this list? The terms of 2 and 5 working days count from it.</source>
        <translation>{file} heeft geen kolom met de datum van melding. Op welke datum heeft het gevangeniswezen deze lijst gestuurd? De termijnen van 2 en 5 werkdagen tellen vanaf die datum.</translation>
    </message>
</context>
<context>
    <name>ListResult</name>
    <message>
        <source>From {file}:</source>
        <translation>Uit {file}:</translation>
    </message>
    <message>
        <source>From {file}, read with the column mapping {mapping}:</source>
        <translation>Uit {file}, gelezen met de kolomindeling {mapping}:</translation>
    </message>
</context>
<context>
    <name>LockReason</name>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Vergrendeld na 1 minuut zonder gebruik.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use.</source>
        <translation>Vergrendeld na {minutes} minuten zonder gebruik.</translation>
    </message>
    <message>
        <source>Locked because the computer was locked.</source>
        <translation>Vergrendeld omdat de computer werd vergrendeld.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Vergrendeld omdat de computer in slaapstand ging.</translation>
    </message>
    <message>
        <source>Locked at your request.</source>
        <translation>Vergrendeld op je verzoek.</translation>
    </message>
</context>
<context>
    <name>LockWarningBar</name>
    <message>
        <source>Auto-lock warning</source>
        <translation>Waarschuwing: Terugkeer vergrendelt bijna</translation>
    </message>
    <message>
        <source>Terugkeer locks in 1 second without use. Move the mouse or press a key to keep working.</source>
        <translation>Terugkeer vergrendelt over 1 seconde zonder gebruik. Beweeg de muis of druk op een toets om door te werken.</translation>
    </message>
    <message>
        <source>Terugkeer locks in {seconds} seconds without use. Move the mouse or press a key to keep working.</source>
        <translation>Terugkeer vergrendelt over {seconds} seconden zonder gebruik. Beweeg de muis of druk op een toets om door te werken.</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main actions</source>
        <translation>Belangrijkste acties</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New client and case</source>
        <translation>&amp;Nieuwe cliënt en traject</translation>
    </message>
    <message>
        <source>&amp;Find in register</source>
        <translation>&amp;Zoeken in register</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Plan afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditlog</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisatie</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>Mo&amp;nitor</translation>
    </message>
    <message>
        <source>Acco&amp;unts…</source>
        <translation>Acc&amp;ounts…</translation>
    </message>
    <message>
        <source>&amp;Clean up this laptop…</source>
        <translation>&amp;Laptop opschonen…</translation>
    </message>
    <message>
        <source>Retention &amp;period…</source>
        <translation>&amp;Bewaartermijn…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>Ontgrendel je werkmap</translation>
    </message>
    <message>
        <source>Log in to the municipality&apos;s server</source>
        <translation>Inloggen op de server van de gemeente</translation>
    </message>
    <message>
        <source>Creating your workspace…</source>
        <translation>Je werkmap wordt gemaakt…</translation>
    </message>
    <message>
        <source>The system keyring refused to store the key. Quick unlock stays off.</source>
        <translation>De systeemsleutelbos weigerde de sleutel te bewaren. Snel ontgrendelen blijft uit.</translation>
    </message>
    <message>
        <source>DEMO — fictional people</source>
        <translation>DEMO — fictieve personen</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Whole name in one column</source>
        <translation>Hele naam in één kolom</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Prefix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Prison (PI)</source>
        <translation>Inrichting (PI)</translation>
    </message>
    <message>
        <source>Start of detention</source>
        <translation>Begin detentie</translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation>Verwachte vrijlating</translation>
    </message>
    <message>
        <source>Date of notification</source>
        <translation>Datum melding</translation>
    </message>
    <message>
        <source>Actual release</source>
        <translation>Werkelijke vrijlating</translation>
    </message>
    <message>
        <source>New prison (transfer)</source>
        <translation>Nieuwe inrichting (overplaatsing)</translation>
    </message>
    <message>
        <source>Date of the transfer</source>
        <translation>Datum overplaatsing</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vrijgelaten</translation>
    </message>
    <message>
        <source>New PI</source>
        <translation>Nieuwe PI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>for example Injus einde detentie</source>
        <translation>bijvoorbeeld Injus einde detentie</translation>
    </message>
    <message>
        <source>The case of each row is looked up when the list is read in.</source>
        <translation>Bij welk traject een regel hoort, wordt opgezocht bij het inlezen.</translation>
    </message>
    <message>
        <source>Which column holds what? – {file}</source>
        <translation>Welke kolom bevat wat? – {file}</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(niet in de lijst)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>for example Injus begin detentie</source>
        <translation>bijvoorbeeld Injus begin detentie</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>The list as it is</source>
        <translation>De lijst zoals hij is</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>The columns of {file} are not known yet. Choose per item the column that holds it; what the column names tell is filled in already, for you to check. The preview shows how the rows will be read. Save the choice under a name: the next list with the same columns is read with it.</source>
        <translation>De kolommen van {file} zijn nog niet bekend. Kies per gegeven de kolom waarin het staat; wat Terugkeer aan de kolomnamen herkent, staat al ingevuld: controleer het. Het voorbeeld laat zien hoe de regels worden gelezen. Sla de keuze op onder een naam: de volgende lijst met dezelfde kolommen wordt daarmee gelezen.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>How the rows will be read</source>
        <translation>Hoe de regels worden gelezen</translation>
    </message>
    <message>
        <source>&amp;Save and read in</source>
        <translation>&amp;Opslaan en inlezen</translation>
    </message>
    <message>
        <source>The first {count} rows of the list</source>
        <translation>De eerste {count} regels van de lijst</translation>
    </message>
    <message>
        <source>How they will be read</source>
        <translation>Hoe ze worden gelezen</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>Ingelezen</translation>
    </message>
    <message>
        <source>Read in; check the name</source>
        <translation>Ingelezen; controleer de naam</translation>
    </message>
    <message>
        <source>Refused: {column}: {reason}</source>
        <translation>Geweigerd: {column}: {reason}</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Kies een kolom voor: {fields}.</translation>
    </message>
    <message numerus="yes">
        <source>Of these rows %n would be refused.</source>
        <translation>
            <numerusform>Van deze regels zou er %n worden geweigerd.</numerusform>
            <numerusform>Van deze regels zouden er %n worden geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the mapping a name to save it.</source>
        <translation>Geef de indeling een naam om hem op te slaan.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Het wachtwoord is niet juist. Controleer Caps Lock en de toetsenbordindeling en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} seconds.</source>
        <translation>Te veel verkeerde pogingen. Je kunt het over {seconds} seconden opnieuw proberen.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {minimum} characters, for example a few words.</source>
        <translation>Het wachtwoord is te kort: gebruik minstens {minimum} tekens, bijvoorbeeld een paar woorden.</translation>
    </message>
    <message>
        <source>The passphrase is too simple: use more different characters or words.</source>
        <translation>Het wachtwoord is te eenvoudig: gebruik meer verschillende tekens of woorden.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Choose the right workspace folder or restore a backup.</source>
        <translation>Het sleutelbestand {path} ontbreekt. Kies de juiste werkmap of zet een back-up terug.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or unreadable. Restore a backup of the workspace.</source>
        <translation>Het sleutelbestand {path} is beschadigd of niet te lezen. Zet een back-up van de werkmap terug.</translation>
    </message>
    <message>
        <source>{path} is not a Terugkeer key file. Choose the right workspace folder.</source>
        <translation>{path} is geen sleutelbestand van Terugkeer. Kies de juiste werkmap.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of Terugkeer. Install the latest version.</source>
        <translation>Deze werkmap is gemaakt met een nieuwere versie van Terugkeer. Installeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of Terugkeer. Install the latest version; nothing has been changed.</source>
        <translation>Deze werkmap is gemaakt met een nieuwere versie van Terugkeer. Installeer de nieuwste versie; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database {path} is empty: its contents are lost. Restore a backup of the workspace.</source>
        <translation>De database {path} is leeg: de inhoud is verloren gegaan. Zet een back-up van de werkmap terug.</translation>
    </message>
    <message>
        <source>The database {path} is missing. Restore a backup of the workspace.</source>
        <translation>De database {path} ontbreekt. Zet een back-up van de werkmap terug.</translation>
    </message>
    <message>
        <source>{path} already holds a workspace. Open it, or choose an empty folder.</source>
        <translation>In {path} staat al een werkmap. Open die werkmap of kies een lege map.</translation>
    </message>
    <message>
        <source>The workspace folder is read-only: {path} cannot be written. Copy the workspace folder to a place where you may write (not a write-protected USB stick or a read-only network folder), or ask IT for write permission. Nothing was changed.</source>
        <translation>De werkmap is alleen-lezen: {path} kan niet worden beschreven. Kopieer de werkmap naar een plek waar je mag schrijven (dus niet op een beveiligde USB-stick of een alleen-lezen netwerkmap), of vraag IT om schrijfrechten. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it first.</source>
        <translation>De werkmap is vergrendeld. Ontgrendel de werkmap eerst.</translation>
    </message>
    <message>
        <source>No passphrase given. Use --passphrase-file FILE or the TERUGKEER_PASSPHRASE variable, or run in a terminal.</source>
        <translation>Geen wachtwoord opgegeven. Gebruik --passphrase-file BESTAND of de variabele TERUGKEER_PASSPHRASE, of start het programma in een terminal.</translation>
    </message>
    <message>
        <source>The passphrase file {path} cannot be read.</source>
        <translation>Het wachtwoordbestand {path} is niet te lezen.</translation>
    </message>
    <message>
        <source>{path} is not a Terugkeer workspace (no workspace.key). Check the folder.</source>
        <translation>{path} is geen werkmap van Terugkeer (er is geen workspace.key). Controleer de map.</translation>
    </message>
    <message>
        <source>Quick unlock is not available now (the system keyring has no key for this workspace). Use your passphrase.</source>
        <translation>Snel ontgrendelen kan nu niet (de systeemsleutelbos heeft geen sleutel voor deze werkmap). Gebruik je wachtwoord.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This BSN is not valid: it must be 9 digits and pass the 11-test.</source>
        <translation>Dit BSN is niet geldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.</translation>
    </message>
    <message>
        <source>Another client already has this BSN. Search the register for that client.</source>
        <translation>Een andere cliënt heeft dit BSN al. Zoek die cliënt op in het register.</translation>
    </message>
    <message>
        <source>This BSN belongs to a known client with another name or date of birth. Check the BSN, or say that it is the same person.</source>
        <translation>Dit BSN hoort bij een bekende cliënt met een andere naam of geboortedatum. Controleer het BSN, of geef aan dat het dezelfde persoon is.</translation>
    </message>
    <message>
        <source>Someone already decided about this notification.</source>
        <translation>Over deze melding heeft iemand al een besluit genomen.</translation>
    </message>
    <message>
        <source>The date of birth lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Municipal aftercare is for adults (18 years and older).</source>
        <translation>Nazorg van de gemeente is voor volwassenen (18 jaar en ouder).</translation>
    </message>
    <message>
        <source>The release date lies before the start of detention.</source>
        <translation>De datum van vrijlating ligt vóór het begin van de detentie.</translation>
    </message>
    <message>
        <source>{field} holds a line break, tab or other control character. Type it on one line, without those characters.</source>
        <translation>{field} bevat een regeleinde, tab of ander stuurteken. Typ het op één regel, zonder die tekens.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere since you opened it. Your changes were not saved; reopen the case and enter them again.</source>
        <translation>Dit traject is ergens anders gewijzigd nadat je het opende. Je wijzigingen zijn niet opgeslagen; open het traject opnieuw en voer ze nog een keer in.</translation>
    </message>
    <message>
        <source>This case was changed by {changed_by} at {changed_at}, after you opened it. Your changes were not saved; reopen the case to see theirs and enter yours again.</source>
        <translation>Dit traject is gewijzigd door {changed_by} om {changed_at}, nadat je het opende. Je wijzigingen zijn niet opgeslagen; open het traject opnieuw om de wijzigingen van de ander te zien en voer die van jou nog een keer in.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Nothing of yours was saved; look again and repeat what you did.</source>
        <translation>Iemand anders wijzigde dit op hetzelfde moment. Wat je deed, is niet opgeslagen; kijk opnieuw en doe het nog een keer.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the application manager of your municipality if you need it; nothing was read or changed.</source>
        <translation>Je rol staat dit niet toe. Heb je het nodig, vraag het dan aan de functioneel beheerder van je gemeente; er is niets gelezen of gewijzigd.</translation>
    </message>
    <message>
        <source>The account {login} is disabled. Ask the application manager of your municipality.</source>
        <translation>Het account {login} is uitgeschakeld. Vraag de functioneel beheerder van je gemeente.</translation>
    </message>
    <message>
        <source>There is no account {login}. Check the login.</source>
        <translation>Er is geen account {login}. Controleer de gebruikersnaam.</translation>
    </message>
    <message>
        <source>A login is 2 to 63 lower-case letters, digits, dots, hyphens or underscores and starts with a letter, for example jdevries.</source>
        <translation>Een gebruikersnaam bestaat uit 2 tot 63 kleine letters, cijfers, punten, streepjes of liggende streepjes en begint met een letter, bijvoorbeeld jdevries.</translation>
    </message>
    <message>
        <source>There is already an account {login}. Choose another login.</source>
        <translation>Er is al een account {login}. Kies een andere gebruikersnaam.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Geef het account minstens één rol.</translation>
    </message>
    <message>
        <source>This would leave no application manager, and then no one could change accounts any more. Give another account that role first.</source>
        <translation>Dan blijft er geen functioneel beheerder over en kan niemand de accounts nog wijzigen. Geef eerst een ander account die rol.</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another application manager.</source>
        <translation>Je kunt je eigen account niet uitschakelen. Vraag het aan een andere functioneel beheerder.</translation>
    </message>
    <message>
        <source>The municipality&apos;s server cannot be reached ({reason}). Check the network and the connection settings, or ask IT.</source>
        <translation>De server van de gemeente is niet bereikbaar ({reason}). Controleer het netwerk en de verbindingsinstellingen, of vraag IT.</translation>
    </message>
    <message>
        <source>The connection to {host} would not be encrypted with a checked certificate. Ask IT to set sslmode=verify-full; nothing was sent.</source>
        <translation>De verbinding met {host} zou niet versleuteld zijn met een gecontroleerd certificaat. Vraag IT om sslmode=verify-full in te stellen; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>This database has not been set up for Terugkeer yet. IT sets it up with: terugkeer server init.</source>
        <translation>Deze database is nog niet ingericht voor Terugkeer. IT richt hem in met: terugkeer server init.</translation>
    </message>
    <message>
        <source>The server still has an older version of the data ({revision}). IT brings it up to date with: terugkeer server migrate.</source>
        <translation>De server heeft nog een oudere versie van de gegevens ({revision}). IT werkt hem bij met: terugkeer server migrate.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds a back office. Choose an empty database; nothing was moved.</source>
        <translation>De database op de server bevat al een backoffice. Kies een lege database; er is niets overgebracht.</translation>
    </message>
    <message>
        <source>Only a back office moves to the server; a coordinator&apos;s laptop stays a laptop. Nothing was moved.</source>
        <translation>Alleen een backoffice gaat naar de server; de laptop van een nazorgcoördinator blijft een laptop. Er is niets overgebracht.</translation>
    </message>
    <message>
        <source>After the move the server did not hold exactly what the workspace holds ({table}). Nothing was kept on the server; contact the supplier.</source>
        <translation>Na het overbrengen bevatte de server niet precies wat de werkmap bevat ({table}). Er is niets op de server bewaard; neem contact op met de leverancier.</translation>
    </message>
    <message>
        <source>The office key file is needed for bundles and device keys on the server. Ask IT where it is on this PC (--office-key or TERUGKEER_OFFICE_KEY).</source>
        <translation>Voor bundels en apparaatsleutels op de server is het kantoorsleutelbestand nodig. Vraag IT waar het op deze pc staat (--office-key of TERUGKEER_OFFICE_KEY).</translation>
    </message>
    <message>
        <source>The office key file does not open this back office&apos;s keys. Ask IT for the right office key file.</source>
        <translation>Het kantoorsleutelbestand opent de sleutels van deze backoffice niet. Vraag IT om het juiste kantoorsleutelbestand.</translation>
    </message>
    <message>
        <source>The office key file {path} is damaged or unreadable. Ask IT for the copy in the municipality&apos;s vault.</source>
        <translation>Het kantoorsleutelbestand {path} is beschadigd of onleesbaar. Vraag IT om de kopie uit de kluis van de gemeente.</translation>
    </message>
    <message>
        <source>The office key file {path} belongs to another back office. Ask IT for this back office&apos;s office key file.</source>
        <translation>Het kantoorsleutelbestand {path} hoort bij een andere backoffice. Vraag IT om het kantoorsleutelbestand van deze backoffice.</translation>
    </message>
    <message>
        <source>There is already an office key file at {path}. Choose another place; an existing key is never overwritten.</source>
        <translation>Er staat al een kantoorsleutelbestand op {path}. Kies een andere plek; een bestaande sleutel wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>Kies minstens één doel.</translation>
    </message>
    <message>
        <source>The purpose {value} is not in the list of purposes.</source>
        <translation>Het doel {value} staat niet in de lijst met doelen.</translation>
    </message>
    <message>
        <source>Choose at least one kind of data.</source>
        <translation>Kies minstens één soort gegevens.</translation>
    </message>
    <message>
        <source>The kind of data {value} is not known for this case.</source>
        <translation>De soort gegevens {value} is niet bekend voor dit traject.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Kies minstens één ontvanger.</translation>
    </message>
    <message>
        <source>The recipient {value} is not in the list of chain partners.</source>
        <translation>De ontvanger {value} staat niet in de lijst met ketenpartners.</translation>
    </message>
    <message>
        <source>Consent given verbally needs the name of a witness.</source>
        <translation>Bij mondelinge toestemming is de naam van een getuige nodig.</translation>
    </message>
    <message>
        <source>The date consent was given lies in the future.</source>
        <translation>De datum waarop de toestemming is gegeven, ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A new version of a consent cannot be dated before the version it replaces.</source>
        <translation>Een nieuwe versie van een toestemming kan geen datum hebben die voor de versie ligt die ze vervangt.</translation>
    </message>
    <message>
        <source>&apos;Valid until&apos; must lie after the date consent was given.</source>
        <translation>&apos;Geldig tot&apos; moet na de datum liggen waarop de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>The signature is not a picture that can be stored. Draw it again.</source>
        <translation>De handtekening is geen afbeelding die kan worden opgeslagen. Zet de handtekening opnieuw.</translation>
    </message>
    <message>
        <source>The signature picture is too large. Draw it again.</source>
        <translation>De afbeelding van de handtekening is te groot. Zet de handtekening opnieuw.</translation>
    </message>
    <message>
        <source>A revocation cannot be dated before the consent was given.</source>
        <translation>Een intrekking kan geen datum hebben van voordat de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>This consent has already been revoked in full.</source>
        <translation>Deze toestemming is al helemaal ingetrokken.</translation>
    </message>
    <message>
        <source>This consent does not cover what you want to revoke.</source>
        <translation>Wat je wilt intrekken, valt niet onder deze toestemming.</translation>
    </message>
    <message>
        <source>Consent is recorded as a consent form, not as a separate legal basis.</source>
        <translation>Toestemming leg je vast als toestemmingsformulier, niet als aparte grondslag.</translation>
    </message>
    <message>
        <source>This legal basis is already recorded for the case.</source>
        <translation>Deze grondslag is al vastgelegd voor het traject.</translation>
    </message>
    <message>
        <source>The Wet straffen en beschermen applies from 1 July 2021 on.</source>
        <translation>De Wet straffen en beschermen geldt vanaf 1 juli 2021.</translation>
    </message>
    <message>
        <source>A legal basis cannot end before it was noted.</source>
        <translation>Een grondslag kan niet eindigen voordat hij is genoteerd.</translation>
    </message>
    <message>
        <source>This legal basis has already ended.</source>
        <translation>Deze grondslag is al beëindigd.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Deze toestemming bestaat niet meer.</translation>
    </message>
    <message>
        <source>A newer version of this consent exists; change or revoke that one.</source>
        <translation>Er is een nieuwere versie van deze toestemming; wijzig of trek die versie in.</translation>
    </message>
    <message>
        <source>This legal basis no longer exists.</source>
        <translation>Deze grondslag bestaat niet meer.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Dit traject bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, for example 12,50.</source>
        <translation>Vul een bedrag in euro in, bijvoorbeeld 12,50.</translation>
    </message>
    <message>
        <source>This answer does not fit the checklist question. Choose one of the options.</source>
        <translation>Dit antwoord past niet bij de vraag in de checklist. Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <source>The intake of this case has not been started. Open the intake from the case again.</source>
        <translation>De intake van dit traject is nog niet gestart. Open de intake opnieuw vanuit het traject.</translation>
    </message>
    <message>
        <source>The checklist template {template} of this intake is missing from the workspace. Contact IT.</source>
        <translation>Het checklistsjabloon {template} van deze intake ontbreekt in de werkmap. Neem contact op met IT.</translation>
    </message>
    <message>
        <source>This follow-up action no longer exists; it was removed.</source>
        <translation>Deze vervolgactie bestaat niet meer; ze is verwijderd.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Choose an existing folder for the PDF.</source>
        <translation>De map {path} bestaat niet. Kies een bestaande map voor de PDF.</translation>
    </message>
    <message>
        <source>Cannot save {path}. Check that you may write in that folder, or choose another folder.</source>
        <translation>Kan niet opslaan als {path}. Controleer of je in die map mag schrijven, of kies een andere map.</translation>
    </message>
    <message>
        <source>The disk or USB stick is full: there is no room left in {path}. Make room or choose another place, then try again.</source>
        <translation>De schijf of USB-stick is vol: er is geen ruimte meer in {path}. Maak ruimte vrij of kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This plan cannot be made for {recipient}: {reason}. Record a consent that names them first, or choose another recipient.</source>
        <translation>Dit plan kan niet worden gemaakt voor {recipient}: {reason}. Leg eerst een toestemming vast die deze ontvanger noemt, of kies een andere ontvanger.</translation>
    </message>
    <message>
        <source>No consent is in force for this case, so there is nothing to fill in. Use the blank form.</source>
        <translation>Voor dit traject geldt geen toestemming, dus er valt niets in te vullen. Gebruik het lege formulier.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>De printer kan niet worden gestart. Controleer of hij aanstaat en is aangesloten, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This is not a valid Terugkeer key file: it is incomplete, was changed, or comes from another program. Ask the other side for their key file again; nothing was added.</source>
        <translation>Dit is geen geldig Terugkeer-sleutelbestand: het is onvolledig, veranderd of van een ander programma. Vraag de andere kant opnieuw om hun sleutelbestand; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>This key file has format version {version}, which this version of Terugkeer does not know. Install the latest version of Terugkeer; nothing was added.</source>
        <translation>Dit sleutelbestand heeft formaatversie {version}, die deze versie van Terugkeer niet kent. Installeer de nieuwste versie van Terugkeer; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read. Check that the file (or the USB stick) is there, then try again; nothing was added.</source>
        <translation>Het sleutelbestand {path} kan niet worden gelezen. Controleer of het bestand (of de USB-stick) er is en probeer het opnieuw; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match the key file, whose fingerprint is {fingerprint}. Do not add this device: check with the other side where the file came from. Nothing was added.</source>
        <translation>De opgegeven vingerafdruk komt niet overeen met het sleutelbestand, waarvan de vingerafdruk {fingerprint} is. Voeg dit apparaat niet toe: vraag de andere kant waar het bestand vandaan komt. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Compare the fingerprint before a device is added: pass --fingerprint with the fingerprint the other side reads out, or run the command in a terminal to confirm it. Nothing was added.</source>
        <translation>Vergelijk de vingerafdruk voordat een apparaat wordt toegevoegd: geef --fingerprint op met de vingerafdruk die de andere kant voorleest, of voer de opdracht uit in een terminal om hem te bevestigen. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The fingerprint was not confirmed, so the device was not added.</source>
        <translation>De vingerafdruk is niet bevestigd, dus het apparaat is niet toegevoegd.</translation>
    </message>
    <message>
        <source>This is the key file of this workspace itself. Choose the key file of the other device; nothing was added.</source>
        <translation>Dit is het sleutelbestand van deze werkmap zelf. Kies het sleutelbestand van het andere apparaat; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>A coordinator laptop adds its back office, and the back office its laptops. This key file is of a device of the same kind ({kind}); choose the other side&apos;s file. Nothing was added.</source>
        <translation>De laptop van een nazorgcoördinator voegt zijn backoffice toe, en de backoffice zijn laptops. Dit sleutelbestand is van een apparaat van dezelfde soort ({kind}); kies het bestand van de andere kant. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>This device belongs to {municipality}, not to your municipality. Only devices of your own municipality can be added; nothing was added.</source>
        <translation>Dit apparaat hoort bij {municipality}, niet bij jouw gemeente. Alleen apparaten van je eigen gemeente kunnen worden toegevoegd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>This laptop already has a back office. If the back office really changed, revoke the old one first; nothing was added.</source>
        <translation>Deze laptop heeft al een backoffice. Is de backoffice echt veranderd, trek dan eerst de oude in; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>This device is already registered, but with other keys: this key file may not be genuine. Check with the other side; a reinstalled laptop gets a new workspace and is added as a new device. Nothing was added.</source>
        <translation>Dit apparaat is al geregistreerd, maar met andere sleutels: dit sleutelbestand is misschien niet echt. Overleg met de andere kant; een opnieuw geïnstalleerde laptop krijgt een nieuwe werkmap en wordt als nieuw apparaat toegevoegd. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>This device was revoked and cannot be added again. A replacement laptop needs a new workspace with its own key file; nothing was added.</source>
        <translation>Dit apparaat is ingetrokken en kan niet opnieuw worden toegevoegd. Een vervangende laptop heeft een nieuwe werkmap met een eigen sleutelbestand nodig; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>There is no registered device {device}. Check the device id in the list of registered devices; nothing was changed.</source>
        <translation>Er is geen geregistreerd apparaat {device}. Controleer de apparaat-id in de lijst van geregistreerde apparaten; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{device} matches more than one registered device. Give more of the device id; nothing was changed.</source>
        <translation>{device} past bij meer dan één geregistreerd apparaat. Geef meer van de apparaat-id op; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The device {device} has been revoked: no bundles are made for it. No bundle was written.</source>
        <translation>Het apparaat {device} is ingetrokken: er worden geen bundels voor gemaakt. Er is geen bundel geschreven.</translation>
    </message>
    <message>
        <source>This back office exchanges bundles with several laptops. Choose one with --for DEVICE_ID: {devices}. No bundle was written.</source>
        <translation>Deze backoffice wisselt bundels uit met meerdere laptops. Kies er een met --for DEVICE_ID: {devices}. Er is geen bundel geschreven.</translation>
    </message>
    <message>
        <source>No device is registered to exchange bundles with. Add the other side&apos;s key file first (after comparing its fingerprint); no bundle was written.</source>
        <translation>Er is geen apparaat geregistreerd om bundels mee uit te wisselen. Voeg eerst het sleutelbestand van de andere kant toe (na het vergelijken van de vingerafdruk); er is geen bundel geschreven.</translation>
    </message>
    <message>
        <source>Give a reason for revoking the device, for example: laptop lost.</source>
        <translation>Geef een reden voor het intrekken van het apparaat, bijvoorbeeld: laptop kwijt.</translation>
    </message>
    <message>
        <source>The name of a bundle ends in .terugkeer, and {path} does not. Give a folder, or a file name ending in .terugkeer; no bundle was written.</source>
        <translation>De naam van een bundel eindigt op .terugkeer, en {path} niet. Geef een map op, of een bestandsnaam die eindigt op .terugkeer; er is geen bundel geschreven.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist. Is the USB stick in? Choose an existing folder; no bundle was written.</source>
        <translation>De map {path} bestaat niet. Zit de USB-stick erin? Kies een bestaande map; er is geen bundel geschreven.</translation>
    </message>
    <message>
        <source>There are no bundles (files ending in .terugkeer) in {path}. Nothing was read in.</source>
        <translation>Er staan geen bundels (bestanden die eindigen op .terugkeer) in {path}. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} could not be written ({reason}). Check the USB stick and that you may write there, then try again; no bundle was made.</source>
        <translation>De bundel {path} kon niet worden geschreven ({reason}). Controleer de USB-stick en of je daar mag schrijven, en probeer het opnieuw; er is geen bundel gemaakt.</translation>
    </message>
    <message>
        <source>The bundle {path} read back differently from what was written: the USB stick may be failing. Use another stick and make the bundle again; no bundle was made.</source>
        <translation>De bundel {path} las anders terug dan hij was geschreven: de USB-stick gaat misschien stuk. Gebruik een andere stick en maak de bundel opnieuw; er is geen bundel gemaakt.</translation>
    </message>
    <message>
        <source>{path} is not a Terugkeer bundle. Choose a file ending in .terugkeer that Terugkeer made; nothing was read in.</source>
        <translation>{path} is geen Terugkeer-bundel. Kies een bestand dat eindigt op .terugkeer en door Terugkeer is gemaakt; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} was made by a newer version of Terugkeer (format {version}). Install the latest version, then read it in again; nothing was read in.</source>
        <translation>De bundel {path} is gemaakt met een nieuwere versie van Terugkeer (formaat {version}). Installeer de nieuwste versie en lees hem daarna opnieuw in; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} is damaged and cannot be read. Ask for a new bundle; nothing was read in.</source>
        <translation>De bundel {path} is beschadigd en kan niet worden gelezen. Vraag een nieuwe bundel aan; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} is incomplete: copying it was cut off. Copy it onto the USB stick again and wait until copying has finished before removing the stick; nothing was read in.</source>
        <translation>De bundel {path} is onvolledig: het kopiëren is afgebroken. Zet hem opnieuw op de USB-stick en haal de stick pas weg als het kopiëren klaar is; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} was changed or damaged after it was made (on the USB stick, or on purpose). Ask for a new bundle; nothing was read in.</source>
        <translation>De bundel {path} is veranderd of beschadigd nadat hij werd gemaakt (op de USB-stick, of met opzet). Vraag een nieuwe bundel aan; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} is meant for another device, not for this workspace. Give it to the right device, or ask the sender to make one for this device; nothing was read in.</source>
        <translation>De bundel {path} is bedoeld voor een ander apparaat, niet voor deze werkmap. Geef hem aan het juiste apparaat, of vraag de afzender een bundel voor dit apparaat te maken; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} comes from a device that is not registered here. Add that device first, after comparing its fingerprint, then read the bundle in again; nothing was read in.</source>
        <translation>De bundel {path} komt van een apparaat dat hier niet is geregistreerd. Voeg dat apparaat eerst toe, na het vergelijken van de vingerafdruk, en lees de bundel daarna opnieuw in; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} cannot be read ({reason}). Check that the USB stick is still in, then try again; nothing was read in.</source>
        <translation>De bundel {path} kan niet worden gelezen ({reason}). Controleer of de USB-stick er nog in zit en probeer het opnieuw; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} comes from {device}, a device that was revoked (for example a lost laptop), and is refused; nothing was read in. Tell your privacy officer if you did not expect this.</source>
        <translation>De bundel {path} komt van {device}, een apparaat dat is ingetrokken (bijvoorbeeld een kwijtgeraakte laptop), en wordt geweigerd; er is niets ingelezen. Meld dit aan de privacyfunctionaris als je dit niet verwachtte.</translation>
    </message>
    <message>
        <source>Another bundle with number {sequence} of the same sender was read in before, so {path} is refused: the sender may be working from an old backup. Contact IT; nothing was read in.</source>
        <translation>Er is al eerder een andere bundel met volgnummer {sequence} van dezelfde afzender ingelezen, dus {path} wordt geweigerd: de afzender werkt misschien vanuit een oude back-up. Neem contact op met IT; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The contents of this bundle are not in a form this version of Terugkeer understands. Install the same, latest version on both devices and make a new bundle; nothing was read in.</source>
        <translation>De inhoud van deze bundel heeft een vorm die deze versie van Terugkeer niet begrijpt. Installeer op beide apparaten dezelfde, nieuwste versie en maak een nieuwe bundel; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle holds a record that does not fit ({table}, field “{field}”). Install the same, latest version on both devices and make a new bundle; nothing was read in.</source>
        <translation>De bundel bevat gegevens die niet passen ({table}, veld “{field}”). Installeer op beide apparaten dezelfde, nieuwste versie en maak een nieuwe bundel; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit log in this bundle does not continue where the previous bundle ended (entry {seq}). The bundle is refused and nothing was read in; tell your privacy officer.</source>
        <translation>Het auditlog van de afzender in deze bundel sluit niet aan op waar de vorige bundel eindigde (regel {seq}). De bundel wordt geweigerd en er is niets ingelezen; meld dit aan de privacyfunctionaris.</translation>
    </message>
    <message>
        <source>A client in this bundle has the same BSN as another client here (case {case}): the same person was registered on two devices. Bring the two together by hand first; nothing was read in.</source>
        <translation>Een cliënt in deze bundel heeft hetzelfde BSN als een andere cliënt hier (traject {case}): dezelfde persoon is op twee apparaten geregistreerd. Voeg de twee eerst met de hand samen; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The bundle {path} is incomplete inside: records refer to records that are not there. Ask for a new bundle; nothing was read in.</source>
        <translation>De bundel {path} is van binnen onvolledig: gegevens verwijzen naar gegevens die er niet in zitten. Vraag een nieuwe bundel aan; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This conflict no longer exists: its record was removed. Nothing was changed.</source>
        <translation>Dit conflict bestaat niet meer: de gegevens ervan zijn verwijderd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Someone already resolved this conflict. Nothing was changed.</source>
        <translation>Iemand heeft dit conflict al opgelost. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The machine policy {path} set by your IT department cannot be used ({reason}). Terugkeer runs locked down until IT corrects it: no quick unlock, locking after a few minutes, in Dutch. Tell your IT department.</source>
        <translation>Het machinebeleid {path} van je IT-afdeling is niet te gebruiken ({reason}). Tot IT het verbetert, werkt Terugkeer met de strengste instellingen: geen snel ontgrendelen, vergrendelen na een paar minuten, in het Nederlands. Meld dit aan je IT-afdeling.</translation>
    </message>
    <message>
        <source>The back office in the machine policy {path} does not match the fingerprint the policy states. The back office was not added; tell your IT department.</source>
        <translation>De backoffice in het machinebeleid {path} past niet bij de vingerafdruk die in het beleid staat. De backoffice is niet toegevoegd; meld dit aan je IT-afdeling.</translation>
    </message>
    <message>
        <source>The case code you typed does not match. Type the code shown to confirm the erasure; nothing was erased.</source>
        <translation>De trajectcode die je typte klopt niet. Typ de getoonde code om het wissen te bevestigen; er is niets gewist.</translation>
    </message>
    <message>
        <source>The new value is the same as the current one. Enter the corrected value; nothing was changed.</source>
        <translation>De nieuwe waarde is gelijk aan de huidige. Vul de verbeterde waarde in; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This value cannot be stored in this field (for example a BSN that fails the check, or a date that is not a date). Check it; nothing was changed.</source>
        <translation>Deze waarde kan niet in dit gegeven worden opgeslagen (bijvoorbeeld een BSN dat niet door de controle komt, of een datum die geen datum is). Controleer de waarde; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been removed meanwhile). Nothing was changed.</source>
        <translation>Dit gegeven bestaat niet meer (het is misschien intussen verwijderd). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This client no longer exists in the workspace. Nothing was made.</source>
        <translation>Deze cliënt staat niet meer in de werkmap. Er is niets gemaakt.</translation>
    </message>
    <message>
        <source>Version {number} of this document cannot be made again exactly as it was printed. Contact IT; the stored version is unchanged.</source>
        <translation>Versie {number} van dit document kan niet opnieuw precies zo worden gemaakt als hij is afgedrukt. Neem contact op met IT; de bewaarde versie is niet veranderd.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a list of notifications. Save it from the prison system again as CSV or Excel (.xlsx); nothing was read in.</source>
        <translation>Het bestand {path} is niet te lezen als lijst met meldingen. Sla het opnieuw op uit het systeem van de PI als CSV of Excel (.xlsx); er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The file {path} is too large for a list of notifications. Check that it is the right file; nothing was read in.</source>
        <translation>Het bestand {path} is te groot voor een lijst met meldingen. Controleer of het het goede bestand is; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The list of notifications lacks the columns {columns}. Check that the first line holds the column names; nothing was read in.</source>
        <translation>In de lijst met meldingen ontbreken de kolommen {columns}. Controleer of de eerste regel de kolomnamen bevat; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The list has no column with the date of notification. Give the date of the list (on the command line: --notified-on DD-MM-YYYY); the terms count from it. Nothing was read in.</source>
        <translation>De lijst heeft geen kolom met de datum van melding. Geef de datum van de lijst op (op de opdrachtregel: --notified-on DD-MM-JJJJ); de termijnen tellen vanaf die datum. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a list of ends of detention and transfers. Save it from the prison system again as CSV or Excel (.xlsx); nothing was read in.</source>
        <translation>Het bestand {path} is niet te lezen als lijst met einde detentie en overplaatsingen. Sla het opnieuw op uit het gevangenissysteem als CSV of Excel (.xlsx); er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The file {path} is too large for a list of ends of detention and transfers. Check that it is the right file; nothing was read in.</source>
        <translation>Het bestand {path} is te groot voor een lijst met einde detentie en overplaatsingen. Controleer of het het goede bestand is; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The list of ends of detention and transfers lacks the columns {columns}. Check that the first line holds the column names; nothing was read in.</source>
        <translation>In de lijst met einde detentie en overplaatsingen ontbreken de kolommen {columns}. Controleer of de eerste regel de kolomnamen bevat; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The column mapping {path} cannot be used: {reason}. Nothing was read in.</source>
        <translation>De kolomindeling {path} is niet te gebruiken: {reason}. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>There is no column mapping called {name}. Known mappings: {names}. Nothing was read in.</source>
        <translation>Er is geen kolomindeling met de naam {name}. Bekende indelingen: {names}. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>IT has set a column mapping called {name}. Save yours under another name.</source>
        <translation>ICT heeft al een kolomindeling met de naam {name}. Sla uw indeling op onder een andere naam.</translation>
    </message>
    <message>
        <source>There is a column mapping called {name} for the other kind of list. Save this one under another name.</source>
        <translation>Er is al een kolomindeling met de naam {name} voor de andere soort lijst. Sla deze indeling op onder een andere naam.</translation>
    </message>
    <message>
        <source>The column mapping {name} is made for the other kind of list (notifications, or releases and transfers). Nothing was read in.</source>
        <translation>De kolomindeling {name} is gemaakt voor de andere soort lijst (meldingen, of vrijlatingen en overplaatsingen). Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>Notifications are read in at the back office, not on a coordinator&apos;s laptop. Nothing was read in.</source>
        <translation>Meldingen worden in de backoffice ingelezen, niet op de laptop van een nazorgcoördinator. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The report can be saved as {formats}: give a file name ending in one of these. Nothing was written.</source>
        <translation>Het rapport kan worden opgeslagen als {formats}: geef een bestandsnaam die daarop eindigt. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Check the dates.</source>
        <translation>De periode eindigt voordat hij begint. Controleer de datums.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in 1 second.</source>
        <translation>Te veel verkeerde pogingen. Je kunt het over 1 seconde opnieuw proberen.</translation>
    </message>
    <message>
        <source>Something went wrong ({code}). Nothing was changed.</source>
        <translation>Er ging iets mis ({code}). Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>MonitorCasesDialog</name>
    <message numerus="yes">
        <source>{title}: %n cases</source>
        <translation>
            <numerusform>{title}: %n traject</numerusform>
            <numerusform>{title}: %n trajecten</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n of these cases were erased: they still count, without a name.</source>
        <translation>
            <numerusform>%n van deze trajecten is gewist: het telt nog mee, zonder naam.</numerusform>
            <numerusform>%n van deze trajecten zijn gewist: ze tellen nog mee, zonder naam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorFigures</name>
    <message>
        <source>Notified</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Contact in detention</source>
        <translation>Contact in detentie</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vrijgekomen</translation>
    </message>
    <message>
        <source>Reached before release</source>
        <translation>Bereikt vóór vrijlating</translation>
    </message>
    <message>
        <source>Voluntary aftercare offered</source>
        <translation>Vrijwillige nazorg aangeboden</translation>
    </message>
    <message>
        <source>Voluntary aftercare accepted</source>
        <translation>Vrijwillige nazorg aanvaard</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Reach (reached of released)</source>
        <translation>Bereik (bereikt van vrijgekomen)</translation>
    </message>
    <message>
        <source>Accepted of offered</source>
        <translation>Aanvaard van aangeboden</translation>
    </message>
    <message>
        <source>Exact counts, for this screen only. Press a number to see the cases behind it.</source>
        <translation>Exacte aantallen, alleen voor dit scherm. Klik op een getal om de trajecten erachter te zien.</translation>
    </message>
    <message>
        <source>Show the cases behind this number</source>
        <translation>De trajecten achter dit getal tonen</translation>
    </message>
</context>
<context>
    <name>MonitorScreen</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Aftercare coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Groeperen op:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the figures of this period as CSV, Excel or PDF. The file holds no personal data: only totals, small numbers hidden.</source>
        <translation>De cijfers van deze periode opslaan als CSV, Excel of PDF. Het bestand bevat geen persoonsgegevens: alleen totalen, kleine aantallen verborgen.</translation>
    </message>
    <message>
        <source>Figures and tables</source>
        <translation>Cijfers en tabellen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{start} to {end}. The tables and charts hide counts below {threshold}, as the export does; the key figures are exact.</source>
        <translation>{start} t/m {end}. De tabellen en grafieken verbergen aantallen onder {threshold}, zoals de export; de kerncijfers zijn exact.</translation>
    </message>
    <message>
        <source>Aftercare monitor {start} to {end}</source>
        <translation>Monitor nazorg {start} tot en met {end}</translation>
    </message>
    <message>
        <source>The monitor was saved as {path}. It holds no personal data: only totals, with counts below {threshold} hidden.</source>
        <translation>De monitor is opgeslagen als {path}. Het bestand bevat geen persoonsgegevens: alleen totalen, aantallen onder {threshold} verborgen.</translation>
    </message>
    <message>
        <source>Exporting the monitor…</source>
        <translation>De monitor wordt geëxporteerd…</translation>
    </message>
</context>
<context>
    <name>NotificationResultDialog</name>
    <message>
        <source>Notifications read in</source>
        <translation>Meldingen ingelezen</translation>
    </message>
    <message>
        <source>New cases in the inbox: {count} (of which for people already known: {known})</source>
        <translation>Nieuwe trajecten in de inbox: {count} (waarvan voor personen die al bekend zijn: {known})</translation>
    </message>
    <message numerus="yes">
        <source>Already read in and skipped: %n lines (lines {lines}).</source>
        <translation>
            <numerusform>Al eerder ingelezen en overgeslagen: %n regel (regel {lines}).</numerusform>
            <numerusform>Al eerder ingelezen en overgeslagen: %n regels (regels {lines}).</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the lines had been read in before.</source>
        <translation>Geen van de regels was al eerder ingelezen.</translation>
    </message>
    <message numerus="yes">
        <source>To check in the inbox: %n lines (lines {lines}). Their BSN belongs to a known client with another name or date of birth; nothing was changed until you decide.</source>
        <translation>
            <numerusform>Te controleren in de inbox: %n regel (regel {lines}). Het BSN hoort bij een bekende cliënt met een andere naam of geboortedatum; er verandert niets tot je een besluit neemt.</numerusform>
            <numerusform>Te controleren in de inbox: %n regels (regels {lines}). Het BSN hoort bij een bekende cliënt met een andere naam of geboortedatum; er verandert niets tot je een besluit neemt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered as history, released before today: %n lines (lines {lines}).</source>
        <translation>
            <numerusform>Vastgelegd als geschiedenis, vrijgelaten vóór vandaag: %n regel (regel {lines}).</numerusform>
            <numerusform>Vastgelegd als geschiedenis, vrijgelaten vóór vandaag: %n regels (regels {lines}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Names read from one column that you should check:</source>
        <translation>Namen uit één kolom die u moet controleren:</translation>
    </message>
    <message>
        <source>Refused rows: {count}. Correct them in the list and read it in again; rows read in already are not added twice.</source>
        <translation>Geweigerde regels: {count}. Verbeter ze in de lijst en lees die opnieuw in; regels die al zijn ingelezen komen er niet dubbel in.</translation>
    </message>
    <message>
        <source>No rows were refused.</source>
        <translation>Er zijn geen regels geweigerd.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Geweigerde regels</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>NotificationTexts</name>
    <message>
        <source>Empty, but required</source>
        <translation>Leeg, maar verplicht</translation>
    </message>
    <message>
        <source>Not a date (use dd-mm-yyyy)</source>
        <translation>Geen datum (gebruik dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>This date does not exist in the calendar</source>
        <translation>Deze datum bestaat niet</translation>
    </message>
    <message>
        <source>Only one name: given names and surname are both needed</source>
        <translation>Maar één naam: voornamen en achternaam zijn allebei nodig</translation>
    </message>
    <message>
        <source>Not a valid BSN (9 digits, 11-test)</source>
        <translation>Geen geldig BSN (9 cijfers, elfproef)</translation>
    </message>
    <message>
        <source>Younger than 18: aftercare is for adults</source>
        <translation>Jonger dan 18: nazorg is voor volwassenen</translation>
    </message>
    <message>
        <source>Date of birth lies in the future</source>
        <translation>Geboortedatum ligt in de toekomst</translation>
    </message>
    <message>
        <source>Release lies before the start of detention</source>
        <translation>Vrijlating ligt vóór het begin van de detentie</translation>
    </message>
    <message>
        <source>The end of detention lies in the future</source>
        <translation>Het einde van de detentie ligt in de toekomst</translation>
    </message>
    <message>
        <source>Holds a line break, tab or other control character</source>
        <translation>Bevat een regeleinde, tab of ander stuurteken</translation>
    </message>
    <message>
        <source>Refused ({code})</source>
        <translation>Geweigerd ({code})</translation>
    </message>
    <message>
        <source>Line {line} (row {record}), column {column}: {reason}</source>
        <translation>Regel {line} (rij {record}), kolom {column}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: check the name &quot;{written}&quot;, read as given names &quot;{given}&quot;, prefix &quot;{prefix}&quot;, surname &quot;{surname}&quot;</source>
        <translation>Regel {line}: controleer de naam &quot;{written}&quot;, gelezen als voornamen &quot;{given}&quot;, tussenvoegsel &quot;{prefix}&quot;, achternaam &quot;{surname}&quot;</translation>
    </message>
    <message>
        <source>Not used: {columns}</source>
        <translation>Niet gebruikt: {columns}</translation>
    </message>
</context>
<context>
    <name>NotificationsScreen</name>
    <message>
        <source>&amp;Read in notifications…</source>
        <translation>&amp;Meldingen inlezen…</translation>
    </message>
    <message>
        <source>Read in a list of notifications from the prison system (CSV or Excel)</source>
        <translation>Een lijst met meldingen uit het systeem van de PI inlezen (CSV of Excel)</translation>
    </message>
    <message>
        <source>Read in releases and &amp;transfers…</source>
        <translation>Vrijlatingen en &amp;overplaatsingen inlezen…</translation>
    </message>
    <message>
        <source>Read in a list of ends of detention and transfers from the prison system (CSV or Excel): it sets the release date or the new PI of the cases</source>
        <translation>Lees een lijst met einde detentie en overplaatsingen uit het gevangenissysteem in (CSV of Excel). De datum van vrijlating of de nieuwe PI wordt bij de trajecten vastgelegd</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Toewijzen aan…</translation>
    </message>
    <message>
        <source>Give the selected notifications to an aftercare coordinator</source>
        <translation>De gekozen meldingen aan een nazorgcoördinator geven</translation>
    </message>
    <message>
        <source>Notifications without a coordinator</source>
        <translation>Meldingen zonder nazorgcoördinator</translation>
    </message>
    <message>
        <source>Workload per coordinator</source>
        <translation>Werkvoorraad per nazorgcoördinator</translation>
    </message>
    <message>
        <source>Cases per laptop</source>
        <translation>Trajecten per laptop</translation>
    </message>
    <message>
        <source>To check: the BSN of a known client with another name or date of birth</source>
        <translation>Te controleren: het BSN van een bekende cliënt met een andere naam of geboortedatum</translation>
    </message>
    <message>
        <source>Notifications to check</source>
        <translation>Te controleren meldingen</translation>
    </message>
    <message>
        <source>&amp;Check…</source>
        <translation>&amp;Controleren…</translation>
    </message>
    <message>
        <source>Compare the notification with the known client and decide</source>
        <translation>Vergelijk de melding met de bekende cliënt en neem een besluit</translation>
    </message>
    <message>
        <source>Inbox: notifications without a coordinator</source>
        <translation>Inbox: meldingen zonder nazorgcoördinator</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message numerus="yes">
        <source>To check: %n notifications with the BSN of a known client and another name or date of birth</source>
        <translation>
            <numerusform>Te controleren: %n melding met het BSN van een bekende cliënt en een andere naam of geboortedatum</numerusform>
            <numerusform>Te controleren: %n meldingen met het BSN van een bekende cliënt en een andere naam of geboortedatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notifications wait for a coordinator.</source>
        <translation>
            <numerusform>%n melding wacht op een nazorgcoördinator.</numerusform>
            <numerusform>%n meldingen wachten op een nazorgcoördinator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are past the date to exchange information.</source>
        <translation>
            <numerusform>Bij %n daarvan is de datum voor de informatie-uitwisseling verstreken.</numerusform>
            <numerusform>Bij %n daarvan is de datum voor de informatie-uitwisseling verstreken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inbox is empty. Read in the prison system&apos;s list with Read in notifications…</source>
        <translation>De inbox is leeg. Lees de lijst uit het systeem van de PI in met Meldingen inlezen…</translation>
    </message>
    <message numerus="yes">
        <source>Limit per laptop (set by IT): %n cases.</source>
        <translation>
            <numerusform>Maximum per laptop (ingesteld door IT): %n traject.</numerusform>
            <numerusform>Maximum per laptop (ingesteld door IT): %n trajecten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected notifications to:</source>
        <translation>
            <numerusform>De gekozen melding toewijzen aan:</numerusform>
            <numerusform>De %n gekozen meldingen toewijzen aan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the notifications had just been taken by a colleague; they keep the coordinator they were given.</source>
        <translation>
            <numerusform>%n melding was net al door een collega toegewezen; die houdt de coördinator die hij toen kreeg.</numerusform>
            <numerusform>%n meldingen waren net al door een collega toegewezen; die houden de coördinator die ze toen kregen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No notifications wait for a coordinator.</source>
        <translation>Er wachten geen meldingen op een nazorgcoördinator.</translation>
    </message>
    <message>
        <source>IT has set no limit of cases per laptop.</source>
        <translation>IT heeft geen maximum aantal trajecten per laptop ingesteld.</translation>
    </message>
    <message>
        <source>No laptop has sent a bundle yet.</source>
        <translation>Nog geen laptop heeft een bundel gestuurd.</translation>
    </message>
    <message>
        <source>Reading in {file}…</source>
        <translation>{file} wordt ingelezen…</translation>
    </message>
    <message>
        <source>Assign notifications</source>
        <translation>Meldingen toewijzen</translation>
    </message>
</context>
<context>
    <name>OverviewFilterBar</name>
    <message>
        <source>Coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <source>Only with open &amp;warnings</source>
        <translation>Alleen met open &amp;waarschuwingen</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>Nazorg&amp;coördinator:</translation>
    </message>
    <message>
        <source>P&amp;I:</source>
        <translation>&amp;PI:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>Alle nazorgcoördinatoren</translation>
    </message>
    <message>
        <source>(no coordinator yet)</source>
        <translation>(nog geen nazorgcoördinator)</translation>
    </message>
    <message>
        <source>All PIs</source>
        <translation>Alle PI&apos;s</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>H&amp;uidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Nieuw wachtwoord &amp;herhalen:</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Goed wachtwoord.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Plan of approach {case}.pdf</source>
        <translation>Plan van aanpak {case}.pdf</translation>
    </message>
    <message>
        <source>Consent form {case}.pdf</source>
        <translation>Toestemmingsformulier {case}.pdf</translation>
    </message>
    <message>
        <source>Plan of approach - {person} - {case} - {date}.pdf</source>
        <translation>Plan van aanpak - {person} - {case} - {date}.pdf</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Plan of approach</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print this document (Ctrl+P)</source>
        <translation>Dit document afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file (Ctrl+S); the file is not encrypted</source>
        <translation>Dit document opslaan als PDF-bestand (Ctrl+S); het bestand is niet versleuteld</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>V&amp;ersies…</translation>
    </message>
    <message>
        <source>The versions printed or saved before, each to make again</source>
        <translation>De eerder afgedrukte of opgeslagen versies, elk opnieuw te maken</translation>
    </message>
    <message>
        <source>Who the plan is for</source>
        <translation>Voor wie het plan is</translation>
    </message>
    <message>
        <source>Client and own file</source>
        <translation>Cliënt en eigen dossier</translation>
    </message>
    <message>
        <source>A chain partner receives only what the client&apos;s consent or the law allows</source>
        <translation>Een ketenpartner krijgt alleen wat de toestemming van de cliënt of de wet toestaat</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>Show full &amp;BSN</source>
        <translation>Volledig &amp;BSN tonen</translation>
    </message>
    <message>
        <source>Print the whole BSN instead of only its last 3 digits</source>
        <translation>Het hele BSN afdrukken in plaats van alleen de laatste 3 cijfers</translation>
    </message>
    <message>
        <source>&amp;Blank form</source>
        <translation>&amp;Leeg formulier</translation>
    </message>
    <message>
        <source>For the client to fill in and sign</source>
        <translation>Voor de cliënt om in te vullen en te ondertekenen</translation>
    </message>
    <message>
        <source>F&amp;illed in with the latest consent</source>
        <translation>&amp;Ingevuld met de laatste toestemming</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Paginabreedte</translation>
    </message>
    <message>
        <source>Make the page as wide as the window</source>
        <translation>De pagina even breed maken als het venster</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Pagina {page} van {count}</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message>
        <source>Ticks the choices of the latest consent and draws its signature</source>
        <translation>Vinkt de keuzes van de laatste toestemming aan en zet de handtekening erop</translation>
    </message>
    <message>
        <source>No consent has been recorded for this case yet</source>
        <translation>Voor dit traject is nog geen toestemming vastgelegd</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>Het document kan niet worden getoond.</translation>
    </message>
    <message>
        <source>Left out of this plan for {recipient}, because it may not go to them:</source>
        <translation>Niet in dit plan voor {recipient}, omdat het niet met hen gedeeld mag worden:</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Het document kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Sent to the printer: 1 page.</source>
        <translation>Naar de printer gestuurd: 1 pagina.</translation>
    </message>
    <message>
        <source>Sent to the printer: {pages} pages.</source>
        <translation>Naar de printer gestuurd: {pages} pagina&apos;s.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved as {path}. The file is not encrypted.</source>
        <translation>Opgeslagen als {path}. Het bestand is niet versleuteld.</translation>
    </message>
    <message>
        <source>Nothing was printed or saved.</source>
        <translation>Er is niets afgedrukt of opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PeerTable</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Andere periode</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>K{number}</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>K&amp;wartaal:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
</context>
<context>
    <name>PersonalPage</name>
    <message>
        <source>Personal and detention data</source>
        <translation>Persoonsgegevens en detentie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Start of detention</source>
        <translation>Begin detentie</translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation>Verwachte vrijlating</translation>
    </message>
    <message>
        <source>Actual release</source>
        <translation>Werkelijke vrijlating</translation>
    </message>
    <message>
        <source>Aftercare ends</source>
        <translation>Einde nazorg</translation>
    </message>
    <message>
        <source>From the notification</source>
        <translation>Uit de melding</translation>
    </message>
    <message>
        <source>Change these data on the case screen.</source>
        <translation>Wijzig deze gegevens in het dossier.</translation>
    </message>
</context>
<context>
    <name>PlanBatch</name>
    <message>
        <source>Plan {number} of {total}</source>
        <translation>Plan {number} van {total}</translation>
    </message>
    <message>
        <source>{done} of {total} plans saved.</source>
        <translation>{done} van {total} plannen opgeslagen.</translation>
    </message>
    <message>
        <source>{done} of {total} plans printed.</source>
        <translation>{done} van {total} plannen afgedrukt.</translation>
    </message>
    <message>
        <source>{count} skipped: no plan yet: {names}</source>
        <translation>{count} overgeslagen: nog geen plan: {names}</translation>
    </message>
    <message>
        <source>{count} skipped: the case no longer exists: {names}</source>
        <translation>{count} overgeslagen: het traject bestaat niet meer: {names}</translation>
    </message>
    <message>
        <source>{count} failed: {names}</source>
        <translation>{count} mislukt: {names}</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the rest was not done. If it happens again, contact IT.</source>
        <translation>Er ging iets onverwachts mis; de rest is niet gedaan. Gebeurt het vaker, neem dan contact op met IT.</translation>
    </message>
    <message>
        <source>Cancelled: the remaining plans were not saved.</source>
        <translation>Geannuleerd: de overige plannen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>Cancelled: the remaining plans were not printed.</source>
        <translation>Geannuleerd: de overige plannen zijn niet afgedrukt.</translation>
    </message>
    <message>
        <source>The files are not encrypted: keep them safe and delete them when they are no longer needed.</source>
        <translation>De bestanden zijn niet versleuteld: bewaar ze veilig en verwijder ze zodra je ze niet meer nodig hebt.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> en nog {count}</translation>
    </message>
</context>
<context>
    <name>PlanBatchCheck</name>
    <message>
        <source>The selected case has a plan.</source>
        <translation>Het gekozen traject heeft een plan.</translation>
    </message>
    <message>
        <source>All {total} selected cases have a plan.</source>
        <translation>Alle {total} gekozen trajecten hebben een plan.</translation>
    </message>
    <message>
        <source>The selected case has no plan yet.</source>
        <translation>Het gekozen traject heeft nog geen plan.</translation>
    </message>
    <message>
        <source>None of the {total} selected cases has a plan yet.</source>
        <translation>Nog geen van de {total} gekozen trajecten heeft een plan.</translation>
    </message>
    <message>
        <source>1 of the {total} selected cases has a plan.</source>
        <translation>1 van de {total} gekozen trajecten heeft een plan.</translation>
    </message>
    <message>
        <source>{count} of the {total} selected cases have a plan.</source>
        <translation>{count} van de {total} gekozen trajecten hebben een plan.</translation>
    </message>
    <message>
        <source>1 has no plan yet and is skipped: {names}</source>
        <translation>1 heeft nog geen plan en wordt overgeslagen: {names}</translation>
    </message>
    <message>
        <source>{count} have no plan yet and are skipped: {names}</source>
        <translation>{count} hebben nog geen plan en worden overgeslagen: {names}</translation>
    </message>
    <message>
        <source>No plan yet: {names}</source>
        <translation>Nog geen plan: {names}</translation>
    </message>
    <message>
        <source>No longer in this workspace: {names}</source>
        <translation>Niet meer in deze werkmap: {names}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan of approach</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Status van het plan</translation>
    </message>
    <message>
        <source>Agreements with the detainee</source>
        <translation>Afspraken met de gedetineerde</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Finishing the intake</source>
        <translation>De intake afronden</translation>
    </message>
    <message>
        <source>View the &amp;plan…</source>
        <translation>&amp;Plan bekijken…</translation>
    </message>
    <message>
        <source>Preview the plan of approach, to print or save it</source>
        <translation>Het plan van aanpak bekijken, om het af te drukken of op te slaan</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>&amp;Toestemming vastleggen</translation>
    </message>
    <message>
        <source>The consent and legal basis of this case</source>
        <translation>De toestemming en grondslag van dit traject</translation>
    </message>
    <message>
        <source>Back to the &amp;case</source>
        <translation>Terug naar het &amp;dossier</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Alles is opgeslagen</translation>
    </message>
    <message>
        <source>Everything you typed is saved. Look at the plan, record the client&apos;s consent, or go back to the case.</source>
        <translation>Alles wat je hebt getypt, is opgeslagen. Bekijk het plan, leg de toestemming van de cliënt vast of ga terug naar het dossier.</translation>
    </message>
    <message>
        <source>Situation: {domain}</source>
        <translation>Situatie: {domain}</translation>
    </message>
    <message>
        <source>Goal: {domain}</source>
        <translation>Doel: {domain}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>PolicyMarks</name>
    <message>
        <source>Set by the IT department</source>
        <translation>Ingesteld door de IT-afdeling</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Clean up this laptop</source>
        <translation>Laptop opschonen</translation>
    </message>
    <message>
        <source>A case leaves this laptop when it was closed more than two weeks ago or was handed to another coordinator, and only after the back office confirmed it holds the case as it is here. The back office keeps every case; this only removes the copy on this laptop.</source>
        <translation>Een traject gaat van deze laptop af als het meer dan twee weken geleden is afgesloten of aan een andere nazorgcoördinator is overgedragen, en pas nadat de backoffice heeft bevestigd dat die het traject heeft zoals het hier staat. De backoffice houdt elk traject; alleen de kopie op deze laptop verdwijnt.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Why it leaves</source>
        <translation>Waarom het weggaat</translation>
    </message>
    <message>
        <source>Cases that leave now</source>
        <translation>Trajecten die nu weggaan</translation>
    </message>
    <message>
        <source>Why it stays for now</source>
        <translation>Waarom het nog blijft</translation>
    </message>
    <message>
        <source>Cases that wait</source>
        <translation>Trajecten die wachten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Clean up now</source>
        <translation>Nu &amp;opschonen</translation>
    </message>
    <message>
        <source>Leaves this laptop now: {count}</source>
        <translation>Gaat nu van deze laptop af: {count}</translation>
    </message>
    <message>
        <source>Stays for now: {count}</source>
        <translation>Blijft nog: {count}</translation>
    </message>
    <message>
        <source>Nothing can leave this laptop now.</source>
        <translation>Er kan nu niets van deze laptop af.</translation>
    </message>
    <message>
        <source>handed over to another coordinator</source>
        <translation>overgedragen aan een andere nazorgcoördinator</translation>
    </message>
    <message>
        <source>closed on {date}</source>
        <translation>afgesloten op {date}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>closed on {closed}; leaves on {date}</source>
        <translation>afgesloten op {closed}; gaat weg op {date}</translation>
    </message>
    <message>
        <source>handed over; waiting for the back office to confirm (exchange bundles first)</source>
        <translation>overgedragen; wacht op bevestiging van de backoffice (wissel eerst bundels uit)</translation>
    </message>
    <message>
        <source>closed; waiting for the back office to confirm (exchange bundles first)</source>
        <translation>afgesloten; wacht op bevestiging van de backoffice (wissel eerst bundels uit)</translation>
    </message>
    <message>
        <source>Remove the cases listed under &apos;Leaves this laptop now&apos; from this laptop? The back office keeps them.</source>
        <translation>De trajecten onder &apos;Gaat nu van deze laptop af&apos; van deze laptop verwijderen? De backoffice houdt ze.</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Opschonen…</translation>
    </message>
    <message numerus="yes">
        <source>%n cases were removed from this laptop.</source>
        <translation>
            <numerusform>%n traject is van deze laptop verwijderd.</numerusform>
            <numerusform>%n trajecten zijn van deze laptop verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Search name, BSN or PI</source>
        <translation>Zoek op naam, BSN of PI</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Zoeken in het register</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>&amp;Release within</source>
        <translation>&amp;Vrijlating binnen</translation>
    </message>
    <message>
        <source>Only cases released within the number of days</source>
        <translation>Alleen trajecten met vrijlating binnen het aantal dagen</translation>
    </message>
    <message>
        <source>Release within days</source>
        <translation>Vrijlating binnen aantal dagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;New client and case</source>
        <translation>&amp;Nieuwe cliënt en traject</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters wi&amp;ssen</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Alle trajecten weer tonen</translation>
    </message>
    <message>
        <source>&amp;Print plans…</source>
        <translation>Plannen &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Print the plans of approach of the selected cases in one go</source>
        <translation>De plannen van aanpak van de gekozen trajecten in één keer afdrukken</translation>
    </message>
    <message>
        <source>Save pl&amp;ans…</source>
        <translation>Plannen &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save the plans of approach of the selected cases as PDF files in a folder</source>
        <translation>De plannen van aanpak van de gekozen trajecten als PDF-bestanden in een map opslaan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loading target groups…</source>
        <translation>Doelgroepen laden…</translation>
    </message>
    <message>
        <source>No cases found ({total} in all)</source>
        <translation>Geen trajecten gevonden ({total} in totaal)</translation>
    </message>
    <message>
        <source>More than {visible} of {total} cases</source>
        <translation>Meer dan {visible} van {total} trajecten</translation>
    </message>
    <message>
        <source>{visible} of {total} cases</source>
        <translation>{visible} van {total} trajecten</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Nog geen trajecten.</translation>
    </message>
    <message>
        <source>No cases yet — {shortcut} for a new one</source>
        <translation>Nog geen trajecten — {shortcut} voor een nieuw traject</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Datum vrijlating</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
</context>
<context>
    <name>ReleaseResultDialog</name>
    <message>
        <source>Releases and transfers read in</source>
        <translation>Vrijlatingen en overplaatsingen ingelezen</translation>
    </message>
    <message>
        <source>Rows to check: nothing was changed for them. Correct the list or the case file, then read the list in again.</source>
        <translation>Te controleren regels: hiervoor is niets veranderd. Verbeter de lijst of het dossier en lees de lijst daarna opnieuw in.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Te controleren regels</translation>
    </message>
    <message>
        <source>Refused rows: {count}. Correct them in the list and read it in again; rows done already are not changed twice.</source>
        <translation>Geweigerde regels: {count}. Verbeter ze in de lijst en lees de lijst opnieuw in. Regels die al verwerkt zijn, worden niet twee keer veranderd.</translation>
    </message>
    <message>
        <source>No rows were refused.</source>
        <translation>Er zijn geen regels geweigerd.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Geweigerde regels</translation>
    </message>
</context>
<context>
    <name>ReleaseTexts</name>
    <message>
        <source>no client has this BSN</source>
        <translation>geen cliënt heeft dit BSN</translation>
    </message>
    <message>
        <source>the client has no open detention that started on or before this date</source>
        <translation>de cliënt heeft geen lopende detentie die op of vóór deze datum begon</translation>
    </message>
    <message>
        <source>the client has more than one open detention; add the PI to the list to choose</source>
        <translation>de cliënt heeft meer dan één lopende detentie; zet de PI in de lijst om te kiezen</translation>
    </message>
    <message>
        <source>the surname in the list is not the client&apos;s: check the BSN</source>
        <translation>de achternaam in de lijst is niet die van de cliënt: controleer het BSN</translation>
    </message>
    <message>
        <source>Line {line} (row {record}): {reason}</source>
        <translation>Regel {line} (rij {record}): {reason}</translation>
    </message>
    <message>
        <source>End of detention set: {count} (lines: {lines})</source>
        <translation>Einde detentie vastgelegd: {count} (regels: {lines})</translation>
    </message>
    <message>
        <source>Of which moved on to aftercare: {count} (lines: {lines})</source>
        <translation>Waarvan door naar nazorg: {count} (regels: {lines})</translation>
    </message>
    <message>
        <source>New PI set: {count} (lines: {lines})</source>
        <translation>Nieuwe PI vastgelegd: {count} (regels: {lines})</translation>
    </message>
    <message>
        <source>Already done, nothing changed: {count} (lines: {lines})</source>
        <translation>Al gedaan, niets veranderd: {count} (regels: {lines})</translation>
    </message>
    <message>
        <source>To check, nothing changed: {count}</source>
        <translation>Te controleren, niets veranderd: {count}</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoord &amp;instellen</translation>
    </message>
    <message>
        <source>A new passphrase for {name} ({login}). Give it to them in person; they can change it under Settings.</source>
        <translation>Een nieuw wachtwoord voor {name} ({login}). Geef het persoonlijk door; het is te wijzigen onder Instellingen.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>A closed case is kept for {years} years after it was closed, as the consent form tells the client. After that it is due for erasure: its personal data is removed here and, with the next bundle, from the laptops.</source>
        <translation>Een afgesloten traject wordt {years} jaar na het afsluiten bewaard, zoals het toestemmingsformulier de cliënt vertelt. Daarna moet het worden gewist: de persoonsgegevens verdwijnen hier en, met de volgende bundel, van de laptops.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Due for erasure since</source>
        <translation>Te wissen sinds</translation>
    </message>
    <message>
        <source>Cases past their retention period</source>
        <translation>Trajecten met verstreken bewaartermijn</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <source>No case is past its retention period.</source>
        <translation>Van geen enkel traject is de bewaartermijn verstreken.</translation>
    </message>
    <message>
        <source>Cases past their retention period: {count}.</source>
        <translation>Trajecten met verstreken bewaartermijn: {count}.</translation>
    </message>
    <message>
        <source>Case {code} was erased.</source>
        <translation>Traject {code} is gewist.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Check a notification</source>
        <translation>Melding controleren</translation>
    </message>
    <message>
        <source>&amp;Same person: add the detention</source>
        <translation>&amp;Zelfde persoon: detentie toevoegen</translation>
    </message>
    <message>
        <source>Line {line} of {file}: the BSN belongs to a known client with another name or date of birth</source>
        <translation>Regel {line} van {file}: het BSN hoort bij een bekende cliënt met een andere naam of geboortedatum</translation>
    </message>
    <message>
        <source>Notified detention: {prison}, from {start}</source>
        <translation>Gemelde detentie: {prison}, vanaf {start}</translation>
    </message>
    <message>
        <source>Same person: the detention is added to the known client. Choose per detail which value is right; a detail changes only where you choose the notified value, and the old value is kept in the correction history. Another person: refuse the notification and have the list corrected at its source.</source>
        <translation>Zelfde persoon: de detentie komt bij de bekende cliënt. Kies per gegeven wat juist is. Een gegeven verandert alleen als je de waarde uit de melding kiest; de oude waarde blijft bewaard in de correctiegeschiedenis. Andere persoon: weiger de melding en laat de lijst bij de bron verbeteren.</translation>
    </message>
    <message>
        <source>In the notification</source>
        <translation>In de melding</translation>
    </message>
    <message>
        <source>Another person: &amp;refuse</source>
        <translation>Andere persoon: &amp;weigeren</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke device</source>
        <translation>Apparaat intrekken</translation>
    </message>
    <message>
        <source>&amp;Revoke device</source>
        <translation>Apparaat &amp;intrekken</translation>
    </message>
    <message>
        <source>Revoke {label} ({kind})?</source>
        <translation>{label} ({kind}) intrekken?</translation>
    </message>
    <message>
        <source>Every bundle this device makes from now on will be refused here, and no bundles are made for it any more. This cannot be undone: a device that is revoked cannot be added again. Do this when a laptop is lost or stolen, or is no longer used.</source>
        <translation>Elke bundel die dit apparaat vanaf nu maakt, wordt hier geweigerd, en er worden geen bundels meer voor gemaakt. Dit kan niet ongedaan worden gemaakt: een ingetrokken apparaat kan niet opnieuw worden toegevoegd. Doe dit als een laptop kwijt of gestolen is, of niet meer wordt gebruikt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>for example: laptop lost on 14 June</source>
        <translation>bijvoorbeeld: laptop kwijtgeraakt op 14 juni</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>{recipient}: {kind}</source>
        <translation>{recipient}: {kind}</translation>
    </message>
    <message>
        <source>&amp;What is revoked?</source>
        <translation>&amp;Wat wordt er ingetrokken?</translation>
    </message>
    <message>
        <source>Which recipient or kind of data</source>
        <translation>Welke ontvanger of soort gegevens</translation>
    </message>
    <message>
        <source>Revoked from</source>
        <translation>Ingetrokken vanaf</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>W&amp;hich</source>
        <translation>W&amp;elke</translation>
    </message>
    <message>
        <source>Revoked &amp;from</source>
        <translation>&amp;Ingetrokken vanaf</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>From this day on, the data no longer go on this consent. What rests on a law (such as the Wet straffen en beschermen) is not affected.</source>
        <translation>Vanaf deze dag worden de gegevens niet meer gedeeld op grond van deze toestemming. Wat op een wet berust (zoals de Wet straffen en beschermen), verandert niet.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>Rollen &amp;opslaan</translation>
    </message>
    <message>
        <source>Roles of {name} ({login})</source>
        <translation>Rollen van {name} ({login})</translation>
    </message>
    <message>
        <source>A coordinator who has no other role sees only the cases that carry their name.</source>
        <translation>Een nazorgcoördinator zonder andere rol ziet alleen de trajecten op eigen naam.</translation>
    </message>
</context>
<context>
    <name>SamePersonDialog</name>
    <message>
        <source>This BSN belongs to another client</source>
        <translation>Dit BSN hoort bij een andere cliënt</translation>
    </message>
    <message>
        <source>&amp;Same person: save</source>
        <translation>&amp;Zelfde persoon: opslaan</translation>
    </message>
    <message>
        <source>BSN {bsn} is known, with another name or date of birth</source>
        <translation>BSN {bsn} is al bekend, met een andere naam of geboortedatum</translation>
    </message>
    <message>
        <source>One BSN belongs to one person. Is this the client who is already known, or is there a typing error in the BSN? Nothing has been saved yet.
Same person: choose per detail which value is right. A detail of the known client changes only where you choose the typed value; the old value is kept in the correction history.</source>
        <translation>Eén BSN hoort bij één persoon. Is dit de cliënt die al bekend is, of staat er een typefout in het BSN? Er is nog niets opgeslagen.
Zelfde persoon: kies per gegeven wat juist is. Een gegeven van de bekende cliënt verandert alleen als je de getypte waarde kiest; de oude waarde blijft bewaard in de correctiegeschiedenis.</translation>
    </message>
    <message>
        <source>Typed now</source>
        <translation>Nu getypt</translation>
    </message>
    <message>
        <source>&amp;Typing error in the BSN</source>
        <translation>&amp;Typefout in het BSN</translation>
    </message>
</context>
<context>
    <name>ServerLoginScreen</name>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Inl&amp;oggen</translation>
    </message>
    <message>
        <source>Leave the password empty when you log in with the municipality&apos;s single sign-on or IT has set up a password file for you.</source>
        <translation>Laat het wachtwoord leeg als je inlogt met de single sign-on van de gemeente of als IT een wachtwoordbestand voor je heeft ingesteld.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Server: {address}</source>
        <translation>Server: {address}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not available: several people open this workspace, each with their own passphrase.</source>
        <translation>Niet beschikbaar: meerdere mensen openen deze werkmap, elk met een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Not available: the only keyring on this computer stores secrets without protection.</source>
        <translation>Niet beschikbaar: de enige sleutelbos op deze computer bewaart geheimen zonder beveiliging.</translation>
    </message>
    <message>
        <source>Not available: this computer has no system keyring (for example a desktop without one).</source>
        <translation>Niet beschikbaar: deze computer heeft geen systeemsleutelbos (bijvoorbeeld een bureaubladomgeving zonder sleutelbos).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Vergrendelen na aantal minuten zonder gebruik</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unlock with the system keyring on this computer</source>
        <translation>Ontgrendelen met de systeemsleutelbos op deze computer</translation>
    </message>
    <message>
        <source>Your IT department does not allow quick unlock on this computer.</source>
        <translation>Je IT-afdeling staat snel ontgrendelen op deze computer niet toe.</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer account can then open the workspace without the passphrase. Off by default.</source>
        <translation>Iedereen die op dit computeraccount kan inloggen, kan de werkmap dan openen zonder wachtwoord. Staat standaard uit.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Rotate database key…</source>
        <translation>Databasesleutel &amp;vervangen…</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Taal (na herstart):</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Automatisch vergrendelen na:</translation>
    </message>
    <message>
        <source>Extra domains in the intake checklist:</source>
        <translation>Extra domeinen in de checklist van de intake:</translation>
    </message>
    <message>
        <source>Values with a padlock are set by your IT department ({path}).</source>
        <translation>Waarden met een slotje zijn ingesteld door je IT-afdeling ({path}).</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>Het wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>Re-encrypt the whole database under a new key? A backup is made first. This can take a while.</source>
        <translation>De hele database opnieuw versleutelen met een nieuwe sleutel? Eerst wordt er een back-up gemaakt. Dit kan even duren.</translation>
    </message>
    <message>
        <source>The database key has been rotated.</source>
        <translation>De databasesleutel is vervangen.</translation>
    </message>
</context>
<context>
    <name>SharingTexts</name>
    <message>
        <source>no consent and no legal basis has been recorded</source>
        <translation>er is geen toestemming en geen grondslag vastgelegd</translation>
    </message>
    <message>
        <source>the legal basis lets the municipality process the data, not share them</source>
        <translation>de grondslag laat de gemeente de gegevens verwerken, niet delen</translation>
    </message>
    <message>
        <source>the consent does not name this recipient</source>
        <translation>de toestemming noemt deze ontvanger niet</translation>
    </message>
    <message>
        <source>the consent does not name this kind of data</source>
        <translation>de toestemming noemt dit soort gegevens niet</translation>
    </message>
    <message>
        <source>the consent is not in effect yet</source>
        <translation>de toestemming geldt nog niet</translation>
    </message>
    <message>
        <source>the consent has expired</source>
        <translation>de toestemming is verlopen</translation>
    </message>
    <message>
        <source>the consent was replaced by a newer version</source>
        <translation>de toestemming is vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>the consent was revoked</source>
        <translation>de toestemming is ingetrokken</translation>
    </message>
    <message>
        <source>allowed on the client&apos;s consent</source>
        <translation>toegestaan met toestemming van de cliënt</translation>
    </message>
    <message>
        <source>allowed by the Wet straffen en beschermen</source>
        <translation>toegestaan op grond van de Wet straffen en beschermen</translation>
    </message>
    <message>
        <source>no consent in effect and no legal basis: record a consent or a legal basis to send this case</source>
        <translation>geen geldige toestemming en geen grondslag: leg een toestemming of grondslag vast om dit traject mee te sturen</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <source>detention data</source>
        <translation>detentiegegevens</translation>
    </message>
    <message>
        <source>the plan (triage, contact persons, agreements)</source>
        <translation>het plan (triage, contactpersonen, afspraken)</translation>
    </message>
    <message>
        <source>{category}: {reason}</source>
        <translation>{category}: {reason}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Intake and plan</source>
        <translation>Intake en plan</translation>
    </message>
    <message>
        <source>Consent and legal basis</source>
        <translation>Toestemming en grondslag</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Voorbeeld van een document</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>Datumvelden</translation>
    </message>
    <message>
        <source>From the search field into the list</source>
        <translation>Van het zoekveld naar de lijst</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Het gekozen traject openen</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Het dossier opslaan</translation>
    </message>
    <message>
        <source>Preview the plan of approach</source>
        <translation>Het plan van aanpak bekijken</translation>
    </message>
    <message>
        <source>Back to the register</source>
        <translation>Terug naar het register</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Add a follow-up action</source>
        <translation>Een vervolgactie toevoegen</translation>
    </message>
    <message>
        <source>Save the note at once</source>
        <translation>De notitie meteen opslaan</translation>
    </message>
    <message>
        <source>Save what is still waiting at once (everything saves itself)</source>
        <translation>Wat nog wacht meteen opslaan (alles wordt vanzelf opgeslagen)</translation>
    </message>
    <message>
        <source>Back to the case file</source>
        <translation>Terug naar het dossier</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>De toestemming vastleggen</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Het document afdrukken</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Het document opslaan als PDF-bestand</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Empty a date that may be empty (or click its Clear date button)</source>
        <translation>Een datum leegmaken die leeg mag zijn (of klik op de knop Datum wissen in het veld)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Every key works without the mouse. Alt with the underlined letter chooses a button or field; Tab moves on.</source>
        <translation>Alles werkt zonder muis. Alt met de onderstreepte letter kiest een knop of veld; met Tab ga je verder.</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Sign here with the mouse or a pen</source>
        <translation>Onderteken hier met de muis of een pen</translation>
    </message>
    <message>
        <source>Choose &apos;Signed on screen&apos; to sign here</source>
        <translation>Kies &apos;Op het scherm ondertekend&apos; om hier te ondertekenen</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Draw the signature with the mouse or a pen</source>
        <translation>Zet de handtekening met de muis of een pen</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Handtekening wissen</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>{name} — {kind}, {municipality}</source>
        <translation>{name} — {kind}, {municipality}</translation>
    </message>
    <message>
        <source>Fingerprint of this device</source>
        <translation>Vingerafdruk van dit apparaat</translation>
    </message>
    <message>
        <source>Read this fingerprint out when the other side adds this device, and compare theirs when you add their device.</source>
        <translation>Lees deze vingerafdruk voor als de andere kant dit apparaat toevoegt, en vergelijk die van hen als jij hun apparaat toevoegt.</translation>
    </message>
    <message>
        <source>Save &amp;key file…</source>
        <translation>Sleutelbestand &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save this device&apos;s public key file, to give to the other side</source>
        <translation>Het openbare sleutelbestand van dit apparaat opslaan, om aan de andere kant te geven</translation>
    </message>
    <message>
        <source>The key file holds no client data.</source>
        <translation>Het sleutelbestand bevat geen cliëntgegevens.</translation>
    </message>
    <message>
        <source>Registered devices</source>
        <translation>Geregistreerde apparaten</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>Apparaat &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add another device from its key file, after comparing the fingerprint</source>
        <translation>Een ander apparaat toevoegen met zijn sleutelbestand, na het vergelijken van de vingerafdruk</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Int&amp;rekken…</translation>
    </message>
    <message>
        <source>Refuse every later bundle of the selected device (a lost laptop)</source>
        <translation>Elke latere bundel van het gekozen apparaat weigeren (een kwijtgeraakte laptop)</translation>
    </message>
    <message>
        <source>Bundles travel on a USB stick. Each is encrypted for one device and holds only what that device may have.</source>
        <translation>Bundels gaan mee op een USB-stick. Elke bundel is versleuteld voor één apparaat en bevat alleen wat dat apparaat mag hebben.</translation>
    </message>
    <message>
        <source>&amp;Make bundle…</source>
        <translation>Bundel &amp;maken…</translation>
    </message>
    <message>
        <source>Write a bundle for a registered device, for example on the USB stick</source>
        <translation>Een bundel schrijven voor een geregistreerd apparaat, bijvoorbeeld op de USB-stick</translation>
    </message>
    <message>
        <source>Read &amp;in bundles…</source>
        <translation>Bundels in&amp;lezen…</translation>
    </message>
    <message>
        <source>Choose one or more bundles to read in</source>
        <translation>Kies een of meer bundels om in te lezen</translation>
    </message>
    <message>
        <source>Read in a fol&amp;der…</source>
        <translation>Hele m&amp;ap inlezen…</translation>
    </message>
    <message>
        <source>Read in every bundle in a folder, for example the USB stick</source>
        <translation>Elke bundel in een map inlezen, bijvoorbeeld op de USB-stick</translation>
    </message>
    <message>
        <source>Clean &amp;up laptop…</source>
        <translation>Laptop op&amp;schonen…</translation>
    </message>
    <message>
        <source>Remove the cases the back office confirmed and this laptop no longer needs</source>
        <translation>De trajecten verwijderen die de backoffice heeft bevestigd en die deze laptop niet meer nodig heeft</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Openstaande conflicten</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Conflict o&amp;plossen…</translation>
    </message>
    <message>
        <source>Compare the two versions of the selected conflict and choose</source>
        <translation>De twee versies van het gekozen conflict vergelijken en kiezen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dit apparaat</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundels</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>No other devices yet. Add one with Add device…, from its key file.</source>
        <translation>Nog geen andere apparaten. Voeg er een toe met Apparaat toevoegen…, met het sleutelbestand.</translation>
    </message>
    <message>
        <source>No other devices yet.</source>
        <translation>Nog geen andere apparaten.</translation>
    </message>
    <message>
        <source>Nothing can leave this laptop now.</source>
        <translation>Er kan nu niets van deze laptop af.</translation>
    </message>
    <message>
        <source>Cases that can leave this laptop now: {count}. The back office has them.</source>
        <translation>Trajecten die nu van deze laptop af kunnen: {count}. De backoffice heeft ze.</translation>
    </message>
    <message>
        <source>No open conflicts. There is nothing to choose.</source>
        <translation>Geen openstaande conflicten. Er valt niets te kiezen.</translation>
    </message>
    <message>
        <source>Open conflicts: {count}. These records were changed both here and on the other device. Nothing was overwritten: the version here stays until you choose.</source>
        <translation>Openstaande conflicten: {count}. Deze gegevens zijn zowel hier als op het andere apparaat gewijzigd. Er is niets overschreven: de versie hier blijft staan tot je kiest.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Geen openstaande conflicten.</translation>
    </message>
    <message>
        <source>Case {case}: {kind} ({peer})</source>
        <translation>Traject {case}: {kind} ({peer})</translation>
    </message>
    <message>
        <source>is missing there</source>
        <translation>ontbreekt daar</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <source>Terugkeer key {device}.json</source>
        <translation>Terugkeer-sleutel {device}.json</translation>
    </message>
    <message>
        <source>The key file was saved as {path}. It holds no client data. Give it to the other side, and compare the fingerprint {fingerprint} together by phone or on paper.</source>
        <translation>Het sleutelbestand is opgeslagen als {path}. Het bevat geen cliëntgegevens. Geef het aan de andere kant, en vergelijk samen de vingerafdruk {fingerprint}, telefonisch of op papier.</translation>
    </message>
    <message>
        <source>For which device is the bundle?</source>
        <translation>Voor welk apparaat is de bundel?</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was made.</source>
        <translation>Geannuleerd: er is geen bundel gemaakt.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Coordinator laptop</source>
        <translation>Laptop nazorgcoördinator</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>Ingetrokken op {date}: {reason}</translation>
    </message>
    <message>
        <source>new: {new}, updated: {updated}, unchanged: {unchanged}, conflicts: {conflicts}</source>
        <translation>nieuw: {new}, bijgewerkt: {updated}, ongewijzigd: {unchanged}, conflicten: {conflicts}</translation>
    </message>
    <message>
        <source>, older versions ignored: {stale}</source>
        <translation>, oudere versies genegeerd: {stale}</translation>
    </message>
    <message>
        <source>Differences: {count}. The other device holds other versions of these records than this one expected; they are sent again with the next bundle. See Synchronisation.</source>
        <translation>Verschillen: {count}. Het andere apparaat heeft andere versies van deze gegevens dan hier werd verwacht; ze gaan opnieuw mee met de volgende bundel. Zie Synchronisatie.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Surname prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Municipality of registration</source>
        <translation>Gemeente van inschrijving</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>PI</source>
        <translation>PI</translation>
    </message>
    <message>
        <source>Start of detention</source>
        <translation>Begin detentie</translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation>Verwachte vrijlating</translation>
    </message>
    <message>
        <source>Actual release</source>
        <translation>Werkelijke vrijlating</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Contact on</source>
        <translation>Contact op</translation>
    </message>
    <message>
        <source>Intake on</source>
        <translation>Intake op</translation>
    </message>
    <message>
        <source>Plan on</source>
        <translation>Plan op</translation>
    </message>
    <message>
        <source>Aftercare from</source>
        <translation>Nazorg vanaf</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Case direction</source>
        <translation>Casusregie</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Self-reliance</source>
        <translation>Zelfredzaamheid</translation>
    </message>
    <message>
        <source>Reason for the case direction</source>
        <translation>Reden voor de casusregie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Aftercare needed?</source>
        <translation>Nazorg nodig?</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Genoteerd op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Hoe gegeven</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Kinds of data</source>
        <translation>Soorten gegevens</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Kinds of data per recipient</source>
        <translation>Soorten gegevens per ontvanger</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Revoked from</source>
        <translation>Ingetrokken vanaf</translation>
    </message>
    <message>
        <source>What is revoked</source>
        <translation>Wat is ingetrokken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>(signature picture)</source>
        <translation>(handtekening)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>TakeOverButton</name>
    <message>
        <source>Take over the notes from the intake</source>
        <translation>Notities uit de intake overnemen</translation>
    </message>
    <message>
        <source>Take over the intake notes of {domain}</source>
        <translation>Notities uit de intake overnemen voor {domain}</translation>
    </message>
    <message>
        <source>There are no notes for this domain in the intake</source>
        <translation>Er zijn in de intake geen notities bij dit domein</translation>
    </message>
    <message>
        <source>The situation already holds the notes of the intake</source>
        <translation>De situatie bevat de notities uit de intake al</translation>
    </message>
    <message>
        <source>Adds the notes of this domain&apos;s intake step below the situation; nothing typed is replaced</source>
        <translation>Zet de notities uit de intakestap van dit domein onder de situatie; wat er al staat, blijft staan</translation>
    </message>
</context>
<context>
    <name>TargetGroupPage</name>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Short stays (under 3 months) get aftercare only in a special group or on their own request. Detention shorter than 10 days brings no duty of care.</source>
        <translation>Kortgestraften (korter dan 3 maanden) krijgen alleen nazorg als ze in een bijzondere doelgroep vallen of er zelf om vragen. Bij een detentie korter dan 10 dagen is er geen zorgplicht.</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Case direction</source>
        <translation>Casusregie</translation>
    </message>
    <message>
        <source>Reason for the case direction</source>
        <translation>Reden voor de casusregie</translation>
    </message>
    <message>
        <source>Self-reliance</source>
        <translation>Zelfredzaamheid</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Aftercare needed?</source>
        <translation>Nazorg nodig?</translation>
    </message>
    <message>
        <source>Status at intake</source>
        <translation>Status bij intake</translation>
    </message>
    <message>
        <source>Domains: is aftercare needed?</source>
        <translation>Domeinen: is nazorg nodig?</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Account</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock with the &amp;system keyring</source>
        <translation>Ontgrendelen met de &amp;systeemsleutelbos</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Other workspace…</source>
        <translation>Andere werk&amp;map…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Plan of approach {case} version {number}.pdf</source>
        <translation>Plan van aanpak {case} versie {number}.pdf</translation>
    </message>
    <message>
        <source>Consent form {case} version {number}.pdf</source>
        <translation>Toestemmingsformulier {case} versie {number}.pdf</translation>
    </message>
    <message>
        <source>Versions of the plan of approach</source>
        <translation>Versies van het plan van aanpak</translation>
    </message>
    <message>
        <source>Versions of the consent form</source>
        <translation>Versies van het toestemmingsformulier</translation>
    </message>
    <message>
        <source>Printing or saving changed content makes a new version; its number and code are in the footer. Make a version again to see or save exactly what was printed then.</source>
        <translation>Afdrukken of opslaan van gewijzigde inhoud maakt een nieuwe versie; het nummer en de code staan onderaan de pagina. Maak een versie opnieuw om precies te zien of op te slaan wat toen is afgedrukt.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>The version made again</source>
        <translation>De opnieuw gemaakte versie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Make again</source>
        <translation>Opnieuw &amp;maken</translation>
    </message>
    <message>
        <source>Make the chosen version again, exactly as it was printed</source>
        <translation>De gekozen versie opnieuw maken, precies zoals hij is afgedrukt</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Save the version shown as a PDF file; the file is not encrypted</source>
        <translation>De getoonde versie opslaan als PDF-bestand; het bestand is niet versleuteld</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Nothing has been printed or saved yet, so there are no versions.</source>
        <translation>Er is nog niets afgedrukt of opgeslagen, dus er zijn geen versies.</translation>
    </message>
    <message>
        <source>Making version {number} again…</source>
        <translation>Versie {number} wordt opnieuw gemaakt…</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>Het document kon niet worden getoond.</translation>
    </message>
    <message>
        <source>Version {number}, exactly as it was made.</source>
        <translation>Versie {number}, precies zoals hij is gemaakt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved as {path}. The file is not encrypted.</source>
        <translation>Opgeslagen als {path}. Het bestand is niet versleuteld.</translation>
    </message>
    <message>
        <source>The version could not be made.</source>
        <translation>De versie kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Detention shorter than 10 days: no duty of care.</source>
        <translation>Detentie korter dan 10 dagen: geen zorgplicht.</translation>
    </message>
    <message>
        <source>Release on {date} while still open: {domains}.</source>
        <translation>Vrijlating op {date}, nog niet geregeld: {domains}.</translation>
    </message>
    <message>
        <source>Release on {date} and the intake has not been held.</source>
        <translation>Vrijlating op {date} en de intake is nog niet gehouden.</translation>
    </message>
    <message>
        <source>Release on {date} and the plan of approach is still a concept: discuss it with the client.</source>
        <translation>Vrijlating op {date} en het plan van aanpak is nog een concept: bespreek het met de cliënt.</translation>
    </message>
    <message>
        <source>The plan has actions for partners, but there is no consent and no other legal basis: nothing of it may be shared.</source>
        <translation>Het plan heeft acties voor partners, maar er is geen toestemming en geen andere grondslag: er mag niets van worden gedeeld.</translation>
    </message>
    <message>
        <source>Aftercare ends on {date}.</source>
        <translation>Nazorg eindigt op {date}.</translation>
    </message>
    <message>
        <source>Release {date}: no intake</source>
        <translation>Vrijlating {date}: geen intake</translation>
    </message>
    <message>
        <source>Release {date}: plan still a concept</source>
        <translation>Vrijlating {date}: plan nog concept</translation>
    </message>
    <message>
        <source>Release {date}: {domains} open</source>
        <translation>Vrijlating {date}: {domains} open</translation>
    </message>
    <message>
        <source>Information to the PI by {date}</source>
        <translation>Informatie naar PI uiterlijk {date}</translation>
    </message>
    <message>
        <source>Information term passed {date}</source>
        <translation>Termijn informatie verstreken {date}</translation>
    </message>
    <message>
        <source>Plan for partners without consent</source>
        <translation>Plan voor partners zonder toestemming</translation>
    </message>
    <message>
        <source>Shorter than 10 days</source>
        <translation>Korter dan 10 dagen</translation>
    </message>
    <message>
        <source>Aftercare ends {date}</source>
        <translation>Nazorg eindigt {date}</translation>
    </message>
    <message>
        <source> (+{count})</source>
        <translation> (+{count})</translation>
    </message>
    <message>
        <source>Exchange information with the PI by {date} (5 working days after the start of detention).</source>
        <translation>Wissel uiterlijk op {date} informatie uit met de PI (5 werkdagen na het begin van de detentie).</translation>
    </message>
    <message>
        <source>The term for exchanging information with the PI passed on {date}.</source>
        <translation>De termijn voor het uitwisselen van informatie met de PI is op {date} verstreken.</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
</context>
<context>
    <name>WorkloadTable</name>
    <message>
        <source>Coordinator</source>
        <translation>Nazorgcoördinator</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open trajecten</translation>
    </message>
    <message>
        <source>Of which notifications</source>
        <translation>Waarvan meldingen</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <source>Open a workspace folder</source>
        <translation>Werkmap openen</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Werkmap &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Recente werkmappen</translation>
    </message>
    <message>
        <source>Ne&amp;w workspace…</source>
        <translation>Nieuwe &amp;werkmap…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo proberen</translation>
    </message>
    <message>
        <source>As a &amp;coordinator (laptop)</source>
        <translation>Als &amp;nazorgcoördinator (laptop)</translation>
    </message>
    <message>
        <source>As the &amp;back office</source>
        <translation>Als &amp;backoffice</translation>
    </message>
    <message>
        <source>{workspace} (not found)</source>
        <translation>{workspace} (niet gevonden)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nog geen recente werkmappen</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>nazorgcoördinator</translation>
    </message>
    <message>
        <source>back office</source>
        <translation>backoffice</translation>
    </message>
    <message>
        <source>{folder}
Demo with fictional people, {kind}. Passphrase: {passphrase}</source>
        <translation>{folder}
Demo met fictieve personen, {kind}. Wachtwoord: {passphrase}</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>Demo openen…</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Select the cases in the register whose plans you want to print, then choose Print plan again.</source>
        <translation>Kies in het register de trajecten waarvan je de plannen wilt afdrukken. Kies daarna opnieuw Plan afdrukken.</translation>
    </message>
</context>
<context>
    <name>_ChoicePage</name>
    <message>
        <source>Welcome to Terugkeer</source>
        <translation>Welkom bij Terugkeer</translation>
    </message>
    <message>
        <source>Terugkeer keeps the aftercare of residents leaving prison in one encrypted workspace on this computer. What would you like to do?</source>
        <translation>Terugkeer bewaart de nazorg voor inwoners die uit detentie komen in één versleutelde werkmap op deze computer. Wat wil je doen?</translation>
    </message>
    <message>
        <source>&amp;Create a new workspace</source>
        <translation>&amp;Nieuwe werkmap maken</translation>
    </message>
    <message>
        <source>Try the &amp;demo (fictional people only, no passphrase to choose)</source>
        <translation>&amp;Demo proberen (alleen fictieve personen, zonder wachtwoord)</translation>
    </message>
    <message>
        <source>&amp;Open an existing workspace folder</source>
        <translation>Bestaande werkmap &amp;openen</translation>
    </message>
    <message>
        <source>Connect to the municipality&apos;s &amp;server</source>
        <translation>Verbinden met de server van de &amp;gemeente</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkmap</translation>
    </message>
    <message>
        <source>A coordinator&apos;s laptop works offline in prisons; the back office gathers the bundles of all coordinators.</source>
        <translation>De laptop van een nazorgcoördinator werkt offline in de PI; de backoffice verzamelt de bundels van alle nazorgcoördinatoren.</translation>
    </message>
    <message>
        <source>Coordinator (laptop)</source>
        <translation>Nazorgcoördinator (laptop)</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <source>Kind of workspace</source>
        <translation>Soort werkmap</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
</context>
<context>
    <name>_FolderPicker</name>
    <message>
        <source>Workspace folder</source>
        <translation>Werkmap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Kies de werkmap</translation>
    </message>
</context>
<context>
    <name>_KeyFilePicker</name>
    <message>
        <source>Office key file</source>
        <translation>Kantoorsleutel</translation>
    </message>
    <message>
        <source>Choose the office key file</source>
        <translation>Kies het bestand met de kantoorsleutel</translation>
    </message>
</context>
<context>
    <name>_OpenPage</name>
    <message>
        <source>Open an existing workspace</source>
        <translation>Bestaande werkmap openen</translation>
    </message>
    <message>
        <source>Choose the folder that holds workspace.key and terugkeer.db.</source>
        <translation>Kies de map met de bestanden workspace.key en terugkeer.db.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <source>The passphrase encrypts everything in the workspace. Without it nobody can read the data — not even IT. Use at least 12 characters, for example a few words.</source>
        <translation>Het wachtwoord versleutelt alles in de werkmap. Zonder wachtwoord kan niemand de gegevens lezen — ook IT niet. Gebruik minstens 12 tekens, bijvoorbeeld een paar woorden.</translation>
    </message>
    <message>
        <source>Your IT department linked this laptop to the back office {name} ({municipality}). It is added as soon as the workspace is made, so bundles can be exchanged with it right away. Its fingerprint:
{fingerprint}</source>
        <translation>Je IT-afdeling heeft deze laptop gekoppeld aan de backoffice {name} ({municipality}). Die wordt toegevoegd zodra de werkmap is gemaakt, zodat je meteen bundels kunt uitwisselen. De vingerafdruk:
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>_ServerPage</name>
    <message>
        <source>Connect to the municipality&apos;s server</source>
        <translation>Verbinden met de server van de gemeente</translation>
    </message>
    <message>
        <source>IT gives you the server&apos;s address: postgresql://… or service=NAME. The password is asked each time you log in and is never stored.</source>
        <translation>IT geeft je het adres van de server: postgresql://… of service=NAAM. Het wachtwoord wordt bij elke keer inloggen gevraagd en nooit bewaard.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>The office key file is needed only to exchange bundles with the laptops and to manage devices; IT tells you where it is kept.</source>
        <translation>Het bestand met de kantoorsleutel is alleen nodig om bundels met de laptops uit te wisselen en apparaten te beheren; IT vertelt je waar het staat.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Office &amp;key file:</source>
        <translation>&amp;Kantoorsleutel:</translation>
    </message>
</context>
</TS>
