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
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="663"/>
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
        <source>Aktivitetens texter</source>
        <translation>The activity’s texts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="181"/>
        <source>Aktivitetens rapport</source>
        <translation>The activity&apos;s report</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="182"/>
        <source>Oförutsett under perioden</source>
        <translation>Unforeseen during the period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="278"/>
        <source>Välj ett projekt.</source>
        <translation>Choose a project.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="304"/>
        <source>insatsområde {n}</source>
        <translation>focus area {n}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="305"/>
        <source>hela projektet</source>
        <translation>the whole project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="306"/>
        <source>Aktivitetsplan, {scope}: {n} aktiviteter, status vid {quarter}: {counts}</source>
        <translation>Activity plan, {scope}: {n} activities, status at {quarter}: {counts}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="392"/>
        <source>Välj en aktivitet.</source>
        <translation>Choose an activity.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="399"/>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="435"/>
        <source>Ändrat – sparas när du lämnar rutan.</source>
        <translation>Changed – saved when you leave the box.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="470"/>
        <source>Texterna för {period} är sparade.</source>
        <translation>The texts for {period} are saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="505"/>
        <source>Rapporten för {code} ({period}) är inte sparad.</source>
        <translation>The report for {code} ({period}) is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="508"/>
        <source>Texten om oförutsedda resultat och effekter ({period}) är inte sparad.</source>
        <translation>The text on unforeseen results and effects ({period}) is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="510"/>
        <source>Texten är inte sparad</source>
        <translation>The text is not saved</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="513"/>
        <source>Vill du spara den?</source>
        <translation>Do you want to save it?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="514"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="515"/>
        <source>Spara &amp;inte</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="516"/>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="668"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="616"/>
        <source>Aktiviteten {code} är tillagd.</source>
        <translation>The activity {code} is added.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="639"/>
        <source>Aktiviteten {code} är ändrad.</source>
        <translation>The activity {code} is changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="664"/>
        <source>Ta bort {code} {name}? Dess rapporter tas bort med den (ändringsloggen behåller dem).</source>
        <translation>Remove {code} {name}? Its reports go with it (the change log keeps them).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="667"/>
        <source>Ta &amp;bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/activities_view.py" line="677"/>
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
    <name>Banner</name>
    <message>
        <location filename="../../hallbar_desktop/ui/banner.py" line="35"/>
        <source>Stäng meddelandet</source>
        <extracomment>The user closed the message.</extracomment>
        <translation>Close the message</translation>
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
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="168"/>
        <source>Budgetens flikar</source>
        <translation>Budget tabs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="171"/>
        <source>Belopp i kronor som i beslutet. Indirekta kostnader räknas ut av personalbudgeten med projektets schablon.</source>
        <translation>Amounts in kronor as in the decision. Indirect costs are computed from the staff budget with the project&apos;s flat rate.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="186"/>
        <source>Vad varje finansiär har betalat in per kvartal (slututbetalningen kommer ofta året efter projektet).</source>
        <translation>What each financier has paid in per quarter (the final payment often comes the year after the project).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="193"/>
        <source>&amp;Schablon för indirekta kostnader (andel av personalkostnaderna):</source>
        <translation>&amp;Flat rate for indirect costs (share of the staff costs):</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="196"/>
        <source>&amp;Tak för Tillväxtverkets andel av den totala budgeten:</source>
        <translation>&amp;Cap on Tillväxtverket&apos;s share of the total budget:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="201"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="202"/>
        <source>&amp;Finansiering</source>
        <translation>Fina&amp;ncing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="203"/>
        <source>&amp;Inbetalt</source>
        <translation>&amp;Paid in</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="204"/>
        <source>&amp;Inställningar</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="206"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="228"/>
        <source>Budget och finansiering – {code}</source>
        <translation>Budget and financing – {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="273"/>
        <source>Den här cellen räknas ut och skrivs inte in.</source>
        <translation>This cell is computed, not typed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="281"/>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="289"/>
        <source>Summorna räknas ut och skrivs inte in.</source>
        <translation>The totals are computed, not typed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="303"/>
        <source>Schablonen</source>
        <translation>The flat rate</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="312"/>
        <source>Taket</source>
        <translation>The cap</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="334"/>
        <source>Finansiären {name} är tillagd.</source>
        <translation>The financier {name} is added.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="366"/>
        <source>Ta bort finansiären {name} och dess planerade finansiering?</source>
        <translation>Remove the financier {name} and its planned financing?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="368"/>
        <source>Ta &amp;bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="369"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/budget_dialog.py" line="374"/>
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
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="92"/>
        <source>Kostnadsslag för kontot</source>
        <translation>Cost category of the account</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="93"/>
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
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="91"/>
        <source>Välj en indikator för att se dess diagram.</source>
        <extracomment>The newest chart asked for was shown, or could not be built: no build is pending. matplotlib was imported (in the renderer thread), before the first figure: the window moves what is loaded out of the garbage collector&apos;s way now (``hallbar_desktop.memory``).</extracomment>
        <translation>Select an indicator to see its chart.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="93"/>
        <source>Diagrammet för {code} ritas…</source>
        <translation>Drawing the chart of {code}…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="162"/>
        <source>Diagrammet kunde inte ritas.</source>
        <translation>The chart could not be drawn.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="354"/>
        <source>Spara diagrammet som PNG (300 dpi)…</source>
        <translation>Save the chart as PNG (300 dpi)…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="355"/>
        <source>Spara diagrammet som SVG…</source>
        <translation>Save the chart as SVG…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="366"/>
        <source>Spara diagram</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/chart_pane.py" line="379"/>
        <source>Diagrammet kunde inte sparas</source>
        <translation>The chart could not be saved</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="38"/>
        <source>Utfall</source>
        <extracomment>The charts&apos; words, listed for lupdate (``words(CONTEXT, …)`` is not a call it reads).</extracomment>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="39"/>
        <source>Ej uppnådd</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="40"/>
        <source>Uppnådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="41"/>
        <source>Måldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="42"/>
        <source>Kvinnor</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="43"/>
        <source>Män</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="44"/>
        <source>Annat/ej angivet</source>
        <translation>Other/not stated</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="45"/>
        <source>Utfall, ackumulerat</source>
        <translation>Actual, cumulative</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="46"/>
        <source>Förväntat (linje mot målet)</source>
        <translation>Expected (line to the target)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="47"/>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="48"/>
        <source>Mål {quarter}</source>
        <translation>Target {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="49"/>
        <source>Projektslut</source>
        <translation>Project end</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="50"/>
        <source>Uppföljning efter projektslut (t.o.m. {quarter})</source>
        <translation>Follow-up after the project end (until {quarter})</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="51"/>
        <source>Fastställt kvartal</source>
        <translation>Approved quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="52"/>
        <source>Insatsområde {number} har inga indikatorer att visa.</source>
        <translation>Focus area {number} has no indicators to show.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="53"/>
        <source>Framsteg mot målet, {quarter}</source>
        <translation>Progress toward the target, {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="54"/>
        <source>värde saknas</source>
        <translation>no value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="55"/>
        <source>Antal indikatorer</source>
        <translation>Number of indicators</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="56"/>
        <source>Status per insatsområde, {quarter}</source>
        <translation>Status per focus area, {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="57"/>
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="58"/>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="59"/>
        <source>Röd</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="60"/>
        <source>Grå</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="429"/>
        <source>Diagram kan sparas som .png eller .svg, inte «{name}».</source>
        <extracomment>The context of the charts&apos; words in the translation (resources/i18n/hallbar_en.ts). A figure lower than this (inches) names the years under its quarters, not every quarter slanted: the slanted labels would take a third of its height from the plot.</extracomment>
        <translation>Charts can be saved as .png or .svg, not “{name}”.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/reporting/charts.py" line="437"/>
        <source>Diagrammet kunde inte sparas i {path}: {reason}.</source>
        <translation>The chart could not be saved in {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="382"/>
        <source>aktiviteten {code}</source>
        <translation>the activity {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="383"/>
        <source>nu heter den «{name}», ansvarig «{responsible}», status «{status}»</source>
        <translation>it is now called «{name}», responsible «{responsible}», status «{status}»</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/conflicts.py" line="56"/>
        <source>{by} har sparat {saved} sedan du öppnade formuläret ({now}). Dina ändringar sparades inte, så inget skrevs över. Det du skrev finns kvar i formuläret: avbryt och öppna det igen för att se vad som gäller nu, och gör ändringarna på nytt.</source>
        <extracomment>How many of a project&apos;s latest audit entries of the row&apos;s kind are searched for the row.</extracomment>
        <translation>{by} has saved {saved} since you opened the form ({now}). Your changes were not saved, so nothing was overwritten. What you typed is still in the form: cancel and open it again to see what applies now, and make your changes again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/conflicts.py" line="59"/>
        <location filename="../../hallbar_desktop/services/steering.py" line="272"/>
        <source>Någon annan</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/entry.py" line="303"/>
        <source>någon annan</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/entry.py" line="306"/>
        <source>tömde värdet</source>
        <translation>cleared the value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/entry.py" line="310"/>
        <source>ändrade värdet till {value}</source>
        <translation>changed the value to {value}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/entry.py" line="311"/>
        <source>ändrade värdet</source>
        <translation>changed the value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/entry.py" line="312"/>
        <source>{who} {now}{when}, efter att du läste det. Ditt värde sparades inte, så inget skrevs över; det som gäller nu visas. Skriv in ditt igen om det ska gälla.</source>
        <translation>{who} {now}{when}, after you read it. Your value was not saved, so nothing was overwritten; what applies now is shown. Type yours again if it should apply.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="366"/>
        <source>lärdom {number}</source>
        <translation>lesson {number}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="367"/>
        <source>den lyder nu «{text}»</source>
        <translation>it now reads «{text}»</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="181"/>
        <source>projektet {code}</source>
        <translation>the project {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="182"/>
        <source>nu heter det «{name}», projektledare «{leader}», {start}–{end}</source>
        <translation>it is now called «{name}», project leader «{leader}», {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="246"/>
        <source>insatsområde {number} i {code}</source>
        <translation>focus area {number} in {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="248"/>
        <source>nu heter det «{name}», syftet är «{purpose}»</source>
        <translation>it is now called «{name}», its purpose «{purpose}»</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="470"/>
        <source>beslut {number}</source>
        <translation>decision {number}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="471"/>
        <source>status nu «{status}», uppföljning «{follow}»</source>
        <translation>status now «{status}», follow-up «{follow}»</translation>
    </message>
</context>
<context>
    <name>CostImport</name>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="96"/>
        <source>{name} kan inte läsas som UTF-16-text.</source>
        <translation>{name} cannot be read as UTF-16 text.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="99"/>
        <source>{name} är ingen textfil (CSV) eller Excel-arbetsbok.</source>
        <translation>{name} is not a text file (CSV) or an Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="132"/>
        <source>Filen har inga kolumner som går att känna igen (semikolon, tabb eller komma mellan fälten).</source>
        <translation>The file has no columns that can be recognised (semicolon, tab or comma between the fields).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="141"/>
        <source>Filen är tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="148"/>
        <source>Filen saknar en rubrikrad (kolumnnamn som Datum, Konto, Belopp).</source>
        <translation>The file has no header row (column names such as Date, Account, Amount).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="166"/>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="202"/>
        <source>{name} är tom.</source>
        <translation>{name} is empty.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="168"/>
        <source>{name} har fler än {MAX_ROWS} rader; dela upp exporten per kvartal.</source>
        <translation>{name} has more than {MAX_ROWS} rows; split the export by quarter.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="185"/>
        <source>{name} är för stor ({value} MB); exportera en kortare period.</source>
        <translation>{name} is too large ({value} MB); export a shorter period.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="191"/>
        <source>{name} är en äldre Excel-fil (.xls). Spara den som .xlsx eller CSV i Excel och läs in den igen.</source>
        <translation>{name} is an older Excel file (.xls). Save it as .xlsx or CSV in Excel and import it again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="196"/>
        <source>{name} kan inte läsas: {strerror}.</source>
        <translation>{name} cannot be read: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="208"/>
        <source>{name} kan inte läsas som CSV: {exc}.</source>
        <translation>{name} cannot be read as CSV: {exc}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="225"/>
        <source>{name} kan inte läsas som Excel-arbetsbok ({error}).</source>
        <translation>{name} cannot be read as an Excel workbook ({error}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="342"/>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="348"/>
        <source>Mappningsfilen {path} finns inte.</source>
        <translation>The mapping file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="350"/>
        <source>{name} är ingen giltig mappningsfil (TOML): {exc}.</source>
        <translation>{name} is not a valid mapping file (TOML): {exc}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="353"/>
        <source>{name} kan inte läsas: {exc}.</source>
        <translation>{name} cannot be read: {exc}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="361"/>
        <source>{source}: okända avsnitt {sections} (tillåtna: columns, accounts).</source>
        <translation>{source}: unknown sections {sections} (allowed: columns, accounts).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="368"/>
        <source>{source}: [columns] ska vara en tabell.</source>
        <translation>{source}: [columns] must be a table.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="372"/>
        <source>{source}: [columns] har okända nycklar {keys} (tillåtna: {allowed}).</source>
        <translation>{source}: [columns] has unknown keys {keys} (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="377"/>
        <source>{source}: kolumnnamnen i [columns] ska vara text.</source>
        <translation>{source}: the column names in [columns] must be text.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="383"/>
        <source>{source}: [accounts] ska vara en tabell.</source>
        <translation>{source}: [accounts] must be a table.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="390"/>
        <source>{source}: konto {account}: {exc}</source>
        <translation>{source}: account {account}: {exc}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="393"/>
        <source>{source}: konto {account}: indirekta kostnader räknas ut som schablon och kan inte importeras; välj ett annat kostnadsslag.</source>
        <translation>{source}: account {account}: indirect costs are calculated as a flat rate and cannot be imported; choose another cost category.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="576"/>
        <source>Kolumnen {missing} finns inte i filen. Kolumner i filen: {found}.</source>
        <extracomment>stored (remembered for the project), given (a mapping file or the window), guessed accounts of the mapping file that the import will remember for the project</extracomment>
        <translation>The column {missing} is not in the file. Columns in the file: {found}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="580"/>
        <source>Kolumnerna för datum, belopp (eller debet och kredit) och konto (eller kostnadsslag) behöver anges. Kolumner i filen: {found}.</source>
        <translation>The columns for the date, the amount (or debit and credit) and the account (or cost category) must be given. Columns in the file: {found}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="601"/>
        <source>ingen transaktion (varken datum eller konto): «{first}»</source>
        <translation>not a transaction (neither date nor account): «{first}»</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="612"/>
        <source>datumet {day} ligger utanför projektperioden ({start} – {end})</source>
        <translation>the date {day} is outside the project period ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="620"/>
        <source>beloppet saknas</source>
        <translation>the amount is missing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="627"/>
        <source>beloppet: {message}</source>
        <translation>the amount: {message}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="636"/>
        <source>kontot saknas</source>
        <translation>the account is missing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="640"/>
        <source>kontot {account} har inget kostnadsslag. Ange det i mappningsfilen under [accounts] (t.ex. &quot;{account}&quot; = &quot;other&quot;) eller i programmet</source>
        <translation>the account {account} has no cost category. Give it in the mapping file under [accounts] (e.g. &quot;{account}&quot; = &quot;other&quot;) or in the program</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="644"/>
        <source>indirekta kostnader räknas ut som schablon av personalkostnaderna och importeras inte</source>
        <translation>indirect costs are calculated as a flat rate of the staff costs and are not imported</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="653"/>
        <source>{file_name} har inga transaktioner att importera.</source>
        <translation>{file_name} has no transactions to import.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/cost_import.py" line="708"/>
        <source>Filen eller registret har ändrats sedan förhandsgranskningen; inget importerades. Förhandsgranska igen.</source>
        <translation>The file or the register has changed since the preview; nothing was imported. Preview again.</translation>
    </message>
</context>
<context>
    <name>CostImportDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="81"/>
        <source>Importera kostnader</source>
        <extracomment>The end of the core&apos;s message about an unmapped account (``cost_import.preview_cost_import``). The roles in the order the columns step asks for them; the first three are needed.</extracomment>
        <translation>Import costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="82"/>
        <source>Export från ekonomisystemet (*.csv *.txt *.tsv *.skv *.xlsx);;CSV och text (*.csv *.txt *.tsv *.skv);;Excel (*.xlsx);;Alla filer (*)</source>
        <translation>Export from the finance system (*.csv *.txt *.tsv *.skv *.xlsx);;CSV and text (*.csv *.txt *.tsv *.skv);;Excel (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="127"/>
        <source>Importera kostnader till {code} – {file}</source>
        <extracomment>The columns confirmed in the columns step (None: the ones remembered for the project).</extracomment>
        <translation>Import costs into {code} – {file}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="135"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="135"/>
        <source>&amp;Konto:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="135"/>
        <source>&amp;Belopp:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="136"/>
        <source>D&amp;ebet:</source>
        <translation>D&amp;ebit:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="136"/>
        <source>K&amp;redit:</source>
        <translation>C&amp;redit:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="136"/>
        <source>&amp;Aktivitet:</source>
        <translation>Ac&amp;tivity:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="137"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="137"/>
        <source>Kostnads&amp;slag:</source>
        <translation>Cost cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="140"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="151"/>
        <source>Datum, konto och belopp behövs (eller debet och kredit i stället för belopp, eller kostnadsslag i stället för konto). Aktivitet kopplar kostnaderna till aktivitetsplanen.</source>
        <translation>Date, account and amount are needed (or debit and credit instead of amount, or cost category instead of account). Activity links the costs to the activity plan.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="156"/>
        <source>Filens första rader</source>
        <translation>The file&apos;s first rows</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="160"/>
        <source>&amp;Nästa: förhandsgranska</source>
        <translation>&amp;Next: preview</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="163"/>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="214"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="172"/>
        <source>Filens första rader:</source>
        <translation>The file&apos;s first rows:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="184"/>
        <source>Konton &amp;utan kostnadsslag – välj ett för varje (det sparas för projektet):</source>
        <translation>Accounts &amp;without a cost category – choose one for each (it is kept for the project):</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="190"/>
        <source>Konton utan kostnadsslag</source>
        <translation>Accounts without a cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="200"/>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="206"/>
        <source>&amp;Förhandsgranskning – fel först, sedan före → efter per kvartal och kostnadsslag:</source>
        <translation>&amp;Preview – errors first, then before → after per quarter and cost category:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="210"/>
        <source>Ändra &amp;kolumner…</source>
        <translation>Change &amp;columns…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="212"/>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="239"/>
        <source>Första importen för {code}: ange vilka kolumner i {file} som är vad. Förslaget bygger på rubrikerna ({format}, rubrikrad {row}). Kolumnerna sparas för projektet.</source>
        <translation>First import for {code}: say which columns of {file} hold what. The suggestion comes from the headers ({format}, header row {row}). The columns are kept for the project.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="245"/>
        <source>Kolumnerna i {file} ({format}, rubrikrad {row}). De sparade för {code} är förvalda.</source>
        <translation>The columns of {file} ({format}, header row {row}). Those kept for {code} are chosen.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="256"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="278"/>
        <source>Kolumnerna räcker inte: ange datum, belopp (eller debet och kredit) och konto (eller kostnadsslag).</source>
        <translation>The columns are not enough: give date, amount (or debit and credit) and account (or cost category).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="282"/>
        <source>En kolumn kan bara ha en roll.</source>
        <translation>A column can have one role only.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="291"/>
        <source>importdialogen</source>
        <translation>the import dialog</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="333"/>
        <source>Bekräfta kolumnerna först (Ändra kolumner…).</source>
        <translation>Confirm the columns first (Change columns…).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="338"/>
        <source>{file}: {format}, {n} transaktioner, summa {total}. {new} nya, {changed} ändrade, {same} oförändrade kvartalsbelopp; {errors} fel.</source>
        <translation>{file}: {format}, {n} transactions, total {total}. {new} new, {changed} changed, {same} unchanged quarterly amounts; {errors} errors.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="344"/>
        <source>{n} rader är inga transaktioner (t.ex. summarader) och hoppas över.</source>
        <translation>{n} rows are no transactions (e.g. sum rows) and are skipped.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="350"/>
        <source>Filen ändrar inget: den är redan importerad.</source>
        <translation>The file changes nothing: it is imported already.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="352"/>
        <source>Inget importeras förrän felen är rättade.</source>
        <translation>Nothing is imported until the errors are corrected.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="360"/>
        <source> – välj ett kostnadsslag för kontot i listan ovan</source>
        <translation> – choose a cost category for the account in the list above</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/cost_import_dialog.py" line="407"/>
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
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="69"/>
        <source>Spara &amp;uppföljningen</source>
        <extracomment>(number, version) of the decision the follow-up was filled from: its save checks it.</extracomment>
        <translation>Save the &amp;follow-up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="71"/>
        <source>Uppföljning av det markerade beslutet</source>
        <translation>Follow-up of the selected decision</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="73"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="74"/>
        <source>Upp&amp;följning:</source>
        <translation>Follo&amp;w-up:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="125"/>
        <source>Spara mötet först; beslutet hör till ett möte.</source>
        <translation>Save the meeting first; a decision belongs to a meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="131"/>
        <source>Beslutet är sparat.</source>
        <translation>The decision is saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="138"/>
        <source>Beslut {n} är sparat.</source>
        <translation>Decision {n} is saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/decisions_tab.py" line="158"/>
        <source>Uppföljningen av beslut {n} är sparad.</source>
        <translation>The follow-up of decision {n} is saved.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="80"/>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="165"/>
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
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="137"/>
        <source>&amp;Historik:</source>
        <translation>&amp;History:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="171"/>
        <source>(arkiverad)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="175"/>
        <source>saknas</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="176"/>
        <source>uppnådd</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="181"/>
        <source>ingen definition angiven</source>
        <translation>no definition given</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="192"/>
        <source>ja (kvinnor, män, annat/ej angivet)</source>
        <translation>yes (women, men, other/not stated)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="192"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="201"/>
        <source>Välj en kvartalscell för att se dess kommentar och historik.</source>
        <translation>Select a quarter cell to see its comment and history.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="214"/>
        <source>Senast ändrat av {who} {when}</source>
        <translation>Last changed by {who} {when}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="217"/>
        <source>Ange ett värde i tabellen innan du skriver en kommentar.</source>
        <translation>Enter a value in the table before writing a comment.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="383"/>
        <source>Kommentaren är inte sparad</source>
        <extracomment>The narrowest a column that wraps (all but who) is squeezed to; its text wraps onto more lines instead of being cut.</extracomment>
        <translation>The comment is not saved</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="384"/>
        <source>Kommentaren till {code} {quarter} är inte sparad.</source>
        <translation>The comment on {code} {quarter} is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="388"/>
        <source>Vill du spara den?</source>
        <translation>Do you want to save it?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="389"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="390"/>
        <source>Spara &amp;inte</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/details_pane.py" line="391"/>
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
    <name>Economy</name>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="217"/>
        <source>{what}: {message}</source>
        <extracomment>account (or prefix ending in ``*``) → cost category category → year → amount, every category and year present (indirect computed).</extracomment>
        <translation>{what}: {message}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="227"/>
        <source>Indirekta kostnader skrivs inte in: de räknas ut som projektets schablon av personalkostnaderna. Ändra schablonen i stället.</source>
        <translation>Indirect costs are not entered: they are calculated as the project&apos;s flat rate of the staff costs. Change the flat rate instead.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="237"/>
        <source>«{year}» är inget år.</source>
        <translation>«{year}» is not a year.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="240"/>
        <source>{y} ligger utanför projektets år ({first}–{last}).</source>
        <translation>{y} is outside the project&apos;s years ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="253"/>
        <source>{q} ligger utanför projektperioden för {code} ({start} – {end}).</source>
        <translation>{q} is outside the project period of {code} ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="331"/>
        <source>Ett kolumnnamn är för långt (högst 200 tecken).</source>
        <translation>A column name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="334"/>
        <source>Kolumnerna räcker inte: ange datum, belopp (eller debet och kredit) och konto (eller kostnadsslag).</source>
        <translation>The columns are not enough: give the date, the amount (or debit and credit) and the account (or cost category).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="353"/>
        <source>«{account}» är inget konto (högst 40 tecken; ett prefix slutar med *).</source>
        <translation>«{account}» is not an account (at most 40 characters; a prefix ends with *).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="356"/>
        <source>«{account}»: en stjärna får bara stå sist (t.ex. 51*).</source>
        <translation>«{account}»: an asterisk may only come last (e.g. 51*).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="455"/>
        <source>Budget för {c} {y}</source>
        <translation>Budget for {c} {y}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="504"/>
        <source>{code} har ingen finansiär «{wanted}». Finansiärer: {value}.</source>
        <translation>{code} has no funder «{wanted}». Funders: {value}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="506"/>
        <source>inga ännu</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="525"/>
        <source>Ange finansiärens namn.</source>
        <translation>Enter the funder&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="527"/>
        <source>Finansiärens namn är för långt (högst 300 tecken).</source>
        <translation>The funder&apos;s name is too long (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="533"/>
        <source>{code} har redan finansiären «{name}».</source>
        <translation>{code} already has the funder «{name}».</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="556"/>
        <source>«{name}» har betalat in pengar och kan inte tas bort; ändra beloppen i stället.</source>
        <translation>«{name}» has paid in money and cannot be removed; change the amounts instead.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="572"/>
        <source>Finansiering från {name} {y}</source>
        <translation>Funding from {name} {y}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="599"/>
        <source>Inbetalning från {name} {q}</source>
        <translation>Payment from {name} {q}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="627"/>
        <source>{q} ligger utanför projektperioden för {code} ({start} – {end}, och året efter för slututbetalningen).</source>
        <translation>{q} is outside the project period of {code} ({start} – {end}, and the year after for the final payment).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/economy.py" line="683"/>
        <source>{c} {q}</source>
        <translation>{c} {q}</translation>
    </message>
</context>
<context>
    <name>EconomyView</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="85"/>
        <source>Uppföljning till och med</source>
        <extracomment>Shows a message in the status bar: (text, milliseconds). The user asked to import costs (Arkiv → Importera kostnader…). The user asked for the budget and financing editor.</extracomment>
        <translation>Follow-up up to</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="88"/>
        <source>Till och &amp;med:</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="90"/>
        <source>&amp;Budget…</source>
        <translation>&amp;Budget…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="91"/>
        <source>Budget och finansiering</source>
        <translation>Budget and financing</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="92"/>
        <source>Budget, finansiering, inbetalningar, schablon och tak (Ctrl+Shift+B)</source>
        <translation>Budget, financing, payments, flat rate and cap (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="94"/>
        <source>Impor&amp;tera…</source>
        <translation>Impor&amp;t…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="95"/>
        <source>Importera kostnader</source>
        <translation>Import costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="96"/>
        <source>Ekonomisystemets export, CSV eller Excel (Ctrl+Shift+I)</source>
        <translation>The finance system&apos;s export, CSV or Excel (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="115"/>
        <source>Uppföljning per kostnadsslag</source>
        <translation>Follow-up per cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="128"/>
        <source>Kostnader per kvartal och kostnadsslag</source>
        <translation>Costs per quarter and cost category</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="130"/>
        <source>Skriv ett belopp och tryck Enter eller Tab; klistra in ett block från Excel; Delete tömmer; Ctrl+Z ångrar.</source>
        <translation>Type an amount and press Enter or Tab; paste a block from Excel; Delete clears; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="132"/>
        <source>K&amp;ostnader per kvartal:</source>
        <translation>C&amp;osts per quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="134"/>
        <source>kursivt: räknas ut · ✓ fastställt (går att ändra)</source>
        <translation>italic: computed · ✓ approved (can be changed)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="135"/>
        <source>Indirekta kostnader räknas ut som schablon av personalkostnaderna och skrivs inte in. Kvartal som styrgruppen fastställt är märkta ✓; deras kostnader går ändå att ändra, eftersom bokslutet ofta kommer efter mötet.</source>
        <translation>Indirect costs are computed as a flat rate of the staff costs and are not typed. Quarters the steering group approved are marked ✓; their costs can still be changed, as the accounts often close after the meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="182"/>
        <source>Kopiera kostnaderna</source>
        <translation>Copy the costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="183"/>
        <source>Klistra in kostnader</source>
        <translation>Paste costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="185"/>
        <source>Töm markerade kostnader</source>
        <translation>Clear the selected costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="275"/>
        <source>○ Inga kostnader för {quarter} ännu (grå): importera exporten eller skriv in dem nedan.</source>
        <translation>○ No costs for {quarter} yet (grey): import the export or type them below.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="285"/>
        <source>Inbetalt till och med {quarter}: {paid} av {planned}</source>
        <translation>Paid in up to {quarter}: {paid} of {planned}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="289"/>
        <source> (perioden: {paid}).</source>
        <translation> (the period: {paid}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="280"/>
        <source>Projektet har ingen budget ännu: lägg in den under Budget och finansiering.</source>
        <translation>The project has no budget yet: enter it under Budget and financing.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="294"/>
        <source>Indirekta kostnader: schablon {rate} av personalkostnaderna.</source>
        <translation>Indirect costs: flat rate {rate} of the staff costs.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="333"/>
        <source>(senaste)</source>
        <translation>(latest)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="382"/>
        <source>Summorna räknas ut och skrivs inte in.</source>
        <translation>The totals are computed, not typed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="383"/>
        <source>Ändra {category} {quarter}</source>
        <translation>Change {category} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="390"/>
        <source>Välj ett projekt först.</source>
        <translation>Select a project first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="393"/>
        <source>Ändringen kunde inte sparas.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="410"/>
        <source>Töm {n} kostnader</source>
        <translation>Clear {n} costs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="428"/>
        <source>Välj cellen där blocket ska börja, och kopiera belopp först.</source>
        <translation>Choose the cell where the block is to start, and copy amounts first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="437"/>
        <source>Blocket ({rows} × {cols}) får inte plats från den valda cellen: det når summorna eller utanför tabellen. Inget klistrades in.</source>
        <translation>The block ({rows} × {cols}) does not fit from the chosen cell: it reaches the totals or beyond the table. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="444"/>
        <source>Klistra in {rows} × {cols} belopp</source>
        <translation>Paste {rows} × {cols} amounts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="447"/>
        <source>Inget klistrades in. </source>
        <translation>Nothing was pasted. </translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="497"/>
        <source>Tömt: {category} {quarter}</source>
        <translation>Cleared: {category} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="498"/>
        <source>Sparat: {category} {quarter}</source>
        <translation>Saved: {category} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="501"/>
        <source> och {n} belopp till</source>
        <translation> and {n} more amounts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="503"/>
        <source>Ångrat: {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/economy_view.py" line="505"/>
        <source>Gjort om: {action}</source>
        <translation>Redone: {action}</translation>
    </message>
</context>
<context>
    <name>EffectChain</name>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain.py" line="384"/>
        <source>En ruta anges med sin kod, t.ex. R1.1.</source>
        <extracomment>A box named by its id (int) or its code (str, whatever the case). The quarter the light is judged at (the latest ended one; for an indicator followed up after the project&apos;s end, its own); None when nothing can be judged yet. The deadline of an indicator followed up after the project&apos;s end. Why the indicator does not fit the level of its box (&quot;&quot; when it does, or when not placed). The user chose that this activity leads straight to an effect (kept, and shown). The focus area asked for; None: the whole project. (number, name) of the lanes shown, in the project&apos;s order; number None = project-wide. The quarter the project&apos;s lights are judged at (indicators followed up after the end: their own). Indicators and activities of the lanes shown that sit in no box yet. What the chain does not say yet or says against its rules, in words (mismatched levels, an effect nothing leads to, a result that leads nowhere).</extracomment>
        <translation>A box is given by its code, e.g. R1.1.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain.py" line="391"/>
        <source>{code} har ingen ruta «{shown}» i effektkedjan. Rutor: {value}.</source>
        <translation>{code} has no box «{shown}» in the effect chain. Boxes: {value}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain.py" line="393"/>
        <source>inga ännu</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="74"/>
        <source>{what} ska vara text.</source>
        <extracomment>Its stable name in the project file and on the command line; empty: made from the level and the focus area (``R1.2`` = the second result of focus area 1, ``AK`` activities, ``E`` effects).</extracomment>
        <translation>{what} must be text.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="76"/>
        <source>{what} innehåller ett otillåtet tecken.</source>
        <translation>{what} contains a character that is not allowed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="78"/>
        <source>{what} är för lång (högst {limit} tecken).</source>
        <translation>{what} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="110"/>
        <source>{what} hör till ett annat insatsområde än rutan «{code}». Placera den i sitt eget insatsområdes effektkedja eller i en projektövergripande ruta.</source>
        <translation>{what} belongs to another focus area than the box «{code}». Place it in its own focus area&apos;s effect chain or in a box for the whole project.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="120"/>
        <source>Rutans text</source>
        <translation>The box&apos;s text</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="122"/>
        <source>Skriv en text i rutan, t.ex. vad resultatet eller effekten är.</source>
        <translation>Write a text in the box, e.g. what the result or the effect is.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="124"/>
        <source>Rutans beskrivning</source>
        <translation>The box&apos;s description</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="126"/>
        <source>Rutans kod</source>
        <translation>The box&apos;s code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="129"/>
        <source>Koden «{code}» duger inte för en ruta: bokstäver, siffror, punkt och bindestreck, utan mellanslag (t.ex. R1.1).</source>
        <translation>The code «{code}» will not do for a box: letters, digits, full stops and hyphens, without spaces (e.g. R1.1).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="135"/>
        <source>{code} har redan en ruta med koden «{code2}» i effektkedjan.</source>
        <translation>{code} already has a box with the code «{code2}» in the effect chain.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="142"/>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="358"/>
        <source>Indikatorn {code}</source>
        <translation>The indicator {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="146"/>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="407"/>
        <source>Aktiviteten {code}</source>
        <translation>The activity {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="167"/>
        <source>Rutan «{code}» har pilar till andra rutor i sin effektkedja; ta bort pilarna innan den flyttas till ett annat insatsområde.</source>
        <translation>The box «{code}» has arrows to other boxes in its effect chain; remove the arrows before it is moved to another focus area.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="270"/>
        <source>Rutorna «{code}» och «{code2}» hör till olika effektkedjor (insatsområden); en pil går mellan rutor i samma kedja.</source>
        <translation>The boxes «{code}» and «{code2}» belong to different effect chains (focus areas); an arrow goes between boxes in the same chain.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="275"/>
        <source>Det finns redan en pil från «{code}» till «{code2}».</source>
        <translation>There is already an arrow from «{code}» to «{code2}».</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="284"/>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="315"/>
        <source>Pilens text</source>
        <translation>The arrow&apos;s text</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="307"/>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="328"/>
        <source>Det finns ingen pil från «{code}» till «{code2}».</source>
        <translation>There is no arrow from «{code}» to «{code2}».</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="355"/>
        <source>Indikatorn {code} är arkiverad och placeras inte i effektkedjan.</source>
        <translation>The indicator {code} is archived and is not placed in the effect chain.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="366"/>
        <source>Indikatorn {code} sitter redan i rutan «{code2} {title}» ({level}). En indikator sitter på en nivå i kedjan: flytta den därifrån.</source>
        <translation>The indicator {code} is already in the box «{code2} {title}» ({level}). An indicator sits at one level of the chain: move it from there.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="388"/>
        <source>Indikatorn {code} sitter inte i rutan «{code2}».</source>
        <translation>The indicator {code} is not in the box «{code2}».</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="414"/>
        <source>Aktiviteten {code} sitter redan i rutan «{code2} {title}». En aktivitet sitter i en ruta: flytta den därifrån.</source>
        <translation>The activity {code} is already in the box «{code2} {title}». An activity sits in one box: move it from there.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/effect_chain_edit.py" line="435"/>
        <source>Aktiviteten {code} sitter inte i rutan «{code2}».</source>
        <translation>The activity {code} is not in the box «{code2}».</translation>
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
    <name>ExcelImport</name>
    <message>
        <location filename="../../hallbar_desktop/reporting/excel_template.py" line="42"/>
        <source>{q} ligger utanför projektperioden för {code}.</source>
        <translation>{q} is outside the project period of {code}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="137"/>
        <source>Filen {name} finns inte.</source>
        <extracomment>What ``apply_import`` wrote, cell by cell (empty for a preview). indicator id → (first quarter, last quarter, archived): what ``check_writable`` checks, per indicator The same preview made again from the rows read from the file (``apply_import(preview=...)``).</extracomment>
        <translation>The file {name} does not exist.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="139"/>
        <source>{name} är ingen Excel-arbetsbok (.xlsx) eller så är filen skadad.</source>
        <translation>{name} is not an Excel workbook (.xlsx), or the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="148"/>
        <source>{name} packar upp till orimligt mycket data; filen läses inte.</source>
        <translation>{name} unpacks to an unreasonable amount of data; the file is not read.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="151"/>
        <source>{name} är för stor uppackad ({value} MB); filen läses inte.</source>
        <translation>{name} is too large unpacked ({value} MB); the file is not read.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="155"/>
        <source>{name} är ingen Excel-arbetsbok.</source>
        <translation>{name} is not an Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="158"/>
        <source>{name} är skadad eller avkortad och kan inte läsas.</source>
        <translation>{name} is damaged or truncated and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="172"/>
        <source>{name} kan inte läsas som Excel-arbetsbok ({error}).</source>
        <translation>{name} cannot be read as an Excel workbook ({error}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="218"/>
        <source>{what} «{v}» är inget tal.</source>
        <translation>{what} «{v}» is not a number.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="235"/>
        <source>Datumet då milstolpen nåddes «{v}» är inget datum (ÅÅÅÅ-MM-DD).</source>
        <translation>The date the milestone was reached «{v}» is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="257"/>
        <source>Cellen innehåller ett datum ({value}), men {code} är ingen milstolpe. Skriv ett tal.</source>
        <translation>The cell holds a date ({value}), but {code} is not a milestone. Type a number.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="263"/>
        <source>Cellen visar en procentsats ({value:g} %), men {code} är ingen andel. Skriv värdet utan procentformat.</source>
        <translation>The cell shows a percentage ({value:g} %), but {code} is not a share. Type the value without percentage format.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="271"/>
        <source>Värdet {value}… är för stort.</source>
        <translation>The value {value}… is too large.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="279"/>
        <source>Värdet</source>
        <translation>The value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="324"/>
        <source>{name} är varken en inmatningsmall eller en rapport från Hållbar Desktop. Skapa en mall med «Exportera mall» och fyll i den.</source>
        <translation>{name} is neither an entry template nor a report from Hållbar Desktop. Create a template with «Export entry template» and fill it in.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="341"/>
        <source>{name} är skadad och kan inte läsas ({error}). Inget importerades; exportera en ny mall och fyll i den.</source>
        <translation>{name} is damaged and cannot be read ({error}). Nothing was imported; export a new template and fill it in.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="449"/>
        <source>{name} är en mall för projektet «{project}», som inte finns i det här registret.</source>
        <translation>{name} is a template for the project «{project}», which is not in this register.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="455"/>
        <source>{name} är gjord från ett annat register (projekt {code}). Importera den i registret den exporterades från, eller exportera en ny mall från det här registret och fyll i den.</source>
        <translation>{name} was made from another register (project {code}). Import it into the register it was exported from, or export a new template from this register and fill it in.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="509"/>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="590"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="511"/>
        <source>Kolumnen «{missing}» saknas på bladet «{title}» i {file_name} (rubrikerna på rad {row}: {found}). Skriv tillbaka rubriken «{missing}» över kolumnen med värdena, eller exportera en ny mall.</source>
        <translation>The column «{missing}» is missing on the sheet «{title}» in {file_name} (the headings on row {row}: {found}). Put the heading «{missing}» back above the column with the values, or export a new template.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="519"/>
        <source>Inget blad i {file_name} har mallens rubrikrad ({first}, … {value_header}). Bladet «{value}» har tagits bort eller fått andra rubriker; exportera en ny mall och fyll i den.</source>
        <translation>No sheet in {file_name} has the template&apos;s header row ({first}, … {value_header}). The sheet «{value}» has been removed or given other headings; export a new template and fill it in.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="587"/>
        <source>Bladet Data i {name} saknar kolumnen «{missing}» (rubrikerna på rad 1: {value}). Rubrikerna ska vara de från Hållbar Desktop.</source>
        <extracomment>The Data sheet&apos;s headers the import reads (found by name, wherever they stand). The Data sheet&apos;s columns the import reads, by header.</extracomment>
        <translation>The Data sheet in {name} lacks the column «{missing}» (the headings on row 1: {value}). The headings must be those from Hållbar Desktop.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="606"/>
        <source>{name} gäller projektet «{pcode}», som inte finns i registret.</source>
        <translation>{name} is for the project «{pcode}», which is not in the register.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="612"/>
        <source>Annat projekt ({pcode}).</source>
        <translation>Another project ({pcode}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="627"/>
        <source>Bladet Data i {name} har inga värden.</source>
        <translation>The Data sheet in {name} has no values.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/excel_import.py" line="654"/>
        <source>Inget importerades från {name}: {count} rader har fel – {lines}</source>
        <translation>Nothing was imported from {name}: {count} rows have errors – {lines}</translation>
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
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="38"/>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="44"/>
        <source>Nytt register</source>
        <translation>New register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="39"/>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="117"/>
        <source>Register (*.sqlite)</source>
        <translation>Registers (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="45"/>
        <source>Filen {name} finns redan. Välj ett nytt namn, eller öppna den med Arkiv → Öppna.</source>
        <translation>The file {name} already exists. Choose a new name, or open it with File → Open.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="51"/>
        <source>Öppna register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="52"/>
        <source>Register (*.sqlite);;Alla filer (*)</source>
        <translation>Registers (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="73"/>
        <source>Registret kunde inte öppnas</source>
        <translation>The register could not be opened</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="102"/>
        <source>Översättningen kunde inte läsas in.</source>
        <translation>The translation could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="114"/>
        <source>Registret ligger på en databasserver; säkerhetskopior görs där (pg_dump).</source>
        <translation>The register is on a database server; backups are made there (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="116"/>
        <source>Spara en säkerhetskopia</source>
        <translation>Save a backup copy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="123"/>
        <source>Säkerhetskopian misslyckades</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="125"/>
        <source>Säkerhetskopia sparad: {path}</source>
        <translation>Backup copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="149"/>
        <source>Rapporten är sparad: {path}</source>
        <translation>The report is saved: {path}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="160"/>
        <source>Exportera inmatningsmall</source>
        <translation>Export entry template</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="168"/>
        <source>Mallen kunde inte skapas</source>
        <translation>The template could not be created</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/file_actions.py" line="170"/>
        <source>Inmatningsmall sparad: {path}</source>
        <translation>Entry template saved: {path}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="30"/>
        <source>en namngiven pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="31"/>
        <location filename="../../hallbar_desktop/services/input_files.py" line="32"/>
        <source>en enhetsfil</source>
        <translation>a device file</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="33"/>
        <source>en socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="45"/>
        <source>Filen {path} finns inte.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="47"/>
        <source>Filen {path} kan inte läsas: {strerror}.</source>
        <translation>The file {path} cannot be read: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="50"/>
        <source>{path} är en mapp, inte en fil. Välj en fil.</source>
        <translation>{path} is a folder, not a file. Choose a file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="53"/>
        <source>ingen vanlig fil</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="54"/>
        <source>{name} är {kind}, inte en fil som kan läsas in. Välj en vanlig fil.</source>
        <translation>{name} is {kind}, not a file that can be imported. Choose a regular file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="65"/>
        <source>{name} är för stor ({size:.0f} MB; högst {limit} MB). Dela upp den i flera filer.</source>
        <translation>{name} is too large ({size:.0f} MB; at most {limit} MB). Split it into several files.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/input_files.py" line="90"/>
        <source>{name} är för djupt nästlad (mer än {limit} nivåer av listor och tabeller) och är ingen projektfil.</source>
        <translation>{name} is nested too deeply (more than {limit} levels of arrays and tables) and is not a project file.</translation>
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
        <location filename="../../hallbar_desktop/ui/grid_view.py" line="66"/>
        <source>ja, nej eller datum</source>
        <extracomment>A cell of an indicator split by sex was asked to be edited: the window opens the parts.</extracomment>
        <translation>yes, no or a date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_view.py" line="68"/>
        <source>85 eller 34 av 40</source>
        <translation>85 or 34 of 40</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="304"/>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="405"/>
        <source>Fastställt av styrgruppen – låst</source>
        <extracomment>Saves what the user typed in one cell; returns None, or the message why it was refused. The texts of a row worked out ahead (by ``prepare_texts``): id(row) → (row, language, texts). (has a comment, is locked): what the delegate marks on a cell, in one call. Roles the view asks for that this model never sets: answered before anything is looked up (a repaint asks each visible cell for about ten roles, each a call into Python). Up to this many rows changed at once, each is compared cell by cell with how it looked. Per row: the row the looks were worked out for, and its cells&apos; looks (None: not yet).</extracomment>
        <translation>Approved by the steering group – locked</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="315"/>
        <source>Hela projektet</source>
        <translation>Project to date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="315"/>
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="315"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="395"/>
        <source>inget värde</source>
        <translation>no value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="398"/>
        <source>{n} av {d}</source>
        <translation>{n} of {d}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="400"/>
        <source>kvinnor</source>
        <translation>women</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="400"/>
        <source>män</source>
        <translation>men</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="400"/>
        <source>annat/ej angivet</source>
        <translation>other/not stated</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="403"/>
        <source>Status: {light}</source>
        <translation>Status: {light}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="407"/>
        <source>Kommentar: {text}</source>
        <translation>Comment: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="409"/>
        <source>Senast ändrat av {who} {when}</source>
        <translation>Last changed by {who} {when}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="415"/>
        <source>grön</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="416"/>
        <source>gul</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="417"/>
        <source>röd</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/grid_model.py" line="418"/>
        <source>grå – värde saknas</source>
        <translation>grey – value missing</translation>
    </message>
</context>
<context>
    <name>GridPane</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="52"/>
        <source>{g} grön  {y} gul  {r} röd  {x} grå (värde saknas)   ◥ kommentar   Skriv för att ändra, Enter sparar</source>
        <extracomment>Rows whose texts set the column widths (the rows on screen when a grid opens). Lines of text the legend row holds: the banner that takes its place has as many.</extracomment>
        <translation>{g} green  {y} yellow  {r} red  {x} grey (value missing)   ◥ comment   Type to change, Enter saves</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="63"/>
        <source>Visa &amp;halvår och hela projektet</source>
        <extracomment>Show the half-year roll-ups and the project to date (a toggle kept in the settings).</extracomment>
        <translation>Show &amp;half-years and the whole project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="67"/>
        <source>Visa eller dölj kolumnerna för halvåren och hela projektet</source>
        <translation>Show or hide the columns of the half-years and the whole project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="71"/>
        <source>Halvår</source>
        <translation>Half-years</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="84"/>
        <source>Kvartalsvärden</source>
        <translation>Quarterly values</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="171"/>
        <source>Läser in projektet {code}…</source>
        <translation>Loading project {code}…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="173"/>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="233"/>
        <source>Läser in registret {name}…</source>
        <translation>Loading the register {name}…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="191"/>
        <source>Insatsområde {n}. {name}</source>
        <translation>Focus area {n}. {name}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="193"/>
        <source>Hela projektet, alla insatsområden</source>
        <translation>Whole project, all focus areas</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="195"/>
        <source>Exempeldata – värdena är påhittade för demonstration.</source>
        <translation>Example data – the values are made up for demonstration.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="241"/>
        <source>Inläsningen avbröts.</source>
        <translation>Loading was cancelled.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="243"/>
        <source>Registret kunde inte läsas in.</source>
        <translation>The register could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/grid_pane.py" line="245"/>
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
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="51"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="52"/>
        <source>Varifrån</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="56"/>
        <source>värde</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="56"/>
        <source>borttaget</source>
        <translation>cleared</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="56"/>
        <source>kommentar</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="60"/>
        <source>fönstret</source>
        <translation>window</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="60"/>
        <source>kommandoraden</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="60"/>
        <source>Excel-import</source>
        <translation>Excel import</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="61"/>
        <source>projektfil</source>
        <translation>project file</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="62"/>
        <source>ångra</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="62"/>
        <source>gör om</source>
        <translation>redo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="62"/>
        <source>inklistring</source>
        <translation>paste</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/history_model.py" line="99"/>
        <source>(borttagen: {text})</source>
        <translation>(removed: {text})</translation>
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
        <location filename="../../hallbar_desktop/ui/excel_actions.py" line="210"/>
        <source>Importera från Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="105"/>
        <source>Nytt</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="106"/>
        <source>Ändrat</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="107"/>
        <source>Oförändrat</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="108"/>
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
    <name>Keyboard</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="65"/>
        <source>Flikar</source>
        <extracomment>The keyboard&apos;s focus, drawn plainly (WCAG 2.4.7 Focus Visible; EN 301 549 11.2.4.7): a 2 px frame in a blue with a contrast of 5.7:1 against white around the control that has it.</extracomment>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="71"/>
        <source>En rad per indikator, en kolumn per kvartal. Skriv för att ändra ett värde, Enter sparar. Status visas med symbol: ● grön, ▲ gul, ■ röd, ○ grå (värde saknas). Menytangenten öppnar cellens meny.</source>
        <translation>One row per indicator, one column per quarter. Type to change a value, Enter saves. Status is shown by symbol: ● green, ▲ yellow, ■ red, ○ grey (no value). The menu key opens the cell’s menu.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="77"/>
        <source>&amp;Flikar</source>
        <translation>&amp;Tabs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="78"/>
        <source>&amp;Nästa flik</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="79"/>
        <source>&amp;Föregående flik</source>
        <translation>&amp;Previous tab</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="107"/>
        <source>Nästa &amp;fönsterdel</source>
        <translation>Next &amp;pane</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="108"/>
        <source>Föregående fö&amp;nsterdel</source>
        <translation>Previous p&amp;ane</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="139"/>
        <source>Visa &amp;historiken</source>
        <translation>Show the &amp;history</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="149"/>
        <source>Cellens meny</source>
        <translation>The cell’s menu</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="174"/>
        <source>Spara &amp;diagrammet som bild…</source>
        <translation>Save the &amp;chart as an image…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="187"/>
        <source>Välj en indikator med ett diagram först.</source>
        <translation>Choose an indicator with a chart first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="189"/>
        <source>Spara diagram</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="201"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="202"/>
        <source>&amp;Användarguide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="203"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="205"/>
        <source>&amp;Om programmet</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="231"/>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="240"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="233"/>
        <source>Alla funktioner nås med tangentbordet. Tabb och Skift+Tabb flyttar mellan kontrollerna, F6 mellan fönsterdelarna, Alt och den understrukna bokstaven öppnar en meny. I tabellen: skriv för att ändra, Enter sparar och går nedåt, Tabb åt höger, menytangenten eller Skift+F10 öppnar cellens meny. I navigatorn: skriv en indikators kod (till exempel 3.1) för att gå till den.</source>
        <translation>Every function can be reached by keyboard. Tab and Shift+Tab move between the controls, F6 between the panes, Alt and the underlined letter open a menu. In the grid: type to change, Enter saves and moves down, Tab moves right, the menu key or Shift+F10 opens the cell’s menu. In the navigator: type an indicator’s code (for example 3.1) to go to it.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="239"/>
        <source>Meny</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="239"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="239"/>
        <source>Kortkommando</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="258"/>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="260"/>
        <source>Användarguide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="263"/>
        <source>&lt;h2&gt;Kom igång&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Välj projekt&lt;/b&gt; i rutan överst till vänster (Alt+0), eller öppna demoregistret (Arkiv → Öppna demoregistret).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Välj en indikator&lt;/b&gt; i navigatorn (Alt+1). Skriv koden, till exempel 3.1, för att gå direkt till den.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skriv värdet&lt;/b&gt; i tabellen (Alt+2) i kvartalets kolumn och tryck Enter. Andelar kan skrivas som 85 eller 34 av 40, milstolpar som ja, nej eller ett datum.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Förklara värdet&lt;/b&gt; i kommentarsfältet (Skift+F2); Ctrl+Enter sparar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Följ upp&lt;/b&gt; på fliken Resultatkort (Ctrl+2) och i diagrammet under tabellen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Inför styrgruppsmötet&lt;/b&gt;: Styrgrupp → Inför mötet (Ctrl+Skift+G) visar vad som saknas; Möten, beslut och fastställande (Ctrl+G) fastställer kvartalet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rapportera&lt;/b&gt;: Arkiv → Exportera rapport till Excel (Ctrl+E), lägesrapport (Word) och ekonomisk redovisning.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Status visas alltid med symbol och text, inte bara med färg: ● grön, ▲ gul, ■ röd, ○ grå (värde saknas).&lt;/p&gt;&lt;p&gt;Hjälp → Kortkommandon (Ctrl+F1) listar alla kortkommandon.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Choose a project&lt;/b&gt; in the box at the top left (Alt+0), or open the demo register (File → Open the demo register).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Choose an indicator&lt;/b&gt; in the navigator (Alt+1). Type its code, for example 3.1, to go straight to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Type the value&lt;/b&gt; in the grid (Alt+2) in the quarter’s column and press Enter. Shares can be typed as 85 or 34 of 40 (34 av 40), milestones as yes, no or a date.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Explain the value&lt;/b&gt; in the comment box (Shift+F2); Ctrl+Enter saves.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow up&lt;/b&gt; on the Scorecard tab (Ctrl+2) and in the chart below the grid.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Before the steering-group meeting&lt;/b&gt;: Steering group → Before the meeting (Ctrl+Shift+G) shows what is missing; Meetings, decisions and approval (Ctrl+G) approves the quarter.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report&lt;/b&gt;: File → Export report to Excel (Ctrl+E), progress report (Word) and financial report.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Status is always shown by symbol and text, never by colour alone: ● green, ▲ yellow, ■ red, ○ grey (no value).&lt;/p&gt;&lt;p&gt;Help → Keyboard shortcuts (Ctrl+F1) lists every shortcut.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="289"/>
        <source>Om {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/keyboard.py" line="291"/>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Uppföljning av hållbarhetsprojekt i regional utveckling: indikatorer per insatsområde, kvartalsvärden, status, styrgruppens möten och rapporter till Tillväxtverket.&lt;/p&gt;&lt;p&gt;Licens: {licence}. Programmet levereras i befintligt skick, utan garantier; se filen LICENSE.&lt;/p&gt;&lt;p&gt;Byggt med Python {python}, Qt {qt} (PySide6), SQLAlchemy, matplotlib, openpyxl och ReportLab.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app} {version}&lt;/h2&gt;&lt;p&gt;Follow-up of sustainability projects in regional development: indicators per focus area, quarterly values, status, the steering group’s meetings and reports to Tillväxtverket.&lt;/p&gt;&lt;p&gt;Licence: {licence}. The program is provided as is, without warranty; see the file LICENSE.&lt;/p&gt;&lt;p&gt;Built with Python {python}, Qt {qt} (PySide6), SQLAlchemy, matplotlib, openpyxl and ReportLab.&lt;/p&gt;</translation>
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
        <location filename="../../hallbar_desktop/texts.py" line="36"/>
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
    <name>Lessons</name>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="212"/>
        <source>{project_code} har inget styrgruppsmöte {held_on}.</source>
        <extracomment>The row&apos;s version when read (migration 0006): the lesson form&apos;s save checks it.</extracomment>
        <translation>{project_code} has no steering group meeting on {held_on}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="225"/>
        <source>En lärdom anges med sitt nummer, t.ex. 3.</source>
        <translation>A lesson is given by its number, e.g. 3.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="230"/>
        <source>{code} har ingen lärdom nummer {number}. Lärdomar: {value}.</source>
        <translation>{code} has no lesson number {number}. Lessons: {value}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="232"/>
        <source>inga ännu</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="239"/>
        <source>{what} ska vara text.</source>
        <translation>{what} must be text.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="241"/>
        <source>{what} innehåller ett otillåtet tecken.</source>
        <translation>{what} contains a character that is not allowed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="243"/>
        <source>{what} är för lång (högst {MAX_TEXT} tecken).</source>
        <translation>{what} is too long (at most {MAX_TEXT} characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="256"/>
        <source>{what} «{value}» är inget datum (ÅÅÅÅ-MM-DD).</source>
        <translation>{what} «{value}» is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="280"/>
        <source>Datumet</source>
        <translation>The date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="283"/>
        <source>Datumet {learned_on} ligger före projektets start ({start}).</source>
        <translation>The date {learned_on} is before the project&apos;s start ({start}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="288"/>
        <source>Datumet {learned_on} har inte kommit än; en lärdom skrivs när den är gjord.</source>
        <translation>The date {learned_on} has not come yet; a lesson is written once it is learned.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="290"/>
        <source>Texten om vad ni lärde er</source>
        <translation>The text on what you learned</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="292"/>
        <source>Skriv vad ni lärde er.</source>
        <translation>Write what you learned.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="293"/>
        <source>Texten om vad det ändrar</source>
        <translation>The text on what it changes</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="296"/>
        <source>En lärdom länkas till ett möte, en aktivitet eller en indikator – inte flera.</source>
        <translation>A lesson is linked to a meeting, an activity or an indicator – not several.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="300"/>
        <source>Mötets datum</source>
        <translation>The meeting&apos;s date</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="310"/>
        <source>aktiviteten {code}</source>
        <translation>the activity {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="311"/>
        <source>indikatorn {code}</source>
        <translation>the indicator {code}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="312"/>
        <source>Lärdomen gäller insatsområde {number}, men {what} hör till ett annat.</source>
        <translation>The lesson concerns focus area {number}, but {what} belongs to another.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="343"/>
        <source>En lärdoms nummer är 1 eller högre.</source>
        <translation>A lesson&apos;s number is 1 or higher.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lessons.py" line="346"/>
        <source>{code} har redan en lärdom nummer {number}.</source>
        <translation>{code} already has a lesson number {number}.</translation>
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
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="391"/>
        <source>Lärdomar</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="105"/>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="107"/>
        <source>Den valda lärdomen</source>
        <translation>The selected lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="124"/>
        <source>&amp;Ny lärdom…</source>
        <translation>&amp;New lesson…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="124"/>
        <source>Ny lärdom</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="125"/>
        <source>Skriv en ny lärdom (Insert)</source>
        <translation>Write a new lesson (Insert)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="126"/>
        <source>&amp;Ändra…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="126"/>
        <source>Ändra lärdomen</source>
        <translation>Edit the lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="127"/>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="127"/>
        <source>Ta bort lärdomen</source>
        <translation>Remove the lesson</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="128"/>
        <source>Ta bort den valda lärdomen (Delete)</source>
        <translation>Remove the selected lesson (Delete)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="140"/>
        <source>S&amp;ök:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="140"/>
        <source>&amp;Tagg:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="141"/>
        <source>Insats&amp;område:</source>
        <translation>Focus &amp;area:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="222"/>
        <source>Alla taggar</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="227"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="266"/>
        <source>{n} av {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="287"/>
        <source>Välj en lärdom för att läsa den i sin helhet.</source>
        <translation>Choose a lesson to read it in full.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="289"/>
        <source>Lärdom {n}, {day}</source>
        <translation>Lesson {n}, {day}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="291"/>
        <source>exempel</source>
        <translation>example</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="295"/>
        <source>Vad vi lärde oss: {text}</source>
        <translation>What we learned: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="297"/>
        <source>Vad det ändrar: {text}</source>
        <translation>What it changes: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="299"/>
        <source>Taggar: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="361"/>
        <source>Lärdom {n} är sparad.</source>
        <translation>Lesson {n} saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="378"/>
        <source>Lärdom {n} är ändrad.</source>
        <translation>Lesson {n} changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="387"/>
        <source>Ta bort lärdom {n}? Den finns kvar i ändringsloggen.</source>
        <translation>Remove lesson {n}? It stays in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/effects/lessons_view.py" line="395"/>
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
    <name>Lookup</name>
    <message>
        <location filename="../../hallbar_desktop/services/lookup.py" line="66"/>
        <source>registret har inga projekt ännu</source>
        <translation>the register has no projects yet</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lookup.py" line="67"/>
        <source>Det finns inget projekt med koden «{code}». Projekt: {known}.</source>
        <translation>There is no project with the code «{code}». Projects: {known}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lookup.py" line="80"/>
        <source>Projektet {code} har inget insatsområde {number}. Insatsområden: {numbers}.</source>
        <translation>The project {code} has no focus area {number}. Focus areas: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lookup.py" line="110"/>
        <source>Projektet {code} har ingen indikator med koden «{wanted}». Koder: {value}.</source>
        <translation>The project {code} has no indicator with the code «{wanted}». Codes: {value}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/lookup.py" line="111"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="316"/>
        <source>&amp;Läs in registret igen</source>
        <translation>&amp;Reload the register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="90"/>
        <source>Navigator</source>
        <extracomment>Open windows, so a window that replaces another (File → Open, a new language) lives on. A first start on a small screen: ``show_first`` opens the window maximised.</extracomment>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="107"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="234"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="235"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="236"/>
        <source>St&amp;yrgrupp</source>
        <translation>&amp;Steering group</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Nytt register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="247"/>
        <source>Ö&amp;ppna register…</source>
        <translation>&amp;Open register…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="249"/>
        <source>Senast &amp;öppnade</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="252"/>
        <source>Öppna &amp;demoregistret</source>
        <translation>Open the &amp;demo register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="254"/>
        <source>&amp;Exportera rapport till Excel…</source>
        <translation>&amp;Export report to Excel…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="255"/>
        <source>Exportera &amp;inmatningsmall…</source>
        <translation>Export entry &amp;template…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="256"/>
        <source>I&amp;mportera från Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="260"/>
        <source>Spara en &amp;säkerhetskopia…</source>
        <translation>Save a &amp;backup copy…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="261"/>
        <source>Å&amp;terställ en säkerhetskopia…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Inställningar…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="268"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="276"/>
        <source>&amp;Kopiera</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="278"/>
        <source>Klistra &amp;in</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="280"/>
        <source>&amp;Töm markerade celler</source>
        <translation>C&amp;lear selected cells</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="283"/>
        <source>Ändra &amp;värdet…</source>
        <translation>Edit the &amp;value…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="284"/>
        <source>Skriv en &amp;kommentar</source>
        <translation>Write a co&amp;mment</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="286"/>
        <source>Nytt &amp;projekt…</source>
        <translation>New &amp;project…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="288"/>
        <source>Redigera p&amp;rojektet…</source>
        <translation>Edit the pro&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="291"/>
        <source>Nytt &amp;insatsområde…</source>
        <translation>New &amp;focus area…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="293"/>
        <source>Redigera insats&amp;området…</source>
        <translation>Edit the foc&amp;us area…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="296"/>
        <source>Ny i&amp;ndikator…</source>
        <translation>New &amp;indicator…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="298"/>
        <source>Redigera in&amp;dikatorn…</source>
        <translation>Edit the in&amp;dicator…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="301"/>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="303"/>
        <source>Flytta n&amp;ed</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="305"/>
        <source>&amp;Ta bort eller arkivera…</source>
        <translation>&amp;Remove or archive…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="309"/>
        <source>Gå till &amp;projektväljaren</source>
        <translation>Go to the &amp;project selector</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="310"/>
        <source>Gå till &amp;navigatorn</source>
        <translation>Go to the &amp;navigator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="311"/>
        <source>Gå till &amp;tabellen</source>
        <translation>Go to the &amp;table</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="312"/>
        <source>Gå till &amp;detaljerna</source>
        <translation>Go to the &amp;details</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="313"/>
        <source>&amp;Hela projektet</source>
        <translation>&amp;Whole project</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="314"/>
        <source>&amp;Portfölj – alla projekt…</source>
        <translation>&amp;Portfolio – all projects…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="322"/>
        <source>&amp;Navigatorn</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="327"/>
        <source>&amp;Möten, beslut och fastställande…</source>
        <translation>&amp;Meetings, decisions and approval…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="329"/>
        <source>&amp;Inför mötet…</source>
        <translation>&amp;Before the meeting…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="340"/>
        <source>Resultatkort</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="345"/>
        <source>Effektlogik</source>
        <translation>Effect logic</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="345"/>
        <source>Lärdomar</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="351"/>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/main_window.py" line="442"/>
        <source>Välj ett projekt först.</source>
        <translation>Select a project first.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="105"/>
        <source>&amp;Kvartal som följs upp:</source>
        <extracomment>what the editor showed when it was loaded: unsaved edits are what differs from it</extracomment>
        <translation>&amp;Quarter followed up:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="110"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="113"/>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="117"/>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="122"/>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="130"/>
        <source>Insatsområden</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="138"/>
        <source>Berättelse per insatsområde</source>
        <translation>Narrative per focus area</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="165"/>
        <source>ersättare</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_editor.py" line="166"/>
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
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="139"/>
        <source>Lås upp {quarter}</source>
        <translation>Unlock {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="140"/>
        <source>Varför låses kvartalet upp? Skälet sparas i historiken.</source>
        <translation>Why is the quarter unlocked? The reason is kept in the history.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="143"/>
        <source>{quarter} är upplåst.</source>
        <translation>{quarter} is unlocked.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="172"/>
        <source>Lärdomar: spara mötet först, så kan en lärdom kopplas till det.</source>
        <translation>Lessons: save the meeting first, then a lesson can be linked to it.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="176"/>
        <source>Inga lärdomar är kopplade till mötet.</source>
        <translation>No lessons are linked to the meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="178"/>
        <source>Lärdom {n}: {text}</source>
        <translation>Lesson {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="179"/>
        <source>Lärdomar från mötet – {list}</source>
        <translation>Lessons from the meeting – {list}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="194"/>
        <source>Spara mötet först; lärdomen kopplas till mötet.</source>
        <translation>Save the meeting first; the lesson is linked to the meeting.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/meeting_tab.py" line="224"/>
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
        <location filename="../../hallbar_desktop/ui/window/navigator_pane.py" line="168"/>
        <source>&amp;Projekt:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/navigator_pane.py" line="175"/>
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
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="51"/>
        <source>Rapportperiod</source>
        <extracomment>The work of an export: (register, task) -&gt; the file written. Runs in the worker.</extracomment>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="56"/>
        <source>&amp;Rapportperiod:</source>
        <translation>&amp;Reporting period:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="58"/>
        <source>Förvalt är den senaste avslutade perioden – den som nästa ansökan om utbetalning redovisar.</source>
        <translation>Chosen is the latest ended period – the one the next payment request reports.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="64"/>
        <source>&amp;Fortsätt…</source>
        <translation>&amp;Continue…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="65"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="173"/>
        <source>Filen kunde inte skrivas: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="182"/>
        <source>Exportera lägesrapport (Word)</source>
        <translation>Export progress report (Word)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="183"/>
        <source>Exportera ekonomisk redovisning (Excel)</source>
        <translation>Export financial report (Excel)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="193"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="208"/>
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
    <name>Plan</name>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="181"/>
        <source>{period} ligger utanför projektperioden för {code} ({start} – {end}).</source>
        <extracomment>As the project leader set it. At the plan&apos;s reference quarter, with the delayed rule applied: what to show. The row&apos;s version when read (migration 0006): the activity form&apos;s save checks it. The quarter the statuses are judged at (the latest ended quarter, or the period&apos;s last); None before the project has started. (number, name) of the project&apos;s focus areas, in order. The project&apos;s reporting periods (codes), for choosing where a report is written. The quarter it was carried out or cancelled in; for a closed status without one the current quarter (inside the project period) is taken.</extracomment>
        <translation>{period} is outside the project period of {code} ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="266"/>
        <source>{code} har ingen aktivitet med koden «{wanted}». Aktiviteter: {value}.</source>
        <translation>{code} has no activity with the code «{wanted}». Activities: {value}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="268"/>
        <source>inga ännu</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="275"/>
        <source>{what} ska vara text.</source>
        <translation>{what} must be text.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="277"/>
        <source>{what} innehåller ett otillåtet tecken.</source>
        <translation>{what} contains a character that is not allowed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="279"/>
        <source>{what} är för lång (högst {limit} tecken).</source>
        <translation>{what} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="288"/>
        <source>{what}: {message}</source>
        <translation>{what}: {message}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="303"/>
        <source>Aktivitetens kod</source>
        <translation>The activity&apos;s code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="305"/>
        <source>Ange en kod för aktiviteten, t.ex. A1.1.</source>
        <translation>Enter a code for the activity, e.g. A1.1.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="306"/>
        <source>Aktivitetens namn</source>
        <translation>The activity&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="308"/>
        <source>Ange ett namn på aktiviteten.</source>
        <translation>Enter a name for the activity.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="314"/>
        <source>{code} har redan en aktivitet med koden «{code2}».</source>
        <translation>{code} already has an activity with the code «{code2}».</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="316"/>
        <source>Planerad start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="317"/>
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="327"/>
        <source>Kvartalet då aktiviteten avslutades</source>
        <translation>The quarter the activity was completed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="334"/>
        <source>{closed_in} ligger utanför projektperioden ({p_start} – {p_end}).</source>
        <translation>{closed_in} is outside the project period ({p_start} – {p_end}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="338"/>
        <source>Aktiviteten kan inte vara genomförd {closed_in}, före sin start {start}.</source>
        <translation>The activity cannot have been completed in {closed_in}, before its start {start}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="346"/>
        <source>Beskrivningen</source>
        <translation>The description</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="347"/>
        <source>Ansvarig</source>
        <translation>The person responsible</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="464"/>
        <source>Texten om vad som gjorts</source>
        <translation>The text on what has been done</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="465"/>
        <source>Texten om utfallet</source>
        <translation>The text on the outcome</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/activities.py" line="510"/>
        <source>Texten om oförutsedda resultat och effekter</source>
        <translation>The text on unforeseen results and effects</translation>
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
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="108"/>
        <source>Aktivitetsplan</source>
        <translation>Activity plan</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="109"/>
        <source>Ekonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="170"/>
        <source>Kostnaderna i {file} är importerade: {n} kvartalsbelopp skrevs.</source>
        <translation>The costs in {file} are imported: {n} quarterly amounts were written.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_actions.py" line="192"/>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/reason_dialog.py" line="25"/>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/reason_dialog.py" line="26"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/reason_dialog.py" line="42"/>
        <source>Skriv varför kvartalet låses upp. Skälet sparas i historiken.</source>
        <translation>Write why the quarter is unlocked. The reason is kept in the history.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../hallbar_desktop/store/backup.py" line="25"/>
        <source>Säkerhetskopian kan inte skrivas över själva registret.</source>
        <translation>The backup cannot be written over the register itself.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backup.py" line="39"/>
        <source>Säkerhetskopian kunde inte göras: {exc}.</source>
        <translation>The backup could not be made: {exc}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backup.py" line="42"/>
        <source>Säkerhetskopian kunde inte skrivas till {dest}: {strerror}.</source>
        <translation>The backup could not be written to {dest}: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="163"/>
        <source>Mappen för säkerhetskopior {folder} kan inte skapas: {strerror}.</source>
        <translation>The backup folder {folder} cannot be created: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="216"/>
        <source>Registret {name} behöver uppdateras, men säkerhetskopian före uppdateringen kunde inte göras ({exc}). Registret har inte ändrats.</source>
        <translation>The register {name} needs upgrading, but the backup before the upgrade could not be made ({exc}). The register has not been changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="263"/>
        <source>Säkerhetskopian {backup} finns inte.</source>
        <translation>The backup {backup} does not exist.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="265"/>
        <source>Säkerhetskopian {name} är tom. Välj en annan.</source>
        <translation>The backup {name} is empty. Choose another.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="271"/>
        <source>{name} kan inte återställas: den är ingen läsbar kopia av ett register (inte en SQLite-databas, eller skadad). Välj en annan säkerhetskopia.</source>
        <translation>{name} cannot be restored: it is not a readable copy of a register (not an SQLite database, or damaged). Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="278"/>
        <source>{name} kan inte återställas: {problem}. Välj en annan säkerhetskopia.</source>
        <translation>{name} cannot be restored: {problem}. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="283"/>
        <source>{name} är gjord av en nyare version av Hållbar Desktop och kan inte återställas med den här versionen. Uppdatera programmet eller välj en annan säkerhetskopia.</source>
        <translation>{name} was made by a newer version of Hållbar Desktop and cannot be restored with this version. Update the program or choose another backup.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="298"/>
        <source>{name} kan inte återställas: den har ändrats utanför Hållbar Desktop ({found}), och sådant kan ändra eller radera värden. Välj en annan säkerhetskopia.</source>
        <translation>{name} cannot be restored: it has been changed outside Hållbar Desktop ({found}), and such changes can alter or delete values. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="308"/>
        <source>Säkerhetskopian {name} är skadad ({ok}). Välj en annan säkerhetskopia.</source>
        <translation>The backup {name} is damaged ({ok}). Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="340"/>
        <source>Välj en säkerhetskopia, inte själva registret.</source>
        <translation>Choose a backup, not the register itself.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="350"/>
        <source>Det nuvarande registret kunde inte säkerhetskopieras före återställningen ({exc}). Inget har ändrats.</source>
        <translation>The current register could not be backed up before the restore ({exc}). Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="374"/>
        <source>Återställningen misslyckades ({exc}); registret är oförändrat.</source>
        <translation>The restore failed ({exc}); the register is unchanged.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="390"/>
        <source>Återställningen misslyckades: {strerror}.</source>
        <translation>The restore failed: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="421"/>
        <source>Det finns ingen säkerhetskopia nummer {n} (det finns {count}); se listan med «hallbar backups».</source>
        <translation>There is no backup number {n} (there are {count}); see the list with «hallbar backups».</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/backups.py" line="427"/>
        <source>Säkerhetskopian {path} finns inte; se listan med «hallbar backups».</source>
        <translation>The backup {path} does not exist; see the list with «hallbar backups».</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="112"/>
        <source>Sökvägen till registret är för lång ({size} byte; databasen klarar högst {limit}). Flytta registret till en mapp med kortare sökväg eller ge det ett kortare namn.</source>
        <extracomment>SQLite&apos;s Unix file layer opens no file whose full path is longer than 512 bytes, and it adds up to 8 (``-journal``) for the files beside a register.</extracomment>
        <translation>The path to the register is too long ({size} bytes; the database manages at most {limit}). Move the register to a folder with a shorter path or give it a shorter name.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="202"/>
        <source>Programmet saknar drivrutin för {display} ({name}). Installera PostgreSQL-stödet (paketet psycopg) eller öppna en registerfil.</source>
        <translation>The program lacks a driver for {display} ({name}). Install the PostgreSQL support (the psycopg package) or open a register file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="207"/>
        <source>«{location}» är ingen giltig databasadress.</source>
        <translation>«{location}» is not a valid database address.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="223"/>
        <source>{path} är en mapp, inte en registerfil. Välj en fil.</source>
        <translation>{path} is a folder, not a register file. Choose a file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="232"/>
        <source>Filen {path} kan inte läsas: {strerror}.</source>
        <translation>The file {path} cannot be read: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="236"/>
        <source>Filen {name} är inget register för Hållbar Desktop (det är inte en SQLite-databas). Öppna en annan fil eller återställ en säkerhetskopia.</source>
        <translation>The file {name} is not a Hållbar Desktop register (it is not an SQLite database). Open another file or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="247"/>
        <source>Registret {name} är skadat (filen är avkortad). Återställ en säkerhetskopia eller öppna en annan fil.</source>
        <translation>The register {name} is damaged (the file is truncated). Restore a backup or open another file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="299"/>
        <source>Databasservern för {where} svarade inte på {value:g} sekunder, så förbindelsen gavs upp. Inget har ändrats. Försök igen när nätverket och servern fungerar.</source>
        <translation>The database server for {where} did not answer within {value:g} seconds, so the connection was given up. Nothing has been changed. Try again when the network and the server are working.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="347"/>
        <source>Ändringen sparades inte – inget av den har skrivits; allt som sparats tidigare finns kvar.</source>
        <extracomment>SQLite&apos;s primary result codes that say what went wrong with the file (``sqlite3.h``). The codes that describe the file or the disk rather than a mistake in the program.</extracomment>
        <translation>The change was not saved – none of it has been written; everything saved before is still there.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="349"/>
        <source>Inget har ändrats; allt som sparats finns kvar.</source>
        <translation>Nothing has been changed; everything saved is still there.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="352"/>
        <source>Disken där registret {name} ligger är full. {nothing} Frigör utrymme på disken och försök igen – registret är inte skadat.</source>
        <translation>The disk holding the register {name} is full. {nothing} Free up space on the disk and try again – the register is not damaged.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="357"/>
        <source>Disken kunde inte läsa eller skriva registret {name} ({exc}). {nothing} Kontrollera att disken eller nätverksmappen är tillgänglig och försök igen – det betyder inte att registret är skadat.</source>
        <translation>The disk could not read or write the register {name} ({exc}). {nothing} Check that the disk or the network folder is available and try again – it does not mean that the register is damaged.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="363"/>
        <source>Inget har sparats. </source>
        <translation>Nothing has been saved. </translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="365"/>
        <source>Registret {name} är skadat och kan inte användas ({exc}). {saved}Återställ en säkerhetskopia (Arkiv → Återställ eller «hallbar restore») eller öppna en annan fil.</source>
        <translation>The register {name} is damaged and cannot be used ({exc}). {saved}Restore a backup (File → Restore or «hallbar restore») or open another file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="371"/>
        <location filename="../../hallbar_desktop/store/engine.py" line="496"/>
        <source>Registret är öppnat skrivskyddat, så ändringen sparades inte. Öppna det för ändringar när ingen annan har det öppet.</source>
        <translation>The register is open read-only, so the change was not saved. Open it for changes when nobody else has it open.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="376"/>
        <source>Registret {name} används av ett annat program just nu (det är låst). {nothing} Försök igen om en stund.</source>
        <translation>The register {name} is being used by another program right now (it is locked). {nothing} Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="381"/>
        <source>Registret {name} kan inte öppnas ({exc}). Kontrollera att filen och mappen finns och att du får läsa dem.</source>
        <translation>The register {name} cannot be opened ({exc}). Check that the file and the folder exist and that you may read them.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="384"/>
        <source>Registret {name} kunde inte användas ({exc}). {nothing}</source>
        <translation>The register {name} could not be used ({exc}). {nothing}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="407"/>
        <source>Databasservern för {where} kan inte nås ({exc}). Kontrollera adressen och nätverket och försök igen, eller öppna en registerfil.</source>
        <translation>The database server for {where} cannot be reached ({exc}). Check the address and the network and try again, or open a register file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="432"/>
        <source>Texten innehåller ett tecken som inte kan sparas (felaktig teckenkodning). Skriv in den igen utan det tecknet; inget har sparats.</source>
        <translation>The text contains a character that cannot be saved (wrong character encoding). Type it again without that character; nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="462"/>
        <source>Ändringen sparades inte – inget av den har skrivits.</source>
        <translation>The change was not saved – none of it has been written.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="463"/>
        <source>Inget har ändrats.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="468"/>
        <source>Databasservern ({display}) svarade inte på {waited:g} sekunder, så förbindelsen gavs upp. {nothing} Försök igen när nätverket och servern fungerar.</source>
        <translation>The database server ({display}) did not answer within {waited:g} seconds, so the connection was given up. {nothing} Try again when the network and the server are working.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="474"/>
        <source>Databasservern ({display}) hann inte svara inom {seconds} sekunder (den kan vänta på en ändring som någon annan håller på med). {nothing} Försök igen om en stund.</source>
        <translation>The database server ({display}) did not answer within {seconds} seconds (it may be waiting for a change someone else is making). {nothing} Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="481"/>
        <source>Förbindelsen med databasservern ({display}) bröts. {nothing} Försök igen när förbindelsen är tillbaka.</source>
        <translation>The connection to the database server ({display}) was broken. {nothing} Try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/engine.py" line="489"/>
        <source>Du{user} har inte behörighet till det i registret: din roll i projektet tillåter det inte. {nothing} Be registrets administratör om en annan roll om du behöver den.</source>
        <translation>You{user} are not permitted to do that in the register: your role in the project does not allow it. {nothing} Ask the register&apos;s administrator for another role if you need it.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/identity.py" line="17"/>
        <source>Registret saknar sin identitet och är skadat. Återställ en säkerhetskopia.</source>
        <translation>The register lacks its identity and is damaged. Restore a backup.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="85"/>
        <source>okänd tid</source>
        <extracomment>A lock whose heartbeat is older than this is left over from a crash (or a laptop that went to sleep holding it) and may be cleared. A guard file older than this was left by a process that died while clearing a stale lock. A heartbeat or taking time further ahead of the clock than this was not written by a holder. How long ``acquire`` keeps trying while another process clears a stale lock.</extracomment>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="87"/>
        <source>ett annat program (sedan {when})</source>
        <translation>another program (since {when})</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="88"/>
        <source>{user} på datorn {host} (sedan {when})</source>
        <translation>{user} on the computer {host} (since {when})</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="203"/>
        <source>Låsfilen {path} kan inte läsas: {strerror}.</source>
        <translation>The lock file {path} cannot be read: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="353"/>
        <source>Mappen {parent} är skrivskyddad, så registret kan inte öppnas för ändringar. Öppna det skrivskyddat eller kopiera det till en egen mapp.</source>
        <translation>The folder {parent} is read-only, so the register cannot be opened for changes. Open it read-only or copy it to a folder of your own.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="358"/>
        <source>Låsfilen {path} kan inte skapas: {strerror}.</source>
        <translation>The lock file {path} cannot be created: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="374"/>
        <source>Registret {name} används redan av {holder}. Bara en i taget kan ändra i det. Öppna det skrivskyddat, eller vänta tills det stängs där.</source>
        <translation>The register {name} is already in use by {holder}. Only one at a time can make changes in it. Open it read-only, or wait until it is closed there.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="379"/>
        <source>Registret {name} kunde inte låsas; försök igen.</source>
        <translation>The register {name} could not be locked; try again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="398"/>
        <source>Registret är stängt.</source>
        <translation>The register is closed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="401"/>
        <source> av {holder}</source>
        <translation> by {holder}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/lock.py" line="404"/>
        <source>Registret har öppnats för ändringar{who} medan det var öppet här (datorn kan ha sovit). Inget sparades; stäng och öppna registret igen.</source>
        <translation>The register has been opened for changes{who} while it was open here (the computer may have been asleep). Nothing was saved; close the register and open it again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/migrations.py" line="42"/>
        <source>Databasen är inget register för Hållbar Desktop (den innehåller andra tabeller). Öppna en annan fil eller skapa ett nytt register.</source>
        <extracomment>Every revision this version can upgrade from, oldest first.</extracomment>
        <translation>The database is not a Hållbar Desktop register (it contains other tables). Open another file or create a new register.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/migrations.py" line="64"/>
        <source>Registret är skapat av en nyare version av Hållbar Desktop och kan inte öppnas med den här versionen. Uppdatera programmet eller öppna en annan fil.</source>
        <translation>The register was created by a newer version of Hållbar Desktop and cannot be opened with this version. Update the program or open another file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/migrations.py" line="84"/>
        <source>Registret på {where} är gjort av en äldre version av Hållbar Desktop och behöver uppdateras, men du{user} får inte ändra registrets tabeller. Inget har ändrats. Be registrets administratör uppdatera det (hallbar --db … init) och öppna det sedan igen.</source>
        <translation>The register at {where} was made by an older version of Hållbar Desktop and needs an upgrade, but you{user} may not change the register&apos;s tables. Nothing has been changed. Ask the register&apos;s administrator to upgrade it (hallbar --db … init), then open it again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/notify.py" line="60"/>
        <source>Programmet kan inte lyssna efter ändringar i {display} ({exc}). Fönstret visar andras ändringar när du läser in registret igen (F5).</source>
        <translation>The program cannot listen for changes in {display} ({exc}). The window shows other people&apos;s changes when you reload the register (F5).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="39"/>
        <source>Det finns inget register i {path}.</source>
        <translation>There is no register at {path}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="48"/>
        <source>Registret {name} behöver uppdateras till den nya versionen och kan därför inte öppnas skrivskyddat.</source>
        <translation>The register {name} needs upgrading to the new version and therefore cannot be opened read-only.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="89"/>
        <source>Någon annan ändrade samma uppgift medan du arbetade med den, så din ändring sparades inte (inget skrevs över). Läs in registret igen (F5) och gör ändringen på nytt.</source>
        <extracomment>This process&apos;s share of the write lock of a register file (None: read-only or a server). The automatic backup made when this register was opened, if one was due.</extracomment>
        <translation>Someone else changed the same item while you were working on it, so your change was not saved (nothing was overwritten). Reload the register (F5) and make the change again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="136"/>
        <source>Registret {name} kan inte öppnas: {exc}.</source>
        <translation>The register {name} cannot be opened: {exc}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="146"/>
        <source>Filen {name} är en databas men inget register för Hållbar Desktop. Öppna en annan fil eller skapa ett nytt register.</source>
        <translation>The file {name} is a database but not a Hållbar Desktop register. Open another file or create a new register.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="154"/>
        <source>Registret {name} är skadat (tabeller saknas). Återställ en säkerhetskopia eller öppna en annan fil.</source>
        <translation>The register {name} is damaged (tables are missing). Restore a backup or open another file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="181"/>
        <source>Registret {name} är skapat av en nyare version av Hållbar Desktop och kan inte öppnas med den här versionen. Uppdatera programmet eller öppna en annan fil.</source>
        <translation>The register {name} was created by a newer version of Hållbar Desktop and cannot be opened with this version. Update the program or open another file.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/register.py" line="218"/>
        <source>Mappen {parent} kan inte skapas: {strerror}.</source>
        <translation>The folder {parent} cannot be created: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/store/schema_check.py" line="166"/>
        <source>Registret {name} har ändrats utanför Hållbar Desktop ({listed}) och öppnas inte: sådant kan ändra eller radera värden när registret används. Återställ en säkerhetskopia eller öppna en annan fil.</source>
        <translation>The register {name} has been changed outside Hållbar Desktop ({listed}) and is not opened: such changes can alter or delete values when the register is used. Restore a backup or open another file.</translation>
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
        <location filename="../../hallbar_desktop/ui/i18n.py" line="94"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="95"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="96"/>
        <source>Senaste värde</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="97"/>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="98"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="99"/>
        <source>Framsteg</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="101"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="102"/>
        <source>Förändring sedan utgångsvärdet</source>
        <translation>Change since baseline</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="103"/>
        <source>Efter projektslut</source>
        <translation>After the project’s end</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/i18n.py" line="104"/>
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
        <location filename="../../hallbar_desktop/ui/scorecard_view.py" line="118"/>
        <source>Resultatkort</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/scorecard_view.py" line="120"/>
        <source>En rad per indikator: senaste värde, mål, framsteg, status med symbol, trend och kommentar.</source>
        <translation>One row per indicator: latest value, target, progress, status by symbol, trend and comment.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/scorecard_view.py" line="128"/>
        <source>Kvartal:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/scorecard_view.py" line="169"/>
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
        <location filename="../../hallbar_desktop/ui/window/status.py" line="35"/>
        <source>Avbryt inläsningen</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="36"/>
        <source>Visa det som hunnit läsas in</source>
        <translation>Show what has been loaded so far</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="41"/>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="42"/>
        <source>Stäng meddelandet</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="46"/>
        <source>Status för det som visas</source>
        <translation>Status of what is shown</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="47"/>
        <source>Öppet register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="99"/>
        <source>Status {q}: {g} {ng}  {y} {ny}  {r} {nr}  {x} {nx}</source>
        <translation>Status {q}: {g} {ng}  {y} {ny}  {r} {nr}  {x} {nx}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="109"/>
        <source>Avbryter inläsningen…</source>
        <translation>Cancelling the loading…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="117"/>
        <source>Läser in registret…</source>
        <translation>Loading the register…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="122"/>
        <source>Läser in registret: {done} av {total} projekt…</source>
        <translation>Loading the register: {done} of {total} projects…</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="137"/>
        <source>{n} projekt, {i} indikatorer</source>
        <translation>{n} projects, {i} indicators</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="140"/>
        <source>Inläsningen avbröts: {n} av {total} projekt visas. Visa → Läs in registret igen (F5) läser in resten.</source>
        <translation>Loading was cancelled: {n} of {total} projects are shown. View → Reload the register (F5) loads the rest.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="143"/>
        <source>Inläsningen avbröts. Visa → Läs in registret igen (F5) läser in det.</source>
        <translation>Loading was cancelled. View → Reload the register (F5) loads it.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/status.py" line="146"/>
        <source>Registret kunde inte läsas in</source>
        <translation>The register could not be loaded</translation>
    </message>
</context>
<context>
    <name>Steering</name>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="171"/>
        <source>{what} är för lång (högst {limit} tecken).</source>
        <extracomment>The row&apos;s version when read (migration 0006): a follow-up saved from it checks it. The versions of the meeting and its narratives when read (migration 0006), added up: a save of the meeting form checks that nobody saved the meeting or a narrative since. (member id, came as substitute)</extracomment>
        <translation>{what} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="208"/>
        <source>{code} har inget styrgruppsmöte den {held_on}.</source>
        <translation>{code} has no steering group meeting on {held_on}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="217"/>
        <source>{quarter} ligger utanför projektperioden för {code} ({start} – {end}).</source>
        <translation>{quarter} is outside the project period of {code} ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="275"/>
        <source>{who} har sparat mötet den {held_on} sedan du öppnade det (anteckningen är nu «{value}»). Dina ändringar sparades inte, så inget skrevs över. Läs in mötet igen och gör ändringarna på nytt.</source>
        <translation>{who} has saved the meeting of {held_on} since you opened it (the note is now «{value}»). Your changes were not saved, so nothing was overwritten. Reload the meeting and make the changes again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="323"/>
        <source>Mötet den {held_on} kan inte följa upp {quarter}, som inte har börjat då.</source>
        <translation>The meeting on {held_on} cannot follow up {quarter}, which has not begun by then.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="330"/>
        <source>{code} har redan ett möte den {held_on}.</source>
        <translation>{code} already has a meeting on {held_on}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="335"/>
        <source>En deltagare finns inte i projektets styrgrupp.</source>
        <translation>A participant is not in the project&apos;s steering group.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="343"/>
        <source>Platsen</source>
        <translation>The place</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="344"/>
        <source>Anteckningen</source>
        <translation>The note</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="369"/>
        <source>Mötet den {held_on} har beslut och kan inte tas bort; ändra det i stället.</source>
        <translation>The meeting on {held_on} has decisions and cannot be deleted; change it instead.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="374"/>
        <source>Mötet den {held_on} har fastställt ett kvartal och kan inte tas bort.</source>
        <translation>The meeting on {held_on} has approved a quarter and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="431"/>
        <location filename="../../hallbar_desktop/services/steering.py" line="477"/>
        <source>Beslutstexten</source>
        <translation>The decision text</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="433"/>
        <location filename="../../hallbar_desktop/services/steering.py" line="479"/>
        <source>Skriv vad som beslutades.</source>
        <translation>Write what was decided.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="436"/>
        <source>Beslutet ska vara klart {due_on}, före mötet den {held_on}.</source>
        <translation>The decision is due {due_on}, before the meeting on {held_on}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="441"/>
        <location filename="../../hallbar_desktop/services/steering.py" line="482"/>
        <source>Ansvarig</source>
        <translation>The person responsible</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="466"/>
        <source>{code} har inget beslut nr {number}.</source>
        <translation>{code} has no decision no. {number}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="486"/>
        <source>Uppföljningen</source>
        <translation>The follow-up</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="542"/>
        <source>Mötet den {held_on} följer upp {quarter} och kan inte fastställa det senare {q}.</source>
        <translation>The meeting on {held_on} follows up {quarter} and cannot approve the later {q}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="547"/>
        <source>{q} har inte tagit slut den {held_on} och kan inte fastställas då.</source>
        <translation>{q} has not ended by {held_on} and cannot be approved then.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="550"/>
        <source>{q} är redan fastställt för {code}.</source>
        <translation>{q} is already approved for {code}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="566"/>
        <source>Skälet</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="568"/>
        <source>Ange ett skäl till att kvartalet låses upp; det sparas i historiken.</source>
        <translation>Give a reason for unlocking the quarter; it is saved in the history.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="573"/>
        <source>{q} är inte fastställt för {code}.</source>
        <translation>{q} is not approved for {code}.</translation>
    </message>
</context>
<context>
    <name>SteeringDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="80"/>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="193"/>
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
        <source>Styrgruppens flikar</source>
        <translation>Steering group tabs</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="122"/>
        <source>Mötet</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="123"/>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="124"/>
        <source>Inför mötet</source>
        <translation>Before the meeting</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="134"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="286"/>
        <source>Mötet den {day} har ändringar som inte är sparade.</source>
        <translation>The meeting on {day} has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="287"/>
        <source>Det nya mötet är inte sparat.</source>
        <translation>The new meeting is not saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="291"/>
        <source>Vill du spara ändringarna?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="292"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="293"/>
        <source>Spara &amp;inte</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="294"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="340"/>
        <source>Mötet den {day} är sparat.</source>
        <translation>The meeting of {day} is saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="359"/>
        <source>Ta bort mötet den {day}?</source>
        <translation>Delete the meeting of {day}?</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/steering/dialog.py" line="364"/>
        <source>Mötet den {day} är borttaget.</source>
        <translation>The meeting of {day} is deleted.</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="108"/>
        <source>{what} saknas.</source>
        <translation>{what} is missing.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="110"/>
        <source>{what} är för lång (högst {limit} tecken).</source>
        <translation>{what} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="116"/>
        <source>Projektkoden</source>
        <translation>The project code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="117"/>
        <source>Projektnamnet</source>
        <translation>The project name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="120"/>
        <source>Projektet slutar ({end}) före det börjar ({start}).</source>
        <translation>The project ends ({end}) before it begins ({start}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="127"/>
        <source>Beloppet för {source} måste vara 0 kr eller mer.</source>
        <translation>The amount for {source} must be SEK 0 or more.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="164"/>
        <location filename="../../hallbar_desktop/services/projects.py" line="192"/>
        <source>Det finns redan ett projekt med koden {code}.</source>
        <translation>There is already a project with the code {code}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="206"/>
        <source>Det finns värden för {quarter}, utanför den nya projektperioden. Ta bort dem först eller välj en period som omfattar dem.</source>
        <translation>There are values for {quarter}, outside the new project period. Delete them first or choose a period that covers them.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="217"/>
        <location filename="../../hallbar_desktop/services/projects.py" line="250"/>
        <source>Insatsområdets namn</source>
        <translation>The focus area&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="219"/>
        <source>Insatsområdets nummer måste vara 1 eller högre.</source>
        <translation>The focus area&apos;s number must be 1 or higher.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="222"/>
        <location filename="../../hallbar_desktop/services/projects.py" line="253"/>
        <source>Projektet {code} har redan ett insatsområde {number}.</source>
        <translation>The project {code} already has a focus area {number}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="265"/>
        <source>Indikatorns kod</source>
        <translation>The indicator&apos;s code</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="266"/>
        <source>Indikatorns namn</source>
        <translation>The indicator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="271"/>
        <source>Indikatorn {code}: {message}</source>
        <translation>Indicator {code}: {message}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="273"/>
        <source>Utgångsvärdet</source>
        <translation>The baseline</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="274"/>
        <source>Målvärdet</source>
        <translation>The target</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="278"/>
        <source>{label} måste vara ett tal.</source>
        <translation>{label} must be a number.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="280"/>
        <source>{label} för en andel måste ligga mellan 0 och 100 %.</source>
        <translation>{label} for a share must be between 0 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="283"/>
        <source>{label} kan inte vara negativt.</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="285"/>
        <source>{label} för ett antal måste vara ett heltal.</source>
        <translation>{label} for a count must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="288"/>
        <source>{label} för en milstolpe är 0 (ej uppnådd) eller 1 (uppnådd).</source>
        <translation>{label} for a milestone is 0 (not reached) or 1 (reached).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="297"/>
        <source>Målvärdet är lägre än utgångsvärdet, men indikatorn är satt till «högre är bättre». Ändra riktningen eller målvärdet.</source>
        <translation>The target is lower than the baseline, but the indicator is set to «higher is better». Change the direction or the target.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="302"/>
        <source>Målvärdet är högre än utgångsvärdet, men indikatorn är satt till «lägre är bättre». Ändra riktningen eller målvärdet.</source>
        <translation>The target is higher than the baseline, but the indicator is set to «lower is better». Change the direction or the target.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="308"/>
        <source>Måldatum {target_quarter} ligger före projektets start ({start}).</source>
        <translation>The target date {target_quarter} is before the project&apos;s start ({start}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="316"/>
        <source>Målvärdets kvartal ligger före utgångsvärdets kvartal.</source>
        <translation>The target&apos;s quarter is before the baseline&apos;s quarter.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="319"/>
        <source>Indikatorn {code} är en andel (%), och andelar summeras inte över kvartal (tre kvartal med 60 % blir inte 180 %). Välj nivå (accumulation = &quot;level&quot;) för andelen, eller räkna antalet som ett flöde (kind = &quot;count&quot;).</source>
        <translation>The indicator {code} is a share (%), and shares are not added up over quarters (three quarters at 60 % do not make 180 %). Choose level (accumulation = &quot;level&quot;) for the share, or count the number as a flow (kind = &quot;count&quot;).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="325"/>
        <source>Uppdelning på kön gäller bara indikatorer som räknar antal.</source>
        <translation>A split by sex applies only to indicators that count.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="329"/>
        <source>Två delmål för {quarter}.</source>
        <translation>Two milestone targets for {quarter}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="333"/>
        <source>Ett delmål måste vara ett tal.</source>
        <translation>A milestone target must be a number.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="335"/>
        <source>Delmål för en andel måste ligga mellan 0 och 100 %.</source>
        <translation>Milestone targets for a share must be between 0 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="338"/>
        <source>Delmålet för {quarter} ligger efter måldatum {target_quarter}.</source>
        <translation>The milestone target for {quarter} is after the target date {target_quarter}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="365"/>
        <source>Koden {code} används redan i projektet {project_code}.</source>
        <translation>The code {code} is already used in the project {project_code}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="371"/>
        <source>Indikatorns typ kan inte ändras när den har värden. Skapa en ny indikator i stället.</source>
        <translation>The indicator&apos;s type cannot be changed once it has values. Create a new indicator instead.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="416"/>
        <source>Någon annan har sparat indikatorn {code} sedan du öppnade den (nu heter den «{name}», ansvarig «{value}»). Dina ändringar sparades inte, så inget skrevs över. Öppna indikatorn igen och gör ändringarna på nytt.</source>
        <translation>Someone else has saved the indicator {code} since you opened it (it is now called «{name}», responsible «{value}»). Your changes were not saved, so nothing was overwritten. Open the indicator again and make the changes again.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/projects.py" line="444"/>
        <source>{code} har värden efter projektslut (från {first}), som bara tas emot till och med indikatorns måldatum. Välj ett måldatum från {quarter}, eller ta bort värdena först.</source>
        <translation>{code} has values after the project&apos;s end (from {first}), which are only accepted up to and including the indicator&apos;s target date. Choose a target date from {quarter} onwards, or delete the values first.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/structure.py" line="43"/>
        <source>Den nya ordningen måste innehålla samma {what} som förut, var och en en gång.</source>
        <translation>The new order must contain the same {what} as before, each one once.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/structure.py" line="53"/>
        <source>insatsområden</source>
        <translation>focus areas</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/structure.py" line="66"/>
        <source>indikatorer</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/structure.py" line="96"/>
        <source>Arkiverade delar kan inte flyttas.</source>
        <translation>Archived parts cannot be moved.</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="158"/>
        <source>Välj ett insatsområde eller en indikator i navigatorn.</source>
        <extracomment>the dialog open now (the tests fill it in while it is modal)</extracomment>
        <translation>Select a focus area or an indicator in the navigator.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="168"/>
        <source>Kunde inte flyttas</source>
        <translation>Could not be moved</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="186"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="187"/>
        <source>Ta bort «{name}»?

Har den värden arkiveras den i stället: den försvinner ur tabellen men värdena och historiken finns kvar i registret.</source>
        <translation>Remove “{name}”?

If it has values it is archived instead: it disappears from the table, but the values and their history stay in the register.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="199"/>
        <source>Kunde inte tas bort</source>
        <translation>Could not be removed</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="203"/>
        <source>Arkiverad: {name}</source>
        <translation>Archived: {name}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/structure_actions.py" line="203"/>
        <source>Borttagen: {name}</source>
        <translation>Removed: {name}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="88"/>
        <source>Skriver {file} …</source>
        <translation>Writing {file} …</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="91"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="93"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/plan/plan_exports.py" line="124"/>
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
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="191"/>
        <source>Ändringen kunde inte sparas.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="231"/>
        <source>Tömt: {code} {quarter}</source>
        <translation>Cleared: {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="233"/>
        <source>Kommentar sparad: {code} {quarter}</source>
        <translation>Comment saved: {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="235"/>
        <source>Sparat: {code} {quarter}</source>
        <translation>Saved: {code} {quarter}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="238"/>
        <source> och {n} värden till</source>
        <translation> and {n} more values</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="240"/>
        <source>Ångrat: {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/ui/window/value_entry.py" line="242"/>
        <source>Gjort om: {action}</source>
        <translation>Redone: {action}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../hallbar_desktop/domain/follow_up.py" line="48"/>
        <source>{quarter} ligger utanför projektperioden för {project} ({start} – {end}).</source>
        <translation>{quarter} is outside the project period of {project} ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/follow_up.py" line="51"/>
        <source>{quarter} ligger utanför uppföljningen av {indicator}, som följs upp efter projektslut till och med sitt måldatum {target}.</source>
        <translation>{quarter} is outside the follow-up of {indicator}, which is followed up after the project end until its target date {target}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/follow_up.py" line="54"/>
        <source>{quarter} ligger utanför projektperioden för {project} ({start} – {end}). Bara indikatorer vars måldatum ligger efter projektets slut följs upp efter slutet.</source>
        <translation>{quarter} is outside the project period of {project} ({start} – {end}). Only indicators whose target date lies after the project end are followed up after the end.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/numbers.py" line="28"/>
        <source>«{text}» är inte ett tal. Skriv till exempel 12,5.</source>
        <translation>“{text}” is not a number. Type for example 12,5.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/numbers.py" line="42"/>
        <source>Inget värde angivet. Skriv ett tal, till exempel 12,5.</source>
        <translation>No value given. Type a number, for example 12,5.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/numbers.py" line="51"/>
        <source>«{text}» går inte att läsa. Skriv decimaler med komma och tusental med mellanslag, till exempel 1 234,5.</source>
        <translation>“{text}” cannot be read. Write decimals with a comma and thousands with a space, for example 1 234,5.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/numbers.py" line="56"/>
        <source>«{text}» är för stort. Största tillåtna tal är 10 000 000 000 000.</source>
        <translation>“{text}” is too large. The largest number allowed is 10 000 000 000 000.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="68"/>
        <source>{what} måste vara ett tal.</source>
        <translation>{what} must be a number.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="70"/>
        <location filename="../../hallbar_desktop/domain/values.py" line="74"/>
        <source>{what} är inte ett tal som går att räkna med (för stort eller ogiltigt).</source>
        <translation>{what} is not a number that can be calculated with (too large or invalid).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="82"/>
        <source>{what} måste vara ett heltal (ett antal), inte {value}.</source>
        <translation>{what} must be a whole number (a count), not {value}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="87"/>
        <source>Antalet kvinnor</source>
        <translation>The number of women</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="87"/>
        <source>Antalet män</source>
        <translation>The number of men</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="88"/>
        <source>Antalet annat/ej angivet</source>
        <translation>The number of other/not stated</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="110"/>
        <location filename="../../hallbar_desktop/domain/values.py" line="197"/>
        <source>Värdet</source>
        <translation>The value</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="111"/>
        <source>Täljaren</source>
        <translation>The numerator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="112"/>
        <source>Nämnaren</source>
        <translation>The denominator</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="121"/>
        <source>Ange både täljare och nämnare, eller ingen av dem.</source>
        <translation>Give both numerator and denominator, or neither.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="123"/>
        <source>Täljare och nämnare används bara för andelar (%).</source>
        <translation>Numerator and denominator are used only for shares (%).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="125"/>
        <source>Indikatorn är inte uppdelad på kön; ange bara totalen.</source>
        <translation>The indicator is not split by sex; give only the total.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="127"/>
        <source>Uppdelning på kön gäller bara indikatorer som räknar antal.</source>
        <translation>A split by sex applies only to indicators that count.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="129"/>
        <source>Datumet då milstolpen nåddes måste vara ett datum (till exempel 2021-05-12).</source>
        <translation>The date the milestone was reached must be a date (for example 2021-05-12).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="132"/>
        <source>Datum för uppnådd gäller bara milstolpar.</source>
        <translation>A date reached applies only to milestones.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="141"/>
        <source>Ange ett värde.</source>
        <translation>Give a value.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="157"/>
        <source>Nämnaren måste vara större än 0.</source>
        <translation>The denominator must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="159"/>
        <source>Täljaren kan inte vara negativ.</source>
        <translation>The numerator cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="161"/>
        <source>Täljaren kan inte vara större än nämnaren ({numerator} av {denominator}).</source>
        <translation>The numerator cannot be greater than the denominator ({numerator} of {denominator}).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="166"/>
        <source>{value} % stämmer inte med {numerator} av {denominator} ({computed} %).</source>
        <translation>{value} % does not agree with {numerator} of {denominator} ({computed} %).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="178"/>
        <source>{what} kan inte vara negativt.</source>
        <translation>{what} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="184"/>
        <source>Kvinnor + män + annat = {parts}, men totalen är {total}.</source>
        <translation>Women + men + other = {parts}, but the total is {total}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="192"/>
        <source>En andel måste ligga mellan 0 och 100 %, inte {value} %.</source>
        <translation>A share must be between 0 and 100 %, not {value} %.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="196"/>
        <source>Ett antal kan inte vara negativt.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="200"/>
        <source>Ett belopp kan inte vara negativt.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="203"/>
        <source>En mängd kan inte vara negativ.</source>
        <translation>A quantity cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="206"/>
        <source>En milstolpe är antingen uppnådd (ja) eller inte (nej).</source>
        <translation>A milestone is either reached (ja) or not (nej).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="208"/>
        <source>Ett datum för uppnådd kräver att milstolpen är uppnådd.</source>
        <translation>A date reached requires the milestone to be reached.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="242"/>
        <source>Täljare och nämnare har olika enheter ({first} och {second}). Skriv dem i samma enhet, till exempel 34 av 40 mkr.</source>
        <translation>Numerator and denominator have different units ({first} and {second}). Write them in the same unit, for example 34 av 40 mkr.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="262"/>
        <source>«{raw}» är inget giltigt datum. Skriv till exempel 2021-05-12.</source>
        <translation>“{raw}” is not a valid date. Type for example 2021-05-12.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="266"/>
        <source>«{raw}» går inte att läsa för en milstolpe. Skriv ja, nej eller datumet då den nåddes (till exempel 2021-05-12).</source>
        <translation>“{raw}” cannot be read for a milestone. Type ja (yes), nej (no) or the date it was reached (for example 2021-05-12).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/domain/values.py" line="280"/>
        <source>Inget värde angivet.</source>
        <translation>No value given.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/entry.py" line="200"/>
        <source>Cellen har inget värde. Ange ett värde innan du skriver en kommentar.</source>
        <extracomment>What the user saw in the cell; None: not checked (the command line, an import). Someone else changed the cell after it was read (``Seen``): what it holds now is news.</extracomment>
        <translation>The cell has no value. Enter a value before you write a comment.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/measurements.py" line="138"/>
        <source>Indikatorn {code} är arkiverad; dess värden kan inte ändras.</source>
        <translation>Indicator {code} is archived; its values cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/measurements.py" line="164"/>
        <source>Kommentaren är för lång (högst {n} tecken).</source>
        <translation>The comment is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/measurements.py" line="166"/>
        <source>Kommentaren innehåller ett otillåtet tecken.</source>
        <translation>The comment contains a character that is not allowed.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/measurements.py" line="210"/>
        <source>Datumet då milstolpen nåddes ({date}) ligger efter {quarter}. Ange ett datum senast {last}.</source>
        <translation>The date the milestone was reached ({date}) is after {quarter}. Give a date no later than {last}.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/bulk_entry.py" line="152"/>
        <location filename="../../hallbar_desktop/services/measurements.py" line="288"/>
        <source>{code} har inget värde för {quarter}. Ange ett värde innan du skriver en kommentar.</source>
        <extracomment>Rows per executemany: large imports hold one batch of parameters at a time, not all of them.</extracomment>
        <translation>{code} has no value for {quarter}. Enter a value before you write a comment.</translation>
    </message>
    <message>
        <location filename="../../hallbar_desktop/services/steering.py" line="523"/>
        <source>{quarter} är fastställt av styrgruppen för {project} och låst. Lås upp kvartalet (med ett skäl) om ett värde måste ändras.</source>
        <translation>{quarter} is approved by the steering group of {project} and locked. Unlock the quarter (with a reason) if a value must be changed.</translation>
    </message>
</context>
</TS>
