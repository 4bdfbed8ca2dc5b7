<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="102"/>
        <source>Kod</source>
        <extracomment>The status beside the code: on screen however narrow the window.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="102"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="103"/>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="102"/>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="103"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="103"/>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="103"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="176"/>
        <source>skriven</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="180"/>
        <source>Försenad: skulle vara klar {quarter} och är inte markerad som genomförd eller inställd.</source>
        <translation>Delayed: due by {quarter} and not marked as done or cancelled.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="187"/>
        <source>Ingen rapport för perioden ännu.</source>
        <translation>No report for the period yet.</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="95"/>
        <source>&amp;Ny…</source>
        <extracomment>answers the unsaved-texts question instead of a message box (&apos;save&apos;/&apos;discard&apos;/&apos;cancel&apos;) the report shown: (project, activity code, period) and the texts as stored the unforeseen text shown: (project, period) and the text as stored The plan shown in one line (the project and focus area are named above the tabs).</extracomment>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="96"/>
        <source>&amp;Ändra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="97"/>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="98"/>
        <source>&amp;Upp</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="99"/>
        <source>Ne&amp;d</source>
        <translation>Dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="100"/>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="101"/>
        <source>Ändra aktiviteten</source>
        <translation>Edit the activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="102"/>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="660"/>
        <source>Ta bort aktiviteten</source>
        <translation>Remove the activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="103"/>
        <source>Flytta aktiviteten upp</source>
        <translation>Move the activity up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="104"/>
        <source>Flytta aktiviteten ned</source>
        <translation>Move the activity down</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="114"/>
        <source>Rapportperiod</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="116"/>
        <source>Rappor&amp;tperiod:</source>
        <translation>Repor&amp;ting period:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="122"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="139"/>
        <source>Vad som gjordes i aktiviteten under perioden</source>
        <translation>What was done in the activity during the period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="140"/>
        <source>Genomfört under perioden</source>
        <translation>Done during the period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="141"/>
        <source>Vad det ledde till: resultat, deltagare, beslut</source>
        <translation>What it led to: results, participants, decisions</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="141"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="142"/>
        <source>Resultat och effekter som inte var planerade, positiva som negativa</source>
        <translation>Results and effects that were not planned, positive or negative</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="143"/>
        <source>Oförutsedda resultat och effekter</source>
        <translation>Unforeseen results and effects</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="144"/>
        <source>Genomf&amp;ört under perioden:</source>
        <translation>D&amp;one during the period:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="146"/>
        <source>Ut&amp;fall:</source>
        <translation>Out&amp;come:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="148"/>
        <source>&amp;Oförutsedda resultat och effekter under perioden (lägesrapportens avsnitt 5):</source>
        <translation>Un&amp;foreseen results and effects during the period (section 5 of the progress report):</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="151"/>
        <source>Spara text&amp;erna</source>
        <translation>Sav&amp;e the texts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="152"/>
        <source>Spara texterna</source>
        <translation>Save the texts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="153"/>
        <source>Ctrl+Enter i en textruta. Texterna sparas också när du lämnar rutan.</source>
        <translation>Ctrl+Enter in a text box. The texts are also saved when you leave the box.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="180"/>
        <source>Aktivitetens rapport</source>
        <translation>The activity&apos;s report</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="181"/>
        <source>Oförutsett under perioden</source>
        <translation>Unforeseen during the period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="277"/>
        <source>Välj ett projekt.</source>
        <translation>Choose a project.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="303"/>
        <source>insatsområde {n}</source>
        <translation>focus area {n}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="304"/>
        <source>hela projektet</source>
        <translation>the whole project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="305"/>
        <source>Aktivitetsplan, {scope}: {n} aktiviteter, status vid {quarter}: {counts}</source>
        <translation>Activity plan, {scope}: {n} activities, status at {quarter}: {counts}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="391"/>
        <source>Välj en aktivitet.</source>
        <translation>Choose an activity.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="398"/>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="434"/>
        <source>Ändrat – sparas när du lämnar rutan.</source>
        <translation>Changed – saved when you leave the box.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="469"/>
        <source>Texterna för {period} är sparade.</source>
        <translation>The texts for {period} are saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="504"/>
        <source>Rapporten för {code} ({period}) är inte sparad.</source>
        <translation>The report for {code} ({period}) is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="507"/>
        <source>Texten om oförutsedda resultat och effekter ({period}) är inte sparad.</source>
        <translation>The text on unforeseen results and effects ({period}) is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="509"/>
        <source>Texten är inte sparad</source>
        <translation>The text is not saved</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="512"/>
        <source>Vill du spara den?</source>
        <translation>Do you want to save it?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="513"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="514"/>
        <source>Spara &amp;inte</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="515"/>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="665"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="615"/>
        <source>Aktiviteten {code} är tillagd.</source>
        <translation>The activity {code} is added.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="636"/>
        <source>Aktiviteten {code} är ändrad.</source>
        <translation>The activity {code} is changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="661"/>
        <source>Ta bort {code} {name}? Dess rapporter tas bort med den (ändringsloggen behåller dem).</source>
        <translation>Remove {code} {name}? Its reports go with it (the change log keeps them).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="664"/>
        <source>Ta &amp;bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="674"/>
        <source>Aktiviteten {code} är borttagen.</source>
        <translation>The activity {code} is removed.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="48"/>
        <source>Ny aktivitet</source>
        <extracomment>(focus area number, name, its indicators as (code, name)) of the project. Writes the fields; returns None, or the message why they were refused.</extracomment>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="49"/>
        <source>Ändra aktiviteten {code}</source>
        <translation>Edit the activity {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="52"/>
        <source>t.ex. A1.2</source>
        <translation>e.g. A1.2</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="73"/>
        <source>Försenad visas av sig själv när det planerade slutkvartalet har passerat och aktiviteten inte är genomförd eller inställd.</source>
        <translation>Delayed shows by itself once the planned end quarter has passed and the activity is neither done nor cancelled.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="92"/>
        <source>Aktivitetens kod</source>
        <translation>The activity&apos;s code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="92"/>
        <source>Aktivitetens namn</source>
        <translation>The activity&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="93"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="93"/>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="94"/>
        <source>Planerad start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="94"/>
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="95"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="96"/>
        <source>Avslutad kvartal</source>
        <translation>Quarter closed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="96"/>
        <source>Kopplade indikatorer</source>
        <translation>Linked indicators</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="109"/>
        <source>a&amp;vslutad:</source>
        <translation>c&amp;losed:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="115"/>
        <source>&amp;Kod:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="115"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="116"/>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="116"/>
        <source>&amp;Insatsområde:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="117"/>
        <source>&amp;Planerad:</source>
        <translation>&amp;Planned:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="117"/>
        <source>A&amp;nsvarig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="118"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="126"/>
        <source>Kopplade in&amp;dikatorer (de aktiviteten ska påverka):</source>
        <translation>Linked in&amp;dicators (those the activity is meant to move):</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="129"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activity_dialog.py" line="130"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AmountSheets</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="466"/>
        <source>Räknas ut: {rate} av personalkostnaderna. Schablonen ändras under Budget och finansiering.</source>
        <extracomment>Columns shown marked (approved quarters): their header is dimmed and says why. Saves a typed text: (row key, column key, text) -&gt; None, or the message why it was refused. The key of a total row or column.</extracomment>
        <translation>Computed: {rate} of the staff costs. The flat rate is changed under Budget and financing.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="476"/>
        <source>Importerat från {file}</source>
        <translation>Imported from {file}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="478"/>
        <source>Inläst från projektfilen</source>
        <translation>Loaded from the project file</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="486"/>
        <source>{quarter}: fastställt av styrgruppen. Kostnaderna går ändå att ändra – bokslutet kommer ofta efter mötet.</source>
        <translation>{quarter}: approved by the steering group. The costs can still be changed – the accounts often close after the meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="503"/>
        <source>Räknas ut: {rate} av personalbudgeten</source>
        <translation>Computed: {rate} of the staff budget</translation>
    </message>
</context>
<context>
    <name>BoxDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="109"/>
        <source>Ändra rutan {code}</source>
        <translation>Edit box {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="109"/>
        <source>Ny ruta</source>
        <translation>New box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="123"/>
        <source>t.ex. Företag utbildade i cirkulära affärsmodeller</source>
        <translation>e.g. Companies trained in circular business models</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="129"/>
        <source>görs av sig själv, t.ex. R1.2</source>
        <translation>made automatically, e.g. R1.2</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="130"/>
        <source>&amp;Nivå:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="130"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="131"/>
        <source>&amp;Insatsområde:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="131"/>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="132"/>
        <source>&amp;Text i rutan:</source>
        <translation>&amp;Text in the box:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="132"/>
        <source>Text i rutan</source>
        <translation>Text in the box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="133"/>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="133"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="134"/>
        <source>&amp;Kod:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="134"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="131"/>
        <source>Budget per kostnadsslag och år</source>
        <translation>Budget per cost category and year</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="135"/>
        <source>Finansiering per finansiär och år</source>
        <translation>Financing per financier and year</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="139"/>
        <source>Inbetalt per finansiär och kvartal</source>
        <translation>Paid in per financier and quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="145"/>
        <source>&amp;Ny finansiär…</source>
        <translation>&amp;New financier…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="146"/>
        <source>Ä&amp;ndra finansiären…</source>
        <translation>&amp;Edit the financier…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="147"/>
        <source>Ta &amp;bort finansiären…</source>
        <translation>&amp;Remove the financier…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="157"/>
        <source>Schablon för indirekta kostnader</source>
        <translation>Flat rate for indirect costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="158"/>
        <source>Andel av personalkostnaderna, t.ex. 15 %. Högst 40 %.</source>
        <translation>Share of the staff costs, e.g. 15 %. At most 40 %.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="160"/>
        <source>Tak för Tillväxtverkets andel</source>
        <translation>Cap on Tillväxtverket&apos;s share</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="161"/>
        <source>Den största andel av den totala budgeten som stödet får vara, oftast 50 %.</source>
        <translation>The largest share of the total budget the grant may be, most often 50 %.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="170"/>
        <source>Belopp i kronor som i beslutet. Indirekta kostnader räknas ut av personalbudgeten med projektets schablon.</source>
        <translation>Amounts in kronor as in the decision. Indirect costs are computed from the staff budget with the project&apos;s flat rate.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="185"/>
        <source>Vad varje finansiär har betalat in per kvartal (slututbetalningen kommer ofta året efter projektet).</source>
        <translation>What each financier has paid in per quarter (the final payment often comes the year after the project).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="192"/>
        <source>&amp;Schablon för indirekta kostnader (andel av personalkostnaderna):</source>
        <translation>&amp;Flat rate for indirect costs (share of the staff costs):</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="195"/>
        <source>&amp;Tak för Tillväxtverkets andel av den totala budgeten:</source>
        <translation>&amp;Cap on Tillväxtverket&apos;s share of the total budget:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="200"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="201"/>
        <source>&amp;Finansiering</source>
        <translation>Fina&amp;ncing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="202"/>
        <source>&amp;Inbetalt</source>
        <translation>&amp;Paid in</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="203"/>
        <source>&amp;Inställningar</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="205"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="227"/>
        <source>Budget och finansiering – {code}</source>
        <translation>Budget and financing – {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="272"/>
        <source>Den här cellen räknas ut och skrivs inte in.</source>
        <translation>This cell is computed, not typed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="280"/>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="288"/>
        <source>Summorna räknas ut och skrivs inte in.</source>
        <translation>The totals are computed, not typed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="302"/>
        <source>Schablonen</source>
        <translation>The flat rate</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="311"/>
        <source>Taket</source>
        <translation>The cap</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="333"/>
        <source>Finansiären {name} är tillagd.</source>
        <translation>The financier {name} is added.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="365"/>
        <source>Ta bort finansiären {name} och dess planerade finansiering?</source>
        <translation>Remove the financier {name} and its planned financing?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="367"/>
        <source>Ta &amp;bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="368"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="373"/>
        <source>Finansiären {name} är borttagen.</source>
        <translation>The financier {name} is removed.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="43"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="44"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="45"/>
        <source>Sitter nu i</source>
        <translation>Placed in</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="373"/>
        <source>flyttas från {box}</source>
        <translation>moves from {box}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="373"/>
        <source>inte placerad</source>
        <translation>not placed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="375"/>
        <source>hör hemma bland {level}</source>
        <translation>belongs among {level}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="377"/>
        <source>sitter bland aktiviteterna</source>
        <translation>belongs among the activities</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="91"/>
        <source>Kostnadsslag för kontot</source>
        <translation>Cost category of the account</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="92"/>
        <source>välj …</source>
        <translation>choose …</translation>
    </message>
</context>
<context>
    <name>ChainDiagram</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="115"/>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="119"/>
        <source>Effektkedjans diagram</source>
        <extracomment>Logical pixels per inch: a point of the diagram is a point of the window&apos;s fonts. Narrower than this the diagram is drawn at this width and scrolls sideways: its three columns need the room, and the whole project&apos;s chain the focus areas&apos; names beside them too. A change of the pane&apos;s width by less than this many pixels does not lay the diagram out again. The newest diagram asked for is shown (or could not be drawn): nothing is pending.</extracomment>
        <translation>Diagram of the effect chain</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="120"/>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="187"/>
        <source>Välj ett projekt för att se dess effektkedja.</source>
        <translation>Choose a project to see its effect chain.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="193"/>
        <source>Effektkedjan har inga rutor ännu. Lägg till en ruta i redigeraren (Ny ruta) så ritas diagrammet här.</source>
        <translation>The effect chain has no boxes yet. Add a box in the editor (New box) and the diagram is drawn here.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="229"/>
        <source>Diagrammet kunde inte ritas: {why}</source>
        <translation>The diagram could not be drawn: {why}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="259"/>
        <source>Spara effektkedjan som &amp;PNG…</source>
        <translation>Save the effect chain as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="260"/>
        <source>Spara effektkedjan som &amp;SVG…</source>
        <translation>Save the effect chain as &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="277"/>
        <source>Spara effektkedjan</source>
        <translation>Save the effect chain</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="287"/>
        <source>Effektkedjan kunde inte sparas</source>
        <translation>The effect chain could not be saved</translation>
    </message>
</context>
<context>
    <name>ChainTreeModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="41"/>
        <source>Effektkedja</source>
        <translation>Effect chain</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="256"/>
        <source>hoppar över resultatnivån (valt)</source>
        <extracomment>The node behind an index (:class:`ChainNode`), the lesson behind a row, the candidate behind a row.</extracomment>
        <translation>skips the result level (chosen)</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="77"/>
        <source>Meddelande</source>
        <extracomment>From this width (logical pixels) the diagram sits beside the tree, else below it. Answers the confirmation of a removal instead of a message box (tests): True = go ahead.</extracomment>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="82"/>
        <source>Effektkedjan: rutor per nivå</source>
        <translation>The effect chain: boxes per level</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="94"/>
        <source>R&amp;utor, indikatorer, aktiviteter och pilar:</source>
        <translation>Bo&amp;xes, indicators, activities and arrows:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="99"/>
        <source>Vad kedjan inte säger än</source>
        <translation>What the chain does not say yet</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="110"/>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="136"/>
        <source>&amp;Ny ruta…</source>
        <translation>&amp;New box…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="111"/>
        <source>&amp;Ändra rutan…</source>
        <translation>E&amp;dit the box…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="112"/>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="142"/>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="114"/>
        <source>Flytta rutan &amp;upp</source>
        <translation>Move the box &amp;up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="116"/>
        <source>Flytta rutan &amp;ner</source>
        <translation>Move the box &amp;down</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="118"/>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="138"/>
        <source>Ny pi&amp;l…</source>
        <translation>New arro&amp;w…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="119"/>
        <source>Placera en &amp;indikator i rutan…</source>
        <translation>Place an &amp;indicator in the box…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="120"/>
        <source>Placera en &amp;aktivitet i rutan…</source>
        <translation>Place an &amp;activity in the box…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="121"/>
        <source>&amp;Flytta till en annan ruta…</source>
        <translation>&amp;Move to another box…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="136"/>
        <source>Ny ruta</source>
        <translation>New box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="137"/>
        <source>Ny ruta på den valda nivån (Insert)</source>
        <translation>New box on the level selected (Insert)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="138"/>
        <source>Ny pil från rutan</source>
        <translation>New arrow from the box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="139"/>
        <source>Pla&amp;cera</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="139"/>
        <source>Placera en indikator eller aktivitet</source>
        <translation>Place an indicator or activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="141"/>
        <source>&amp;Ändra…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="141"/>
        <source>Ändra rutan</source>
        <translation>Edit the box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="142"/>
        <source>Ta bort det valda</source>
        <translation>Remove what is selected</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="143"/>
        <source>Ta bort rutan, pilen, eller indikatorn eller aktiviteten ur rutan (Delete)</source>
        <translation>Remove the box, the arrow, or the indicator or activity from its box (Delete)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="145"/>
        <source>&amp;Mer</source>
        <translation>M&amp;ore</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="145"/>
        <source>Flytta rutan</source>
        <translation>Move the box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="161"/>
        <source>Spara &amp;diagrammet</source>
        <translation>Save the dia&amp;gram</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="161"/>
        <source>Spara diagrammet som PNG eller SVG</source>
        <translation>Save the diagram as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="163"/>
        <source>Som &amp;PNG (200 dpi)…</source>
        <translation>As &amp;PNG (200 dpi)…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="164"/>
        <source>Som &amp;SVG…</source>
        <translation>As &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="166"/>
        <source>I eget f&amp;önster</source>
        <translation>In its own &amp;window</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="166"/>
        <source>Diagrammet i eget fönster</source>
        <translation>The diagram in its own window</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="168"/>
        <source>Diagrammet i ett eget fönster, så stort som skärmen tillåter</source>
        <translation>The diagram in a window of its own, as large as the screen allows</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="180"/>
        <source>Redig&amp;erare</source>
        <translation>Edi&amp;tor</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="180"/>
        <source>Visa redigeraren</source>
        <translation>Show the editor</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="181"/>
        <source>Diagramme&amp;t</source>
        <translation>Diagra&amp;m</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="181"/>
        <source>Visa diagrammet</source>
        <translation>Show the diagram</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="305"/>
        <source>Välj ett projekt för att se dess effektkedja.</source>
        <translation>Choose a project to see its effect chain.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="310"/>
        <source>Effektkedja – {project}, insatsområde {n}. {name}</source>
        <translation>Effect chain – {project}, focus area {n}. {name}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="313"/>
        <source>Effektkedja – {project}, hela projektet</source>
        <translation>Effect chain – {project}, whole project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="315"/>
        <source>(status {quarter})</source>
        <translation>(status {quarter})</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="320"/>
        <source>Inte placerade än: {codes}</source>
        <translation>Not placed yet: {codes}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="430"/>
        <source>Effektkedja</source>
        <translation>Effect chain</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="463"/>
        <source>Rutan {code} är tillagd.</source>
        <translation>Box {code} added.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="477"/>
        <source>Rutan är ändrad.</source>
        <translation>The box is changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="506"/>
        <source>Ta bort rutan {code} «{title}» med dess pilar? Det som sitter i den blir oplacerat.</source>
        <translation>Remove box {code} “{title}” and its arrows? What is placed in it is then not placed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="509"/>
        <source>Rutan {code} är borttagen.</source>
        <translation>Box {code} removed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="512"/>
        <source>Pilen från {a} till {b} är borttagen.</source>
        <translation>The arrow from {a} to {b} is removed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="515"/>
        <source>Indikatorn {code} är inte längre placerad i {box}.</source>
        <translation>Indicator {code} is no longer placed in {box}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="520"/>
        <source>Aktiviteten {code} är inte längre placerad i {box}.</source>
        <translation>Activity {code} is no longer placed in {box}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="545"/>
        <source>Pilen från {code} är tillagd.</source>
        <translation>The arrow from {code} is added.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="558"/>
        <source>Placera en indikator i {code}</source>
        <translation>Place an indicator in {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="559"/>
        <source>En indikator sitter på en nivå i kedjan, den som dess effektlogiknivå säger. En indikator som sitter i en annan ruta flyttas hit.</source>
        <translation>An indicator sits on one level of the chain, the one its effect-logic level says. An indicator placed in another box moves here.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="571"/>
        <source>Placera en aktivitet i {code}</source>
        <translation>Place an activity in {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="572"/>
        <source>Aktivitetsplanens aktiviteter sitter bland aktiviteterna, var och en i en ruta. En aktivitet som sitter i en annan ruta flyttas hit.</source>
        <translation>The activities of the plan sit among the activities, each in one box. An activity placed in another box moves here.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="595"/>
        <source>{code} är placerad i {box}.</source>
        <translation>{code} is placed in {box}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="613"/>
        <source>Flytta {code} till en annan ruta</source>
        <translation>Move {code} to another box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_view.py" line="630"/>
        <source>{code} är flyttad till {box}.</source>
        <translation>{code} moved to {box}.</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="79"/>
        <source>Välj en indikator för att se dess diagram.</source>
        <extracomment>The newest chart asked for was shown, or could not be built: no build is pending. matplotlib was imported (in the renderer thread), before the first figure: the window moves what is loaded out of the garbage collector&apos;s way now (``hallbar_desktop.memory``).</extracomment>
        <translation>Select an indicator to see its chart.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="338"/>
        <source>Spara diagrammet som PNG (300 dpi)…</source>
        <translation>Save the chart as PNG (300 dpi)…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="339"/>
        <source>Spara diagrammet som SVG…</source>
        <translation>Save the chart as SVG…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="350"/>
        <source>Spara diagram</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="362"/>
        <source>Diagrammet kunde inte sparas</source>
        <translation>The chart could not be saved</translation>
    </message>
</context>
<context>
    <name>CostImportDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="80"/>
        <source>Importera kostnader</source>
        <extracomment>The end of the core&apos;s message about an unmapped account (``cost_import.preview_cost_import``). The roles in the order the columns step asks for them; the first three are needed.</extracomment>
        <translation>Import costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="81"/>
        <source>Export från ekonomisystemet (*.csv *.txt *.tsv *.skv *.xlsx);;CSV och text (*.csv *.txt *.tsv *.skv);;Excel (*.xlsx);;Alla filer (*)</source>
        <translation>Export from the finance system (*.csv *.txt *.tsv *.skv *.xlsx);;CSV and text (*.csv *.txt *.tsv *.skv);;Excel (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="126"/>
        <source>Importera kostnader till {code} – {file}</source>
        <extracomment>The columns confirmed in the columns step (None: the ones remembered for the project).</extracomment>
        <translation>Import costs into {code} – {file}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="134"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="134"/>
        <source>&amp;Konto:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="134"/>
        <source>&amp;Belopp:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="135"/>
        <source>D&amp;ebet:</source>
        <translation>D&amp;ebit:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="135"/>
        <source>K&amp;redit:</source>
        <translation>C&amp;redit:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="135"/>
        <source>&amp;Aktivitet:</source>
        <translation>Ac&amp;tivity:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="136"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="136"/>
        <source>Kostnads&amp;slag:</source>
        <translation>Cost cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="139"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="150"/>
        <source>Datum, konto och belopp behövs (eller debet och kredit i stället för belopp, eller kostnadsslag i stället för konto). Aktivitet kopplar kostnaderna till aktivitetsplanen.</source>
        <translation>Date, account and amount are needed (or debit and credit instead of amount, or cost category instead of account). Activity links the costs to the activity plan.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="155"/>
        <source>Filens första rader</source>
        <translation>The file&apos;s first rows</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="159"/>
        <source>&amp;Nästa: förhandsgranska</source>
        <translation>&amp;Next: preview</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="162"/>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="213"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="171"/>
        <source>Filens första rader:</source>
        <translation>The file&apos;s first rows:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="183"/>
        <source>Konton &amp;utan kostnadsslag – välj ett för varje (det sparas för projektet):</source>
        <translation>Accounts &amp;without a cost category – choose one for each (it is kept for the project):</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="189"/>
        <source>Konton utan kostnadsslag</source>
        <translation>Accounts without a cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="199"/>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="205"/>
        <source>&amp;Förhandsgranskning – fel först, sedan före → efter per kvartal och kostnadsslag:</source>
        <translation>&amp;Preview – errors first, then before → after per quarter and cost category:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="209"/>
        <source>Ändra &amp;kolumner…</source>
        <translation>Change &amp;columns…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="211"/>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="238"/>
        <source>Första importen för {code}: ange vilka kolumner i {file} som är vad. Förslaget bygger på rubrikerna ({format}, rubrikrad {row}). Kolumnerna sparas för projektet.</source>
        <translation>First import for {code}: say which columns of {file} hold what. The suggestion comes from the headers ({format}, header row {row}). The columns are kept for the project.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="244"/>
        <source>Kolumnerna i {file} ({format}, rubrikrad {row}). De sparade för {code} är förvalda.</source>
        <translation>The columns of {file} ({format}, header row {row}). Those kept for {code} are chosen.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="255"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="277"/>
        <source>Kolumnerna räcker inte: ange datum, belopp (eller debet och kredit) och konto (eller kostnadsslag).</source>
        <translation>The columns are not enough: give date, amount (or debit and credit) and account (or cost category).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="281"/>
        <source>En kolumn kan bara ha en roll.</source>
        <translation>A column can have one role only.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="290"/>
        <source>importdialogen</source>
        <translation>the import dialog</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="332"/>
        <source>Bekräfta kolumnerna först (Ändra kolumner…).</source>
        <translation>Confirm the columns first (Change columns…).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="337"/>
        <source>{file}: {format}, {n} transaktioner, summa {total}. {new} nya, {changed} ändrade, {same} oförändrade kvartalsbelopp; {errors} fel.</source>
        <translation>{file}: {format}, {n} transactions, total {total}. {new} new, {changed} changed, {same} unchanged quarterly amounts; {errors} errors.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="343"/>
        <source>{n} rader är inga transaktioner (t.ex. summarader) och hoppas över.</source>
        <translation>{n} rows are no transactions (e.g. sum rows) and are skipped.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="349"/>
        <source>Filen ändrar inget: den är redan importerad.</source>
        <translation>The file changes nothing: it is imported already.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="351"/>
        <source>Inget importeras förrän felen är rättade.</source>
        <translation>Nothing is imported until the errors are corrected.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="359"/>
        <source> – välj ett kostnadsslag för kontot i listan ovan</source>
        <translation> – choose a cost category for the account in the list above</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="406"/>
        <source>Importen gick inte</source>
        <translation>The import failed</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="112"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="112"/>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="112"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="112"/>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="112"/>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="113"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="42"/>
        <source>Vad beslutades</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="44"/>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="45"/>
        <source>Klart &amp;senast</source>
        <translation>Due &amp;by</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="52"/>
        <source>Lä&amp;gg till beslut</source>
        <translation>Add dec&amp;ision</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="54"/>
        <source>Nytt beslut vid det valda mötet</source>
        <translation>New decision at the selected meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="67"/>
        <source>Spara &amp;uppföljningen</source>
        <translation>Save the &amp;follow-up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="69"/>
        <source>Uppföljning av det markerade beslutet</source>
        <translation>Follow-up of the selected decision</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="71"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="72"/>
        <source>Upp&amp;följning:</source>
        <translation>Follo&amp;w-up:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="118"/>
        <source>Spara mötet först; beslutet hör till ett möte.</source>
        <translation>Save the meeting first; a decision belongs to a meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="124"/>
        <source>Beslutet är sparat.</source>
        <translation>The decision is saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="131"/>
        <source>Beslut {n} är sparat.</source>
        <translation>Decision {n} is saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="149"/>
        <source>Uppföljningen av beslut {n} är sparad.</source>
        <translation>The follow-up of decision {n} is saved.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="80"/>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="161"/>
        <source>Välj en indikator i navigatorn eller tabellen.</source>
        <extracomment>Saves the comment of one value: (project, indicator, quarter, text) -&gt; None, or why not. The user saved the comment of the selected value (text, possibly empty). the value shown: (project, indicator, quarter) writes a comment (the window&apos;s value entry); None: the pane cannot save answers the unsaved-comment question instead of a message box (&apos;save&apos;/&apos;discard&apos;/&apos;cancel&apos;)</extracomment>
        <translation>Select an indicator in the navigator or the table.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="85"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="85"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="85"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="86"/>
        <source>Riktning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="86"/>
        <source>Summering</source>
        <translation>Accumulation</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="87"/>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="87"/>
        <source>Mål och måldatum</source>
        <translation>Target and deadline</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="88"/>
        <source>Delmål</source>
        <translation>Intermediate targets</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="88"/>
        <source>Datakälla</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="89"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="89"/>
        <source>Effektlogik</source>
        <translation>Effect logic</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="89"/>
        <source>Per kön</source>
        <translation>By sex</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="106"/>
        <source>Valt värde</source>
        <translation>Selected value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="107"/>
        <source>Välj en kvartalscell.</source>
        <translation>Select a quarter cell.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="112"/>
        <source>Kommentar: varför värdet är som det är</source>
        <translation>Comment: why the value is what it is</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="115"/>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="117"/>
        <source>&amp;Spara kommentar</source>
        <translation>&amp;Save comment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="118"/>
        <source>Ctrl+Enter i kommentarsfältet</source>
        <translation>Ctrl+Enter in the comment field</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="133"/>
        <source>&amp;Historik:</source>
        <translation>&amp;History:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="167"/>
        <source>(arkiverad)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="171"/>
        <source>saknas</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="172"/>
        <source>uppnådd</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="177"/>
        <source>ingen definition angiven</source>
        <translation>no definition given</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="188"/>
        <source>ja (kvinnor, män, annat/ej angivet)</source>
        <translation>yes (women, men, other/not stated)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="188"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="197"/>
        <source>Välj en kvartalscell för att se dess kommentar och historik.</source>
        <translation>Select a quarter cell to see its comment and history.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="210"/>
        <source>Senast ändrat av {who} {when}</source>
        <translation>Last changed by {who} {when}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="213"/>
        <source>Ange ett värde i tabellen innan du skriver en kommentar.</source>
        <translation>Enter a value in the table before writing a comment.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="342"/>
        <source>Kommentaren är inte sparad</source>
        <translation>The comment is not saved</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="343"/>
        <source>Kommentaren till {code} {quarter} är inte sparad.</source>
        <translation>The comment on {code} {quarter} is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="347"/>
        <source>Vill du spara den?</source>
        <translation>Do you want to save it?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="348"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="349"/>
        <source>Spara &amp;inte</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="350"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DiagramWindow</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/diagram.py" line="296"/>
        <source>Effektkedja</source>
        <translation>Effect chain</translation>
    </message>
</context>
<context>
    <name>EconomyView</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="83"/>
        <source>Uppföljning till och med</source>
        <extracomment>Shows a message in the status bar: (text, milliseconds). The user asked to import costs (Arkiv → Importera kostnader…). The user asked for the budget and financing editor.</extracomment>
        <translation>Follow-up up to</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="86"/>
        <source>Till och &amp;med:</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="88"/>
        <source>&amp;Budget…</source>
        <translation>&amp;Budget…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="89"/>
        <source>Budget och finansiering</source>
        <translation>Budget and financing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="90"/>
        <source>Budget, finansiering, inbetalningar, schablon och tak (Ctrl+Shift+B)</source>
        <translation>Budget, financing, payments, flat rate and cap (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="92"/>
        <source>Impor&amp;tera…</source>
        <translation>Impor&amp;t…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="93"/>
        <source>Importera kostnader</source>
        <translation>Import costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="94"/>
        <source>Ekonomisystemets export, CSV eller Excel (Ctrl+Shift+I)</source>
        <translation>The finance system&apos;s export, CSV or Excel (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="113"/>
        <source>Uppföljning per kostnadsslag</source>
        <translation>Follow-up per cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="126"/>
        <source>Kostnader per kvartal och kostnadsslag</source>
        <translation>Costs per quarter and cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="128"/>
        <source>Skriv ett belopp och tryck Enter eller Tab; klistra in ett block från Excel; Delete tömmer; Ctrl+Z ångrar.</source>
        <translation>Type an amount and press Enter or Tab; paste a block from Excel; Delete clears; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="130"/>
        <source>K&amp;ostnader per kvartal:</source>
        <translation>C&amp;osts per quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="132"/>
        <source>kursivt: räknas ut · ✓ fastställt (går att ändra)</source>
        <translation>italic: computed · ✓ approved (can be changed)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="133"/>
        <source>Indirekta kostnader räknas ut som schablon av personalkostnaderna och skrivs inte in. Kvartal som styrgruppen fastställt är märkta ✓; deras kostnader går ändå att ändra, eftersom bokslutet ofta kommer efter mötet.</source>
        <translation>Indirect costs are computed as a flat rate of the staff costs and are not typed. Quarters the steering group approved are marked ✓; their costs can still be changed, as the accounts often close after the meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="180"/>
        <source>Kopiera kostnaderna</source>
        <translation>Copy the costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="181"/>
        <source>Klistra in kostnader</source>
        <translation>Paste costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="183"/>
        <source>Töm markerade kostnader</source>
        <translation>Clear the selected costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="273"/>
        <source>○ Inga kostnader för {quarter} ännu (grå): importera exporten eller skriv in dem nedan.</source>
        <translation>○ No costs for {quarter} yet (grey): import the export or type them below.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="283"/>
        <source>Inbetalt till och med {quarter}: {paid} av {planned}</source>
        <translation>Paid in up to {quarter}: {paid} of {planned}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="287"/>
        <source> (perioden: {paid}).</source>
        <translation> (the period: {paid}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="278"/>
        <source>Projektet har ingen budget ännu: lägg in den under Budget och finansiering.</source>
        <translation>The project has no budget yet: enter it under Budget and financing.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="292"/>
        <source>Indirekta kostnader: schablon {rate} av personalkostnaderna.</source>
        <translation>Indirect costs: flat rate {rate} of the staff costs.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="331"/>
        <source>(senaste)</source>
        <translation>(latest)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="380"/>
        <source>Summorna räknas ut och skrivs inte in.</source>
        <translation>The totals are computed, not typed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="381"/>
        <source>Ändra {category} {quarter}</source>
        <translation>Change {category} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="388"/>
        <source>Välj ett projekt först.</source>
        <translation>Select a project first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="391"/>
        <source>Ändringen kunde inte sparas.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="408"/>
        <source>Töm {n} kostnader</source>
        <translation>Clear {n} costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="426"/>
        <source>Välj cellen där blocket ska börja, och kopiera belopp först.</source>
        <translation>Choose the cell where the block is to start, and copy amounts first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="435"/>
        <source>Blocket ({rows} × {cols}) får inte plats från den valda cellen: det når summorna eller utanför tabellen. Inget klistrades in.</source>
        <translation>The block ({rows} × {cols}) does not fit from the chosen cell: it reaches the totals or beyond the table. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="442"/>
        <source>Klistra in {rows} × {cols} belopp</source>
        <translation>Paste {rows} × {cols} amounts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="445"/>
        <source>Inget klistrades in. </source>
        <translation>Nothing was pasted. </translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="491"/>
        <source>Tömt: {category} {quarter}</source>
        <translation>Cleared: {category} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="492"/>
        <source>Sparat: {category} {quarter}</source>
        <translation>Saved: {category} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="495"/>
        <source> och {n} belopp till</source>
        <translation> and {n} more amounts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="497"/>
        <source>Ångrat: {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="499"/>
        <source>Gjort om: {action}</source>
        <translation>Redone: {action}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../hallbar_desktop/ui/empty_state.py" line="16"/>
        <source>Registret är tomt</source>
        <translation>The register is empty</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/empty_state.py" line="19"/>
        <source>Här följer du upp projektets indikatorer kvartal för kvartal: skriv in utfallen i tabellen, se status (grön, gul, röd) och ta fram underlag till styrgruppen och lägesrapporten.

Registret {name} har inga projekt ännu. Titta först på demoregistret med två exempelprojekt, eller lägg upp ditt eget projekt med insatsområden och indikatorer.</source>
        <translation>Here you follow up your project&apos;s indicators quarter by quarter: type the outcomes into the table, see their status (green, yellow, red) and prepare material for the steering group and the progress report.

The register {name} has no projects yet. Have a look at the demo register with two example projects first, or set up your own project with focus areas and indicators.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/empty_state.py" line="27"/>
        <source>Öppna &amp;demoregistret</source>
        <translation>Open the &amp;demo register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/empty_state.py" line="29"/>
        <source>Skapa ett &amp;projekt…</source>
        <translation>Create a &amp;project…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/empty_state.py" line="30"/>
        <source>Öppna ett &amp;annat register…</source>
        <translation>Open &amp;another register…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="78"/>
        <source>Exportera till Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="82"/>
        <source>Skriver %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="123"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="137"/>
        <source>Exportera rapport</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="149"/>
        <source>Exporten misslyckades</source>
        <translation>The export failed</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="40"/>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="47"/>
        <source>Nytt register</source>
        <translation>New register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="42"/>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="122"/>
        <source>Register (*.sqlite)</source>
        <translation>Registers (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="48"/>
        <source>Filen {name} finns redan. Välj ett nytt namn, eller öppna den med Arkiv → Öppna.</source>
        <translation>The file {name} already exists. Choose a new name, or open it with File → Open.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="55"/>
        <source>Öppna register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="56"/>
        <source>Register (*.sqlite);;Alla filer (*)</source>
        <translation>Registers (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="77"/>
        <source>Registret kunde inte öppnas</source>
        <translation>The register could not be opened</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="106"/>
        <source>Översättningen kunde inte läsas in.</source>
        <translation>The translation could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="118"/>
        <source>Registret ligger på en databasserver; säkerhetskopior görs där (pg_dump).</source>
        <translation>The register is on a database server; backups are made there (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="121"/>
        <source>Spara en säkerhetskopia</source>
        <translation>Save a backup copy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="128"/>
        <source>Säkerhetskopian misslyckades</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="130"/>
        <source>Säkerhetskopia sparad: {path}</source>
        <translation>Backup copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="163"/>
        <source>Exportera inmatningsmall</source>
        <translation>Export entry template</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="170"/>
        <source>Mallen kunde inte skapas</source>
        <translation>The template could not be created</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="172"/>
        <source>Inmatningsmall sparad: {path}</source>
        <translation>Entry template saved: {path}</translation>
    </message>
</context>
<context>
    <name>FinancierDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="71"/>
        <source>Ny finansiär</source>
        <translation>New financier</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="71"/>
        <source>Ändra finansiären</source>
        <translation>Edit the financier</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="74"/>
        <source>Finansiärens namn</source>
        <translation>The financier&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="76"/>
        <source>Typ av finansiär</source>
        <translation>Kind of financier</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="87"/>
        <source>&amp;Namn:</source>
        <extracomment>Writes (name, kind); returns None, or the message why it was refused.</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="89"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="94"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="95"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FocusAreaDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="158"/>
        <source>Redigera insatsområde</source>
        <translation>Edit focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="158"/>
        <source>Nytt insatsområde</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="166"/>
        <source>N&amp;ummer:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="167"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="168"/>
        <source>&amp;Syfte:</source>
        <translation>&amp;Purpose:</translation>
    </message>
</context>
<context>
    <name>FocusAreasModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="185"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="185"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="185"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="185"/>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="186"/>
        <source>Sämsta
status</source>
        <translation>Worst
status</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="208"/>
        <source>Kostnadsslag</source>
        <extracomment>The light first after the category: what the steering group looks at first, on screen however narrow the window; the period&apos;s own numbers last.</extracomment>
        <translation>Cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="208"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="208"/>
        <source>Använt</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="208"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="209"/>
        <source>Utfall hittills</source>
        <translation>Outcome to date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="209"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="209"/>
        <source>Prognos</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="209"/>
        <source>Mot budget</source>
        <translation>Against budget</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="210"/>
        <source>Periodens budget</source>
        <translation>The period&apos;s budget</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="210"/>
        <source>Periodens utfall</source>
        <translation>The period&apos;s outcome</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="239"/>
        <source>Årets budget fördelad jämnt på årets kvartal i perioden</source>
        <translation>The year&apos;s budget spread evenly over the year&apos;s quarters in the period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="240"/>
        <source>Kostnaderna från projektets start till periodens slut</source>
        <translation>The costs from the project&apos;s start to the period&apos;s end</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="241"/>
        <source>Andel av budgeten som är använd</source>
        <translation>Share of the budget used</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="242"/>
        <source>Andel av projekttiden som har gått</source>
        <translation>Share of the project&apos;s time passed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="243"/>
        <source>Utfallet vid projektets slut om takten från de senaste fyra kvartalen håller</source>
        <translation>The outcome at the project&apos;s end if the pace of the last four quarters holds</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="244"/>
        <source>Prognosen mot budgeten</source>
        <translation>The forecast against the budget</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="245"/>
        <source>Grön i takt med tiden, gul och röd när pengarna går snabbare eller långsammare än tiden, grå när kvartalets kostnader saknas</source>
        <translation>Green in line with time, yellow and red when the money goes faster or slower than time, grey when the quarter&apos;s costs are missing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="272"/>
        <source>Räknas ut: {rate} av personalkostnaderna</source>
        <translation>Computed: {rate} of the staff costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="278"/>
        <source>(beräknas)</source>
        <translation>(computed)</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_view.py" line="65"/>
        <source>ja, nej eller datum</source>
        <extracomment>A cell of an indicator split by sex was asked to be edited: the window opens the parts.</extracomment>
        <translation>yes, no or a date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_view.py" line="67"/>
        <source>85 eller 34 av 40</source>
        <translation>85 or 34 of 40</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="282"/>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="383"/>
        <source>Fastställt av styrgruppen – låst</source>
        <extracomment>Saves what the user typed in one cell; returns None, or the message why it was refused. The texts of a row worked out ahead (by ``prepare_texts``): id(row) → (row, language, texts). (has a comment, is locked): what the delegate marks on a cell, in one call. Roles the view asks for that this model never sets: answered before anything is looked up (a repaint asks each visible cell for about ten roles, each a call into Python). Per row: the row the looks were worked out for, and its cells&apos; looks (None: not yet).</extracomment>
        <translation>Approved by the steering group – locked</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="293"/>
        <source>Hela projektet</source>
        <translation>Project to date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="293"/>
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="293"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="373"/>
        <source>inget värde</source>
        <translation>no value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="376"/>
        <source>{n} av {d}</source>
        <translation>{n} of {d}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="378"/>
        <source>kvinnor</source>
        <translation>women</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="378"/>
        <source>män</source>
        <translation>men</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="378"/>
        <source>annat/ej angivet</source>
        <translation>other/not stated</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="381"/>
        <source>Status: {light}</source>
        <translation>Status: {light}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="385"/>
        <source>Kommentar: {text}</source>
        <translation>Comment: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="387"/>
        <source>Senast ändrat av {who} {when}</source>
        <translation>Last changed by {who} {when}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="393"/>
        <source>grön</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="394"/>
        <source>gul</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="395"/>
        <source>röd</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="396"/>
        <source>grå – värde saknas</source>
        <translation>grey – value missing</translation>
    </message>
</context>
<context>
    <name>GridPane</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="40"/>
        <source>{g} grön  {y} gul  {r} röd  {x} grå (värde saknas)   ◥ kommentar   Skriv för att ändra, Enter sparar</source>
        <extracomment>Rows whose texts set the column widths (the rows on screen when a grid opens).</extracomment>
        <translation>{g} green  {y} yellow  {r} red  {x} grey (value missing)   ◥ comment   Type to change, Enter saves</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="58"/>
        <source>Kvartalsvärden</source>
        <translation>Quarterly values</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="100"/>
        <source>Läser in projektet {code}…</source>
        <translation>Loading project {code}…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="102"/>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="161"/>
        <source>Läser in registret {name}…</source>
        <translation>Loading the register {name}…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="119"/>
        <source>Insatsområde {n}. {name}</source>
        <translation>Focus area {n}. {name}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="121"/>
        <source>Hela projektet, alla insatsområden</source>
        <translation>Whole project, all focus areas</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="123"/>
        <source>Exempeldata – värdena är påhittade för demonstration.</source>
        <translation>Example data – the values are made up for demonstration.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="169"/>
        <source>Inläsningen avbröts.</source>
        <translation>Loading was cancelled.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="171"/>
        <source>Registret kunde inte läsas in.</source>
        <translation>The register could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="173"/>
        <source>Projektet kunde inte läsas in.</source>
        <translation>The project could not be loaded.</translation>
    </message>
</context>
<context>
    <name>GuardedForm</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="50"/>
        <source>Vill du spara det?</source>
        <extracomment>Answers the unsaved-text question instead of a message box in tests: &apos;save&apos;, &apos;discard&apos;, &apos;cancel&apos;.</extracomment>
        <translation>Do you want to save it?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="51"/>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="73"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="52"/>
        <source>Spara &amp;inte</source>
        <translation>&amp;Don’t save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="53"/>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="74"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="72"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="89"/>
        <source>Det du har skrivit är inte sparat.</source>
        <translation>What you have typed is not saved.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="47"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="47"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="47"/>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="47"/>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="47"/>
        <source>Varifrån</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>värde</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>borttaget</source>
        <translation>cleared</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>kommentar</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="55"/>
        <source>fönstret</source>
        <translation>window</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="55"/>
        <source>kommandoraden</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="55"/>
        <source>Excel-import</source>
        <translation>Excel import</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="56"/>
        <source>projektfil</source>
        <translation>project file</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="57"/>
        <source>ångra</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="57"/>
        <source>gör om</source>
        <translation>redo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="57"/>
        <source>inklistring</source>
        <translation>paste</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="161"/>
        <source>Importera %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="165"/>
        <source>%1 nya, %2 ändrade, %3 oförändrade, %4 fel</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 errors</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="169"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="169"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="169"/>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="169"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="170"/>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="170"/>
        <source>Efter / orsak</source>
        <translation>After / reason</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="182"/>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="186"/>
        <source>Filen har fel: rätta dem i Excel och importera igen. Inget skrivs.</source>
        <translation>The file has errors: correct them in Excel and import again. Nothing is written.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="206"/>
        <source>Importen gick inte</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="209"/>
        <source>Importera från Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="65"/>
        <source>Nytt</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="66"/>
        <source>Ändrat</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="67"/>
        <source>Oförändrat</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="68"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="178"/>
        <source>Redigera indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="178"/>
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="210"/>
        <source>t.ex. 2021Q4=20; 2022Q2=50</source>
        <translation>e.g. 2021Q4=20; 2022Q2=50</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="211"/>
        <source>Räknar personer: ange kvinnor, män och annat/ej angivet</source>
        <translation>Counts people: enter women, men and other/not stated</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="214"/>
        <source>&amp;Kod:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="214"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="214"/>
        <source>&amp;Insatsområde:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="215"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="215"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="215"/>
        <source>&amp;Riktning:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="216"/>
        <source>S&amp;ummering:</source>
        <translation>&amp;Accumulation:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="216"/>
        <source>E&amp;ffektlogik:</source>
        <translation>&amp;Effect logic:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="217"/>
        <source>&amp;Definition:</source>
        <translation>Defi&amp;nition:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="217"/>
        <source>&amp;Datakälla:</source>
        <translation>Data &amp;source:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="218"/>
        <source>&amp;Ansvarig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="218"/>
        <source>&amp;Utgångsvärde:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="219"/>
        <source>Utgångsvärdets &amp;kvartal:</source>
        <translation>Baseline &amp;quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="219"/>
        <source>&amp;Målvärde:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="220"/>
        <source>Må&amp;ldatum (kvartal):</source>
        <translation>Dead&amp;line (quarter):</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="220"/>
        <source>Del&amp;mål:</source>
        <translation>&amp;Intermediate targets:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="221"/>
        <source>Per &amp;kön:</source>
        <translation>By se&amp;x:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="232"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="233"/>
        <source>t.ex. kommuner, personer, företag</source>
        <translation>e.g. municipalities, people, companies</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="234"/>
        <source>kr, tkr eller mkr</source>
        <translation>kr, tkr or mkr (SEK, thousands, millions)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="235"/>
        <source>krävs, t.ex. ton CO2e, MWh, timmar</source>
        <translation>required, e.g. tonnes CO2e, MWh, hours</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="236"/>
        <source>ingen enhet</source>
        <translation>no unit</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="31"/>
        <source>Andel (%)</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="32"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="33"/>
        <source>Belopp (kr)</source>
        <translation>Amount (SEK)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="34"/>
        <source>Milstolpe</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="35"/>
        <source>Nivå (värdet vid kvartalets slut)</source>
        <translation>Level (value at quarter end)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="36"/>
        <source>Flöde (summeras över perioden)</source>
        <translation>Flow (summed over the period)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="37"/>
        <source>Högre är bättre</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="38"/>
        <source>Lägre är bättre</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="39"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="40"/>
        <source>Prestation/resultat</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="41"/>
        <source>Kortsiktig effekt</source>
        <translation>Short-term effect</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="42"/>
        <source>Långsiktig effekt</source>
        <translation>Long-term effect</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="43"/>
        <source>Kvinnor</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="44"/>
        <source>Män</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="45"/>
        <source>Annat/ej angivet</source>
        <translation>Other/not stated</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="47"/>
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="48"/>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="49"/>
        <source>Röd</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="50"/>
        <source>Grå</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="51"/>
        <source>Bättre</source>
        <translation>Better</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="52"/>
        <source>Oförändrad</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="53"/>
        <source>Sämre</source>
        <translation>Worse</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="55"/>
        <source>ordförande</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="56"/>
        <source>vice ordförande</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="57"/>
        <source>ledamot</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="58"/>
        <source>adjungerad</source>
        <translation>co-opted</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="59"/>
        <source>öppet</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="60"/>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="16"/>
        <source>pågår</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="61"/>
        <source>genomfört</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="62"/>
        <source>avskrivet</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="64"/>
        <location filename="../../hallbar_desktop/ui/labels.py" line="129"/>
        <source>Uppnådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="65"/>
        <location filename="../../hallbar_desktop/ui/labels.py" line="131"/>
        <source>Ej uppnådd</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="66"/>
        <location filename="../../hallbar_desktop/ui/labels.py" line="141"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="67"/>
        <location filename="../../hallbar_desktop/ui/labels.py" line="145"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="69"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="70"/>
        <source>Resultat</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="71"/>
        <source>Effekter</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="72"/>
        <source>Effekt</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="73"/>
        <source>det projektet gör</source>
        <translation>what the project does</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="74"/>
        <source>kort sikt, under projektet</source>
        <translation>short term, during the project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="75"/>
        <source>lång sikt, efter projektet</source>
        <translation>long term, after the project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="99"/>
        <source>{year} kv {q}</source>
        <translation>Q{q} {year}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="105"/>
        <source>Hela projektet</source>
        <translation>Project to date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="108"/>
        <source>{year} halvår {half}</source>
        <translation>{year} H{half}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="137"/>
        <source>{n} av {d}</source>
        <translation>{n} of {d}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="169"/>
        <source>Följs upp efter projektslut, till och med {quarter}</source>
        <translation>Followed up after the project’s end, until {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="76"/>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="15"/>
        <source>planerad</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="77"/>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="17"/>
        <source>genomförd</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="78"/>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="18"/>
        <source>försenad</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="79"/>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="19"/>
        <source>inställd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="21"/>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="22"/>
        <source>Externa tjänster</source>
        <translation>External services</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="23"/>
        <source>Resor och logi</source>
        <translation>Travel and accommodation</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="24"/>
        <source>Investeringar, materiel och lokaler</source>
        <translation>Investments, equipment and premises</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="25"/>
        <source>Övriga kostnader</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="26"/>
        <source>Indirekta kostnader</source>
        <translation>Indirect costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="27"/>
        <source>Bidrag i annat än pengar</source>
        <translation>Contributions in kind</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="28"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="30"/>
        <source>Tillväxtverket (stödet)</source>
        <translation>Tillväxtverket (the grant)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="31"/>
        <source>Regionala medel (t.ex. anslag 1:1)</source>
        <translation>Regional funds (e.g. appropriation 1:1)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="32"/>
        <source>Annan offentlig medfinansiering</source>
        <translation>Other public co-financing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="33"/>
        <source>Privat medfinansiering</source>
        <translation>Private co-financing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="34"/>
        <source>Projektintäkter</source>
        <translation>Project income</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="36"/>
        <source>i takt med tiden</source>
        <translation>in line with time</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="37"/>
        <source>snabbare än tiden</source>
        <translation>faster than time</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="38"/>
        <source>långsammare än tiden</source>
        <translation>slower than time</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/labels.py" line="80"/>
        <location filename="../../hallbar_desktop/ui/labels.py" line="164"/>
        <location filename="../../hallbar_desktop/ui/plan/words.py" line="40"/>
        <source>Projektövergripande</source>
        <translation>Project-wide</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="61"/>
        <source>Ändra lärdom {n}</source>
        <translation>Edit lesson {n}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="61"/>
        <source>Ny lärdom</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="73"/>
        <source>(inget insatsområde)</source>
        <translation>(no focus area)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="82"/>
        <source>Vad lärde ni er?</source>
        <translation>What did you learn?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="83"/>
        <source>Vad ändrar det i projektet eller i arbetssättet?</source>
        <translation>What does it change in the project or in the way of working?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="87"/>
        <source>skilj med komma, t.ex. {tags}</source>
        <translation>separate with commas, e.g. {tags}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="89"/>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="89"/>
        <source>Styrgruppsmöte</source>
        <translation>Steering-group meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="90"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="90"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="105"/>
        <source>&amp;Kopplad till:</source>
        <translation>&amp;Linked to:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="107"/>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="107"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="108"/>
        <source>&amp;Insatsområde:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="108"/>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="109"/>
        <source>&amp;Vad vi lärde oss:</source>
        <translation>&amp;What we learned:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="109"/>
        <source>Vad vi lärde oss</source>
        <translation>What we learned</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="110"/>
        <source>Vad det ä&amp;ndrar:</source>
        <translation>What it &amp;changes:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="110"/>
        <source>Vad det ändrar</source>
        <translation>What it changes</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="111"/>
        <source>&amp;Taggar:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="111"/>
        <source>Taggar</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="114"/>
        <source>Kopplad till: slag</source>
        <translation>Linked to: kind</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="115"/>
        <source>Kopplad till: vad</source>
        <translation>Linked to: what</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="117"/>
        <source>En lärdom som kopplas till en aktivitet eller indikator hör till dess insatsområde.</source>
        <translation>A lesson linked to an activity or indicator belongs to its focus area.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lesson_dialog.py" line="129"/>
        <source>Styrgruppsmöte {day}</source>
        <translation>Steering-group meeting {day}</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="46"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="47"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="48"/>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="49"/>
        <source>Vad vi lärde oss</source>
        <translation>What we learned</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="50"/>
        <source>Vad det ändrar</source>
        <translation>What it changes</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="51"/>
        <source>Taggar</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="52"/>
        <source>Kopplad till</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="389"/>
        <source>Styrgruppsmöte {day}</source>
        <translation>Steering-group meeting {day}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="391"/>
        <source>Aktivitet {what}</source>
        <translation>Activity {what}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="392"/>
        <source>Indikator {what}</source>
        <translation>Indicator {what}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/models.py" line="446"/>
        <source>exempel</source>
        <translation>example</translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="67"/>
        <source>t.ex. målkonflikt (å, ä, ö spelar ingen roll)</source>
        <translation>e.g. målkonflikt (å, ä, ö do not matter)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="68"/>
        <source>Sök bland lärdomarna</source>
        <translation>Search the lessons</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="71"/>
        <source>Tagg</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="75"/>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="80"/>
        <source>Antal lärdomar</source>
        <translation>Number of lessons</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="83"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="88"/>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="388"/>
        <source>Lärdomar</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="105"/>
        <source>Den valda lärdomen</source>
        <translation>The selected lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="123"/>
        <source>&amp;Ny lärdom…</source>
        <translation>&amp;New lesson…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="123"/>
        <source>Ny lärdom</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="124"/>
        <source>Skriv en ny lärdom (Insert)</source>
        <translation>Write a new lesson (Insert)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="125"/>
        <source>&amp;Ändra…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="125"/>
        <source>Ändra lärdomen</source>
        <translation>Edit the lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="126"/>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="126"/>
        <source>Ta bort lärdomen</source>
        <translation>Remove the lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="127"/>
        <source>Ta bort den valda lärdomen (Delete)</source>
        <translation>Remove the selected lesson (Delete)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="139"/>
        <source>S&amp;ök:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="139"/>
        <source>&amp;Tagg:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="140"/>
        <source>Insats&amp;område:</source>
        <translation>Focus &amp;area:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="221"/>
        <source>Alla taggar</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="226"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="265"/>
        <source>{n} av {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="286"/>
        <source>Välj en lärdom för att läsa den i sin helhet.</source>
        <translation>Choose a lesson to read it in full.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="288"/>
        <source>Lärdom {n}, {day}</source>
        <translation>Lesson {n}, {day}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="290"/>
        <source>exempel</source>
        <translation>example</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="294"/>
        <source>Vad vi lärde oss: {text}</source>
        <translation>What we learned: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="296"/>
        <source>Vad det ändrar: {text}</source>
        <translation>What it changes: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="298"/>
        <source>Taggar: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="360"/>
        <source>Lärdom {n} är sparad.</source>
        <translation>Lesson {n} saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="375"/>
        <source>Lärdom {n} är ändrad.</source>
        <translation>Lesson {n} changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="384"/>
        <source>Ta bort lärdom {n}? Den finns kvar i ändringsloggen.</source>
        <translation>Remove lesson {n}? It stays in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="392"/>
        <source>Lärdom {n} är borttagen.</source>
        <translation>Lesson {n} removed.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="164"/>
        <source>Ny pil från {code}</source>
        <translation>New arrow from {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="177"/>
        <source>&amp;Hoppa över resultatnivån: pilen går direkt från aktiviteten till effekten</source>
        <translation>&amp;Skip the result level: the arrow goes straight from the activity to the effect</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="182"/>
        <source>valfri, t.ex. varför pilen hoppar över resultatet</source>
        <translation>optional, e.g. why the arrow skips the result</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="183"/>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="183"/>
        <source>Från ruta</source>
        <translation>From box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="184"/>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="184"/>
        <source>Till ruta</source>
        <translation>To box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="185"/>
        <source>Hoppa över resultatnivån</source>
        <translation>Skip the result level</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="186"/>
        <source>Om resultatnivån</source>
        <translation>About the result level</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="187"/>
        <source>Pilens te&amp;xt:</source>
        <translation>Arrow te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="187"/>
        <source>Pilens text</source>
        <translation>Arrow text</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="213"/>
        <source>Pilen går från en aktivitet direkt till en effekt. Effektkedjan brukar gå via ett resultat; kryssa i rutan ovan bara om ni uttryckligen väljer att hoppa över resultatnivån.</source>
        <translation>The arrow goes from an activity straight to an effect. An effect chain usually goes through a result; tick the box above only if you explicitly choose to skip the result level.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="225"/>
        <source>Det finns ingen annan ruta i den här kedjan att dra en pil till.</source>
        <translation>There is no other box in this chain to draw an arrow to.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="306"/>
        <source>&amp;Läs in registret igen</source>
        <translation>&amp;Reload the register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="88"/>
        <source>Navigator</source>
        <extracomment>Open windows, so a window that replaces another (File → Open, a new language) lives on.</extracomment>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="104"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="226"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="228"/>
        <source>St&amp;yrgrupp</source>
        <translation>&amp;Steering group</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Nytt register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="239"/>
        <source>Ö&amp;ppna register…</source>
        <translation>&amp;Open register…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="241"/>
        <source>Senast &amp;öppnade</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="244"/>
        <source>Öppna &amp;demoregistret</source>
        <translation>Open the &amp;demo register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Exportera rapport till Excel…</source>
        <translation>&amp;Export report to Excel…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="247"/>
        <source>Exportera &amp;inmatningsmall…</source>
        <translation>Export entry &amp;template…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="248"/>
        <source>I&amp;mportera från Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="252"/>
        <source>Spara en &amp;säkerhetskopia…</source>
        <translation>Save a &amp;backup copy…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="253"/>
        <source>Å&amp;terställ en säkerhetskopia…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Inställningar…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="258"/>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="260"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="262"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="268"/>
        <source>&amp;Kopiera</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="270"/>
        <source>Klistra &amp;in</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="272"/>
        <source>&amp;Töm markerade celler</source>
        <translation>C&amp;lear selected cells</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="275"/>
        <source>Ändra &amp;värdet…</source>
        <translation>Edit the &amp;value…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="276"/>
        <source>Skriv en &amp;kommentar</source>
        <translation>Write a co&amp;mment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="278"/>
        <source>Nytt &amp;projekt…</source>
        <translation>New &amp;project…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="279"/>
        <source>Redigera p&amp;rojektet…</source>
        <translation>Edit the pro&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="281"/>
        <source>Nytt &amp;insatsområde…</source>
        <translation>New &amp;focus area…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="282"/>
        <source>Redigera insats&amp;området…</source>
        <translation>Edit the foc&amp;us area…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="285"/>
        <source>Ny i&amp;ndikator…</source>
        <translation>New &amp;indicator…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="287"/>
        <source>Redigera in&amp;dikatorn…</source>
        <translation>Edit the in&amp;dicator…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="290"/>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="292"/>
        <source>Flytta n&amp;ed</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Ta bort eller arkivera…</source>
        <translation>&amp;Remove or archive…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="298"/>
        <source>Gå till &amp;projektväljaren</source>
        <translation>Go to the &amp;project selector</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="299"/>
        <source>Gå till &amp;navigatorn</source>
        <translation>Go to the &amp;navigator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="300"/>
        <source>Gå till &amp;tabellen</source>
        <translation>Go to the &amp;table</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="301"/>
        <source>Gå till &amp;detaljerna</source>
        <translation>Go to the &amp;details</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="302"/>
        <source>&amp;Hela projektet</source>
        <translation>&amp;Whole project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="304"/>
        <source>&amp;Portfölj – alla projekt…</source>
        <translation>&amp;Portfolio – all projects…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="309"/>
        <source>&amp;Möten, beslut och fastställande…</source>
        <translation>&amp;Meetings, decisions and approval…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="311"/>
        <source>&amp;Inför mötet…</source>
        <translation>&amp;Before the meeting…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="322"/>
        <source>Resultatkort</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="327"/>
        <source>Effektlogik</source>
        <translation>Effect logic</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="327"/>
        <source>Lärdomar</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="333"/>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="420"/>
        <source>Välj ett projekt först.</source>
        <translation>Select a project first.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="104"/>
        <source>&amp;Kvartal som följs upp:</source>
        <extracomment>what the editor showed when it was loaded: unsaved edits are what differs from it</extracomment>
        <translation>&amp;Quarter followed up:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="109"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="112"/>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="116"/>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="135"/>
        <source>Berättelse per insatsområde</source>
        <translation>Narrative per focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="162"/>
        <source>ersättare</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="163"/>
        <source>{name} kom i stället för {member}</source>
        <translation>{name} came instead of {member}</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="36"/>
        <source>&amp;Spara mötet</source>
        <translation>&amp;Save the meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="38"/>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="88"/>
        <source>&amp;Fastställ kvartalet…</source>
        <translation>&amp;Approve the quarter…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="39"/>
        <source>Mötet fastställer kvartalet det följer upp; värdena låses.</source>
        <translation>The meeting approves the quarter it follows up; its values are locked.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="41"/>
        <source>Lås &amp;upp ett kvartal…</source>
        <translation>&amp;Unlock a quarter…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="47"/>
        <source>Lärdomar från mötet</source>
        <translation>Lessons from the meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="48"/>
        <source>Skriv en lä&amp;rdom…</source>
        <translation>Write a &amp;lesson…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="49"/>
        <source>Skriv en lärdom från mötet</source>
        <translation>Write a lesson from the meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="50"/>
        <source>En lärdom kopplad till det här mötet (Lärdomar i huvudfönstret)</source>
        <translation>A lesson linked to this meeting (Lessons in the main window)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="77"/>
        <source>Fastställda kvartal: {list}</source>
        <extracomment>The lesson&apos;s form while it is open (the tests fill it).</extracomment>
        <translation>Approved quarters: {list}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="79"/>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="122"/>
        <source>Inget kvartal är fastställt.</source>
        <translation>No quarter is approved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="86"/>
        <source>&amp;Fastställ {quarter}…</source>
        <translation>&amp;Approve {quarter}…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="98"/>
        <source>Spara mötet först; det är mötet som fastställer kvartalet.</source>
        <translation>Save the meeting first; it is the meeting that approves the quarter.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="103"/>
        <source>Fastställa {quarter} vid mötet den {day}? Kvartalets värden låses.</source>
        <translation>Approve {quarter} at the meeting of {day}? The values of the quarter are locked.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="106"/>
        <source>{quarter} är fastställt och låst.</source>
        <translation>{quarter} is approved and locked.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="131"/>
        <source>Lås upp ett kvartal</source>
        <translation>Unlock a quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="132"/>
        <source>Vilket kvartal ska låsas upp?</source>
        <translation>Which quarter should be unlocked?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="138"/>
        <source>Lås upp {quarter}</source>
        <translation>Unlock {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="139"/>
        <source>Varför låses kvartalet upp? Skälet sparas i historiken.</source>
        <translation>Why is the quarter unlocked? The reason is kept in the history.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="142"/>
        <source>{quarter} är upplåst.</source>
        <translation>{quarter} is unlocked.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="171"/>
        <source>Lärdomar: spara mötet först, så kan en lärdom kopplas till det.</source>
        <translation>Lessons: save the meeting first, then a lesson can be linked to it.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="175"/>
        <source>Inga lärdomar är kopplade till mötet.</source>
        <translation>No lessons are linked to the meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="177"/>
        <source>Lärdom {n}: {text}</source>
        <translation>Lesson {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="178"/>
        <source>Lärdomar från mötet – {list}</source>
        <translation>Lessons from the meeting – {list}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="193"/>
        <source>Spara mötet först; lärdomen kopplas till mötet.</source>
        <translation>Save the meeting first; the lesson is linked to the meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="223"/>
        <source>Lärdom {n} är sparad och kopplad till mötet den {day}.</source>
        <translation>Lesson {n} saved and linked to the meeting of {day}.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="100"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="100"/>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="100"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="100"/>
        <source>Fastställt</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="83"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="83"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="83"/>
        <source>Ersättare</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/models.py" line="93"/>
        <source>Ersättare: {name}</source>
        <translation>Substitute: {name}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="283"/>
        <source>&amp;Flytta</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="284"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="288"/>
        <source>Till ruta</source>
        <translation>To box</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="289"/>
        <source>&amp;Till ruta:</source>
        <translation>&amp;To box:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="299"/>
        <source>Det finns ingen annan ruta att flytta till.</source>
        <translation>There is no other box to move to.</translation>
    </message>
</context>
<context>
    <name>NarrativeFieldsEditor</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="58"/>
        <source>Vad har hänt</source>
        <extracomment>everything the editor holds: the meeting&apos;s fields and the narrative per focus-area number</extracomment>
        <translation>What has happened</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="58"/>
        <source>Avvikelser från plan</source>
        <translation>Deviations from the plan</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="58"/>
        <source>Målkonflikter</source>
        <translation>Goal conflicts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="59"/>
        <source>Föreslagna åtgärder</source>
        <translation>Proposed actions</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/navigator_model.py" line="43"/>
        <source>Hela projektet: {owner}</source>
        <translation>Whole project: {owner}</translation>
    </message>
</context>
<context>
    <name>NavigatorPane</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/navigator_pane.py" line="42"/>
        <source>&amp;Projekt:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/navigator_pane.py" line="50"/>
        <source>&amp;Insatsområden och indikatorer:</source>
        <translation>&amp;Focus areas and indicators:</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/parts_dialog.py" line="29"/>
        <source>{code} {quarter}: per kön</source>
        <extracomment>Saves the parts; returns None, or the message why they were refused.</extracomment>
        <translation>{code} {quarter}: by sex</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/parts_dialog.py" line="39"/>
        <source>&amp;Kvinnor:</source>
        <translation>&amp;Women:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/parts_dialog.py" line="40"/>
        <source>&amp;Män:</source>
        <translation>&amp;Men:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/parts_dialog.py" line="41"/>
        <source>&amp;Annat/ej angivet:</source>
        <translation>&amp;Other/not stated:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/parts_dialog.py" line="42"/>
        <source>Totalt:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/parts_dialog.py" line="43"/>
        <source>{name}. Lämna alla fält tomma för att ta bort värdet.</source>
        <translation>{name}. Leave all fields empty to remove the value.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="52"/>
        <source>Rapportperiod</source>
        <extracomment>The work of an export: (register, task) -&gt; the file written. Runs in the worker.</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="57"/>
        <source>&amp;Rapportperiod:</source>
        <translation>&amp;Reporting period:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="59"/>
        <source>Förvalt är den senaste avslutade perioden – den som nästa ansökan om utbetalning redovisar.</source>
        <translation>Chosen is the latest ended period – the one the next payment request reports.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="65"/>
        <source>&amp;Fortsätt…</source>
        <translation>&amp;Continue…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="66"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="174"/>
        <source>Filen kunde inte skrivas: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="183"/>
        <source>Exportera lägesrapport (Word)</source>
        <translation>Export progress report (Word)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="184"/>
        <source>Exportera ekonomisk redovisning (Excel)</source>
        <translation>Export financial report (Excel)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="194"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="209"/>
        <source>Exporten misslyckades</source>
        <translation>The export failed</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="235"/>
        <source>&amp;Placera</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="236"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="252"/>
        <source>&amp;Välj:</source>
        <translation>&amp;Choose:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/chain_dialogs.py" line="274"/>
        <source>Välj det som ska placeras i rutan.</source>
        <translation>Choose what to place in the box.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="71"/>
        <source>Importera &amp;kostnader…</source>
        <extracomment>The tabs&apos; pages; each view is made the first time it is needed (its tab shown, a jump, an import), so the window&apos;s start does not load what it does not show.</extracomment>
        <translation>Import &amp;costs…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="73"/>
        <source>Exportera &amp;lägesrapport (Word)…</source>
        <translation>Export &amp;progress report (Word)…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="75"/>
        <source>Exportera ekonomisk &amp;redovisning (Excel)…</source>
        <translation>Export &amp;financial report (Excel)…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="80"/>
        <source>&amp;Budget och finansiering…</source>
        <translation>&amp;Budget and financing…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="84"/>
        <source>Gå till &amp;aktivitetsplanen</source>
        <translation>Go to the &amp;activity plan</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="85"/>
        <source>Gå till &amp;ekonomin</source>
        <translation>Go to the &amp;economy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="112"/>
        <source>Aktivitetsplan</source>
        <translation>Activity plan</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="113"/>
        <source>Ekonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="174"/>
        <source>Kostnaderna i {file} är importerade: {n} kvartalsbelopp skrevs.</source>
        <translation>The costs in {file} are imported: {n} quarterly amounts were written.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="196"/>
        <source>Sparat: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="65"/>
        <source>Portfölj</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="77"/>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="80"/>
        <source>&amp;Kvartal:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="82"/>
        <source>Förvalt är det senaste avslutade kvartalet. Ett projekt som slutat tidigare bedöms vid sitt sista kvartal; beslut och fastställanden som de är i dag.</source>
        <translation>The latest ended quarter is chosen first. A project that ended earlier is judged at its last quarter; decisions and approvals as they are today.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="93"/>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="97"/>
        <source>Projekt</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="94"/>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="97"/>
        <source>Insatsområden</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="110"/>
        <source>&amp;Exportera till Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="112"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="220"/>
        <source>Läser portföljen …</source>
        <translation>Reading the portfolio …</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="230"/>
        <source>Portföljen kunde inte läsas: {reason}</source>
        <translation>The portfolio could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="245"/>
        <source>{n} projekt, status per {quarter}. Dubbelklicka för att visa projektet i huvudfönstret.</source>
        <translation>{n} projects, status as of {quarter}. Double-click to show the project in the main window.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="249"/>
        <source>Registret har inga projekt som du kan se.</source>
        <translation>The register has no projects you can see.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="284"/>
        <source>Exportera portföljen till Excel</source>
        <translation>Export the portfolio to Excel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="303"/>
        <source>Exporten misslyckades</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/dialog.py" line="305"/>
        <source>Skrev {file}</source>
        <translation>Wrote {file}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="579"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="579"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="579"/>
        <source>Före → efter, eller varför inte</source>
        <translation>Before → after, or why not</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="580"/>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="581"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="581"/>
        <source>Nytt</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="581"/>
        <source>Ändras</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="582"/>
        <source>Oförändrat</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="103"/>
        <source>Redigera projekt</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="103"/>
        <source>Nytt projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="113"/>
        <source>t.ex. 2020Q3 eller 2020 kv 3</source>
        <translation>e.g. 2020Q3 or Q3 2020</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="115"/>
        <source>Halvår</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="116"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="117"/>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="125"/>
        <source>&amp;Kod:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="125"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="126"/>
        <source>&amp;Projektägare:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="126"/>
        <source>&amp;Diarienummer:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="127"/>
        <source>&amp;Finansiär:</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="127"/>
        <source>&amp;Startkvartal:</source>
        <translation>&amp;Start quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="128"/>
        <source>S&amp;lutkvartal:</source>
        <translation>&amp;End quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="128"/>
        <source>&amp;Rapportperiod:</source>
        <translation>&amp;Reporting period:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="129"/>
        <source>Projektl&amp;edare:</source>
        <translation>Project &amp;leader:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/structure_dialogs.py" line="129"/>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="94"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="94"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="94"/>
        <source>Ekonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="131"/>
        <source>ej startat</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="134"/>
        <source>ingen budget</source>
        <translation>no budget</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="94"/>
        <source>Bedömt
kvartal</source>
        <translation>Quarter
judged</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="95"/>
        <source>Använt av
budgeten</source>
        <translation>Budget
used</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="95"/>
        <source>Försenade
beslut</source>
        <translation>Overdue
decisions</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="95"/>
        <source>Ej fastställda
kvartal</source>
        <translation>Quarters not
approved</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="147"/>
        <source>{n} st (från {first})</source>
        <translation>{n} (from {first})</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="151"/>
        <source>Beslut {number} ({owner}), skulle vara klart {due}: {text}</source>
        <translation>Decision {number} ({owner}), due {due}: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="152"/>
        <source>ingen ansvarig</source>
        <translation>no one responsible</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/portfolio/models.py" line="158"/>
        <source>Utfall {outcome} av budget {budget} efter {time} av tiden</source>
        <translation>Outcome {outcome} of budget {budget} after {time} of the time</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_view.py" line="40"/>
        <source>Värden som saknas</source>
        <translation>Missing values</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_view.py" line="41"/>
        <source>Gula och röda värden utan kommentar</source>
        <translation>Yellow and red values without a comment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_view.py" line="42"/>
        <source>Insatsområden utan berättelse</source>
        <translation>Focus areas without a narrative</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_view.py" line="43"/>
        <source>Beslut som är försenade</source>
        <translation>Overdue decisions</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_view.py" line="44"/>
        <source>Beslut som fortfarande är öppna</source>
        <translation>Decisions still open</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_view.py" line="45"/>
        <source>Försenade aktiviteter</source>
        <translation>Delayed activities</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_view.py" line="46"/>
        <source>Avvikelser i ekonomin</source>
        <translation>Deviations in the economy</translation>
    </message>
</context>
<context>
    <name>ReadinessTab</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_tab.py" line="37"/>
        <source>Mö&amp;te:</source>
        <extracomment>A row was chosen: go where it is fixed.</extracomment>
        <translation>Mee&amp;ting:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_tab.py" line="39"/>
        <source>&amp;Kvartal:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_tab.py" line="46"/>
        <source>Dubbelklicka eller tryck Enter på en rad för att gå dit den åtgärdas.</source>
        <translation>Double-click a row or press Enter on it to go where it is fixed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/readiness_tab.py" line="60"/>
        <source>Inget möte – välj ett kvartal</source>
        <translation>No meeting – choose a quarter</translation>
    </message>
</context>
<context>
    <name>RegisterOpening</name>
    <message>
        <location filename="../../hallbar_desktop/ui/register_opening.py" line="36"/>
        <source>Registret används redan</source>
        <translation>The register is in use</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/register_opening.py" line="37"/>
        <source>Vill du öppna det skrivskyddat? Du kan läsa, skriva ut och exportera, men inte ändra.</source>
        <translation>Do you want to open it read-only? You can read, print and export, but not change anything.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/register_opening.py" line="45"/>
        <location filename="../../hallbar_desktop/ui/register_opening.py" line="52"/>
        <location filename="../../hallbar_desktop/ui/register_opening.py" line="60"/>
        <source>Registret kunde inte öppnas</source>
        <translation>The register could not be opened</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/register_opening.py" line="64"/>
        <source>Återställ en säkerhetskopia…</source>
        <translation>Restore a backup…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="46"/>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="49"/>
        <source>Säkerhetskopior av %1. Det nuvarande innehållet sparas som en ny säkerhetskopia innan något återställs, så du kan ångra dig.</source>
        <translation>Backups of %1. The current contents are saved as a new backup before anything is restored, so you can change your mind.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="53"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="53"/>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="53"/>
        <source>Projekt</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="53"/>
        <source>Värden</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="54"/>
        <source>Senast ändrat</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="67"/>
        <source>inga projekt</source>
        <translation>no projects</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="82"/>
        <source>Det finns inga säkerhetskopior av registret ännu. De görs automatiskt när registret öppnas första gången varje dag och före uppdateringar.</source>
        <translation>There are no backups of the register yet. They are made automatically when the register is first opened each day and before upgrades.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="87"/>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="163"/>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="168"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="88"/>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="119"/>
        <source>Välj en säkerhetskopia</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="120"/>
        <source>Register (*.sqlite);;Alla filer (*)</source>
        <translation>Registers (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="136"/>
        <source>Återställ registret</source>
        <translation>Restore the register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="137"/>
        <source>Registret %1 får innehållet från säkerhetskopian %2. Det nuvarande innehållet sparas först som en ny säkerhetskopia. Vill du återställa?</source>
        <translation>The register %1 gets the contents of the backup %2. The current contents are first saved as a new backup. Do you want to restore?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="146"/>
        <source>Återställningen gick inte</source>
        <translation>The restore failed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="148"/>
        <source>Registret är återställt: %1.</source>
        <translation>The register is restored: %1.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="150"/>
        <source>Det tidigare innehållet finns kvar som säkerhetskopia (%1).</source>
        <translation>The previous contents are kept as a backup (%1).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="152"/>
        <source>Registret är återställt</source>
        <translation>The register is restored</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="163"/>
        <source>Registret ligger på en databasserver. Säkerhetskopior av det görs och återställs på servern (pg_dump och pg_restore); fråga den som sköter servern.</source>
        <translation>The register is on a database server. Its backups are made and restored on the server (pg_dump and pg_restore); ask whoever runs the server.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/restore_dialog.py" line="168"/>
        <source>Registret är öppnat skrivskyddat, eftersom någon annan har det öppet för ändringar. Återställ när du har det öppet för ändringar.</source>
        <translation>The register is open read-only, because someone else has it open for changes. Restore when you have it open for changes.</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="54"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="55"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="56"/>
        <source>Senaste värde</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="57"/>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="58"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="59"/>
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="61"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="62"/>
        <source>Förändring sedan utgångsvärdet</source>
        <translation>Change since baseline</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="63"/>
        <source>Efter projektslut</source>
        <translation>After the project’s end</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="64"/>
        <source>Senaste kommentar</source>
        <translation>Latest comment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/scorecard_view.py" line="99"/>
        <source>↻ t.o.m. {quarter}</source>
        <translation>↻ until {quarter}</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../hallbar_desktop/ui/scorecard_view.py" line="125"/>
        <source>Kvartal:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/scorecard_view.py" line="166"/>
        <source>↻ {code}: {mark}; status och värde från dess eget senaste kvartal.</source>
        <translation>↻ {code}: {mark}; status and value from its own latest quarter.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/settings_dialog.py" line="20"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/settings_dialog.py" line="26"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/settings_dialog.py" line="30"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/settings_dialog.py" line="31"/>
        <source>Antal automatiska säkerhetskopior som sparas per register</source>
        <translation>Number of automatic backups kept per register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/settings_dialog.py" line="32"/>
        <source>&amp;Säkerhetskopior att spara:</source>
        <translation>&amp;Backups to keep:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/settings_dialog.py" line="33"/>
        <source>Fönstret byggs om på det nya språket. Inmatade värden påverkas inte.</source>
        <translation>The window is rebuilt in the new language. Values entered are not affected.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="28"/>
        <source>Avbryt inläsningen</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="29"/>
        <source>Visa det som hunnit läsas in</source>
        <translation>Show what has been loaded so far</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="65"/>
        <source>Status {q}: {g} {ng}  {y} {ny}  {r} {nr}  {x} {nx}</source>
        <translation>Status {q}: {g} {ng}  {y} {ny}  {r} {nr}  {x} {nx}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="75"/>
        <source>Avbryter inläsningen…</source>
        <translation>Cancelling the loading…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="83"/>
        <source>Läser in registret…</source>
        <translation>Loading the register…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="88"/>
        <source>Läser in registret: {done} av {total} projekt…</source>
        <translation>Loading the register: {done} of {total} projects…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="103"/>
        <source>{n} projekt, {i} indikatorer</source>
        <translation>{n} projects, {i} indicators</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="106"/>
        <source>Inläsningen avbröts: {n} av {total} projekt visas. Visa → Läs in registret igen (F5) läser in resten.</source>
        <translation>Loading was cancelled: {n} of {total} projects are shown. View → Reload the register (F5) loads the rest.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="109"/>
        <source>Inläsningen avbröts. Visa → Läs in registret igen (F5) läser in det.</source>
        <translation>Loading was cancelled. View → Reload the register (F5) loads it.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="112"/>
        <source>Registret kunde inte läsas in</source>
        <translation>The register could not be loaded</translation>
    </message>
</context>
<context>
    <name>SteeringDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="80"/>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="192"/>
        <source>Styrgrupp – {code}</source>
        <extracomment>Jumps to a value in the main window&apos;s grid: (indicator code, quarter, to its comment) -&gt; found. Jumps to a delayed activity or an economy deviation in the main window&apos;s plan tabs -&gt; found. answers the unsaved-edits question instead of a message box (&apos;save&apos;/&apos;discard&apos;/&apos;cancel&apos;)</extracomment>
        <translation>Steering group – {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="94"/>
        <source>&amp;Nytt möte</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="96"/>
        <source>Ta &amp;bort mötet…</source>
        <translation>&amp;Delete the meeting…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="101"/>
        <source>&amp;Ledamöter</source>
        <translation>M&amp;embers</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="105"/>
        <source>&amp;Möten</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="121"/>
        <source>Mötet</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="122"/>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="123"/>
        <source>Inför mötet</source>
        <translation>Before the meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="133"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="282"/>
        <source>Mötet den {day} har ändringar som inte är sparade.</source>
        <translation>The meeting on {day} has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="283"/>
        <source>Det nya mötet är inte sparat.</source>
        <translation>The new meeting is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="287"/>
        <source>Vill du spara ändringarna?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="288"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="289"/>
        <source>Spara &amp;inte</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="290"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="336"/>
        <source>Mötet den {day} är sparat.</source>
        <translation>The meeting of {day} is saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="353"/>
        <source>Ta bort mötet den {day}?</source>
        <translation>Delete the meeting of {day}?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="358"/>
        <source>Mötet den {day} är borttaget.</source>
        <translation>The meeting of {day} is deleted.</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="132"/>
        <source>Välj ett insatsområde eller en indikator i navigatorn.</source>
        <extracomment>the dialog open now (the tests fill it in while it is modal)</extracomment>
        <translation>Select a focus area or an indicator in the navigator.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="142"/>
        <source>Kunde inte flyttas</source>
        <translation>Could not be moved</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="160"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="161"/>
        <source>Ta bort «{name}»?

Har den värden arkiveras den i stället: den försvinner ur tabellen men värdena och historiken finns kvar i registret.</source>
        <translation>Remove “{name}”?

If it has values it is archived instead: it disappears from the table, but the values and their history stay in the register.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="173"/>
        <source>Kunde inte tas bort</source>
        <translation>Could not be removed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="177"/>
        <source>Arkiverad: {name}</source>
        <translation>Archived: {name}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="177"/>
        <source>Borttagen: {name}</source>
        <translation>Removed: {name}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="89"/>
        <source>Skriver {file} …</source>
        <translation>Writing {file} …</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="92"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="94"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="125"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>UnmappedAccountsModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="634"/>
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="634"/>
        <source>Exempel</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="634"/>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="634"/>
        <source>Kostnadsslag</source>
        <translation>Cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/models.py" line="691"/>
        <source>välj …</source>
        <translation>choose …</translation>
    </message>
</context>
<context>
    <name>ValueEntry</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="68"/>
        <source>Välj ett projekt först.</source>
        <extracomment>Shows a message in the status bar: (text, milliseconds). What was said last of an edit, per kind of edit: the verb of the status-bar message.</extracomment>
        <translation>Select a project first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="69"/>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="102"/>
        <source>Ändra {code} {quarter}</source>
        <translation>Change {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="75"/>
        <source>Kommentar {code} {quarter}</source>
        <translation>Comment {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="127"/>
        <source>Töm {n} celler</source>
        <translation>Clear {n} cells</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="154"/>
        <source>Välj kvartalscellen där blocket ska börja, och kopiera värden först.</source>
        <translation>Select the quarter cell where the block should start, and copy values first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="159"/>
        <source>Blocket ({rows} × {cols}) får inte plats från den valda cellen. Inget klistrades in.</source>
        <translation>The block ({rows} × {cols}) does not fit from the selected cell. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="169"/>
        <source>Klistra in {rows} × {cols} värden</source>
        <translation>Paste {rows} × {cols} values</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="172"/>
        <source>Inget klistrades in. </source>
        <translation>Nothing was pasted. </translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="186"/>
        <source>Ändringen kunde inte sparas.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="212"/>
        <source>Tömt: {code} {quarter}</source>
        <translation>Cleared: {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="214"/>
        <source>Kommentar sparad: {code} {quarter}</source>
        <translation>Comment saved: {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="216"/>
        <source>Sparat: {code} {quarter}</source>
        <translation>Saved: {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="219"/>
        <source> och {n} värden till</source>
        <translation> and {n} more values</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="221"/>
        <source>Ångrat: {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="223"/>
        <source>Gjort om: {action}</source>
        <translation>Redone: {action}</translation>
    </message>
</context>
</TS>
