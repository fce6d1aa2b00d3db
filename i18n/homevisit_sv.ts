<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Caseload</name>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>%1%2 — %3 — next visit due %4</source>
        <translation>%1%2 — %3 — nästa besök senast %4</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <location filename="../qml/Main.qml" line="23"/>
        <source>Hembesök</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>%1 children in the caseload of %2</source>
        <translation>%1 barn i ärendelistan för %2</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="66"/>
        <source>The PIN needs at least 6 digits.</source>
        <translation>PIN-koden behöver minst 6 siffror.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="68"/>
        <source>The PIN can be at most 64 characters.</source>
        <translation>PIN-koden får vara högst 64 tecken.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="70"/>
        <source>That PIN is one of the most common ones. Choose one that is hard to guess.</source>
        <translation>Den PIN-koden är en av de vanligaste. Välj en som är svår att gissa.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="74"/>
        <source>A run of digits such as 345678 is easy to guess. Choose another PIN.</source>
        <translation>En sifferföljd som 345678 är lätt att gissa. Välj en annan PIN-kod.</translation>
    </message>
</context>
<context>
    <name>RuleViolation</name>
    <message>
        <location filename="../app/domain/records.cpp" line="31"/>
        <source>Choose the child the visit concerns.</source>
        <translation>Välj vilket barn besöket gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="33"/>
        <source>Enter when the visit started.</source>
        <translation>Fyll i när besöket började.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="35"/>
        <source>Answer whether the child was told why the visit happens and what will be written down.</source>
        <translation>Svara på om barnet fick veta varför besöket görs och vad som kommer att skrivas ner.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="40"/>
        <source>Answer whether you spoke with the child alone.</source>
        <translation>Svara på om du pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="43"/>
        <source>Choose the foster home the session concerns.</source>
        <translation>Välj vilket familjehem handledningen gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="46"/>
        <source>Enter the date of the session.</source>
        <translation>Fyll i datum för handledningen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="48"/>
        <source>Name at least one participant.</source>
        <translation>Skriv in minst en deltagare.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="50"/>
        <source>Choose at least one form of support given.</source>
        <translation>Välj minst en stödform som familjen fick.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="53"/>
        <source>Choose the signed record this concerns.</source>
        <translation>Välj den signerade anteckning som det här gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="56"/>
        <source>Write the correction.</source>
        <translation>Skriv rättelsen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="58"/>
        <source>Choose whether to sign off, return or comment.</source>
        <translation>Välj om du vill kvittera, skicka tillbaka för komplettering eller kommentera.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="60"/>
        <source>Fill in this field before signing.</source>
        <translation>Fyll i det här fältet innan du signerar.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="66"/>
        <source>This is not a valid record id.</source>
        <translation>Det här är inget giltigt id.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="68"/>
        <source>Enter the time as date, time and UTC offset, such as 2026-11-20T14:00:00+01:00.</source>
        <translation>Skriv tiden som datum, klockslag och UTC-förskjutning, till exempel 2026-11-20T14:00:00+01:00.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="72"/>
        <source>A view topic&apos;s key may only have lowercase letters a-z and underscores, at most 40.</source>
        <translation>Ett ämnes nyckel får bara ha små bokstäver a–z och understreck, högst 40 tecken.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="75"/>
        <source>Enter the date as year-month-day, such as 2026-11-20.</source>
        <translation>Skriv datumet som år-månad-dag, till exempel 2026-11-20.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="90"/>
        <source>This field is not part of the record format.</source>
        <translation>Det här fältet ingår inte i anteckningens format.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="93"/>
        <source>This field holds the wrong kind of value.</source>
        <translation>Det här fältet har fel sorts värde.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="96"/>
        <source>This value is not one of the allowed choices.</source>
        <translation>Värdet är inte ett av de tillåtna alternativen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="101"/>
        <source>This list has too many entries.</source>
        <translation>Listan har för många rader.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="102"/>
        <source>This text is too long: at most 100000 characters.</source>
        <translation>Texten är för lång: högst 100&#xa0;000 tecken.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="110"/>
        <source>Choose why the child was not spoken with alone.</source>
        <translation>Välj varför du inte pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="113"/>
        <source>Explain in words why the child was not spoken with alone.</source>
        <translation>Beskriv med egna ord varför du inte pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="116"/>
        <source>The child was spoken with alone, so remove the reason for not doing so.</source>
        <translation>Du har svarat att du pratade enskilt med barnet. Ta då bort skälet till att det inte blev så.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="120"/>
        <source>Record the child&apos;s views on %1, or mark the topic as not discussed.</source>
        <translation>Skriv barnets synpunkter om %1 eller markera att ni inte pratade om det.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="125"/>
        <source>Write down the child&apos;s own words on %1.</source>
        <translation>Skriv ner barnets egna ord om %1.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="129"/>
        <source>&quot;%1&quot; is not one of the municipality&apos;s view topics.</source>
        <translation>”%1” finns inte bland kommunens samtalsämnen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="133"/>
        <source>Describe the concern: the child did not say they feel safe.</source>
        <translation>Beskriv din oro: barnet sa inte att det känner sig tryggt.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="135"/>
        <source>Describe the other method used.</source>
        <translation>Beskriv den andra metoden som ni använde.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="219"/>
        <source>The end time is before the start time.</source>
        <translation>Sluttiden ligger före starttiden.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="224"/>
        <source>Write a comment saying what should be completed or noted.</source>
        <translation>Skriv en kommentar om vad som behöver kompletteras eller uppmärksammas.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="226"/>
        <source>This field breaks a record rule.</source>
        <translation>Det här fältet följer inte reglerna för anteckningen.</translation>
    </message>
</context>
<context>
    <name>ViewTopic</name>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="105"/>
        <source>living in the foster home</source>
        <translation>att bo i familjehemmet</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="107"/>
        <source>safety</source>
        <translation>trygghet</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="109"/>
        <source>school or preschool</source>
        <translation>skola eller förskola</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="111"/>
        <source>health</source>
        <translation>hälsa</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="113"/>
        <source>leisure and friends</source>
        <translation>fritid och vänner</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="115"/>
        <source>contact with parents and siblings</source>
        <translation>umgänge med föräldrar och syskon</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="117"/>
        <source>wishes for the future</source>
        <translation>önskningar inför framtiden</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDelegate</name>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="41"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="42"/>
        <source>Required</source>
        <translation>Krävs</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="43"/>
        <source>Something is missing</source>
        <translation>Något saknas</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="44"/>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="56"/>
        <source>Not answered</source>
        <translation>Inte besvarat</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="62"/>
        <source>Item %1: %2. %3</source>
        <translation>Punkt %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="165"/>
        <location filename="../qml/ChecklistItemDelegate.qml" line="187"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="203"/>
        <source>Why was the child not spoken with alone?</source>
        <translation>Varför blev det inget enskilt samtal med barnet?</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="226"/>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="236"/>
        <source>Explain why (required)</source>
        <translation>Förklara varför (krävs)</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="237"/>
        <source>Explain why the child was not spoken with alone</source>
        <translation>Förklara varför det inte blev något enskilt samtal med barnet</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="268"/>
        <source>%1 (required)</source>
        <translation>%1 (krävs)</translation>
    </message>
</context>
<context>
    <name>ChildMode</name>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="21"/>
        <source>How is it to live here?</source>
        <translation>Hur är det att bo här?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="22"/>
        <source>How safe do you feel here?</source>
        <translation>Hur trygg känner du dig här?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="23"/>
        <source>How is it at school or preschool?</source>
        <translation>Hur är det i skolan eller på förskolan?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="24"/>
        <source>How is it to play with your friends?</source>
        <translation>Hur är det att leka med dina kompisar?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="25"/>
        <source>How is it to meet your family?</source>
        <translation>Hur är det att träffa din familj?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="28"/>
        <source>How do you like living in the foster home?</source>
        <translation>Hur trivs du i familjehemmet?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="29"/>
        <source>How safe do you feel where you live?</source>
        <translation>Hur trygg känner du dig där du bor?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="30"/>
        <source>How does it feel at school?</source>
        <translation>Hur känns det i skolan?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="31"/>
        <source>How are things with friends and free time?</source>
        <translation>Hur har du det med kompisar och fritid?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="32"/>
        <source>How is it with seeing your family?</source>
        <translation>Hur är det med att träffa din familj?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="33"/>
        <source>How much do you feel the adults listen to you?</source>
        <translation>Hur mycket tycker du att de vuxna lyssnar på dig?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="36"/>
        <source>Very bad</source>
        <translation>Jättedåligt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="36"/>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="37"/>
        <source>In between</source>
        <translation>Mittemellan</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="37"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="38"/>
        <source>Very good</source>
        <translation>Jättebra</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="110"/>
        <source>Child mode needs an open visit that is not signed.</source>
        <translation>Barnläget behöver ett öppet besök som inte är signerat.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="123"/>
        <source>The visit already holds six answers.</source>
        <translation>Besöket har redan sex svar från barnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="236"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
</context>
<context>
    <name>ChildModePage</name>
    <message>
        <location filename="../qml/ChildModePage.qml" line="24"/>
        <source>Questions for you</source>
        <translation>Frågor till dig</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="77"/>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="86"/>
        <source>For adults</source>
        <translation>För vuxna</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="92"/>
        <source>For adults: press and hold to leave child mode</source>
        <translation>För vuxna: håll in för att lämna barnläget</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="101"/>
        <source>Thank you! Now you can give the tablet back.</source>
        <translation>Tack! Nu kan du ge tillbaka surfplattan.</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="164"/>
        <source>Do you want to say something more? You don&apos;t have to.</source>
        <translation>Vill du säga något mer? Du behöver inte.</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="169"/>
        <source>Your own words, if you want</source>
        <translation>Dina egna ord, om du vill</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="190"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="195"/>
        <source>Previous question</source>
        <translation>Förra frågan</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="204"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="204"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="248"/>
        <location filename="../qml/ChildModePage.qml" line="300"/>
        <source>Leave child mode</source>
        <translation>Lämna barnläget</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="250"/>
        <source>Leave child mode with your PIN</source>
        <translation>Lämna barnläget med din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="261"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="265"/>
        <source>Your PIN</source>
        <translation>Din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="282"/>
        <source>Stay</source>
        <translation>Stanna kvar</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="286"/>
        <source>Stay in child mode</source>
        <translation>Stanna kvar i barnläget</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="294"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
</context>
<context>
    <name>ChildVisitEditor</name>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="219"/>
        <source>The visit could not be opened.</source>
        <translation>Besöket kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="226"/>
        <source>This visit is not in the journal on this tablet.</source>
        <translation>Besöket finns inte i journalen på den här surfplattan.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="268"/>
        <source>A new visit could not be created.</source>
        <translation>Ett nytt besök kunde inte skapas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="352"/>
        <source>Not saved yet: what you wrote is still here and is tried again.</source>
        <translation>Inte sparat än: det du har skrivit finns kvar här och sparas igen strax.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="355"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="374"/>
        <source>The visit cannot be signed yet: see what is missing.</source>
        <translation>Besöket kan inte signeras än: se vad som saknas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="394"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="421"/>
        <source>The journal refused to sign: see what is missing.</source>
        <translation>Journalen kunde inte signera besöket: se vad som saknas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="438"/>
        <source>The visit could not be signed. Try again.</source>
        <translation>Besöket kunde inte signeras. Försök igen.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="562"/>
        <source>The foster home</source>
        <translation>Familjehemmet</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="563"/>
        <source>School or preschool</source>
        <translation>Skolan eller förskolan</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="564"/>
        <source>The office</source>
        <translation>Kontoret</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="565"/>
        <source>Another place</source>
        <translation>Annan plats</translation>
    </message>
</context>
<context>
    <name>ChildVisitPage</name>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="25"/>
        <location filename="../qml/ChildVisitPage.qml" line="136"/>
        <source>Visit to %1</source>
        <translation>Besök hos %1</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="128"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="129"/>
        <source>Back to the child</source>
        <translation>Tillbaka till barnet</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="137"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="144"/>
        <source>%1 years · %2</source>
        <translation>%1 år · %2</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="152"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="153"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="154"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="155"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="164"/>
        <source>Hand over to the child</source>
        <translation>Lämna över till barnet</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="167"/>
        <source>Hand the tablet over to the child for a few questions</source>
        <translation>Lämna över surfplattan till barnet för några frågor</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="172"/>
        <location filename="../qml/ChildVisitPage.qml" line="466"/>
        <source>Sign…</source>
        <translation>Signera…</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="176"/>
        <location filename="../qml/ChildVisitPage.qml" line="469"/>
        <source>Sign the visit</source>
        <translation>Signera besöket</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="177"/>
        <source>Sign the visit: see what is missing</source>
        <translation>Signera besöket: se vad som saknas</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="188"/>
        <source>Opening the visit</source>
        <translation>Öppnar besöket</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="219"/>
        <source>This visit is signed and cannot be changed. A correction is added as an amendment.</source>
        <translation>Besöket är signerat och kan inte ändras. En rättelse läggs till som ett tillägg.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="220"/>
        <source>This draft belongs to another author and cannot be changed here.</source>
        <translation>Utkastet har skrivits av någon annan och kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="225"/>
        <source>The visit</source>
        <translation>Besöket</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="232"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="233"/>
        <source>Started (HH:MM)</source>
        <translation>Började (TT:MM)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="234"/>
        <source>Ended (HH:MM)</source>
        <translation>Slutade (TT:MM)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="246"/>
        <source>Date of the visit</source>
        <translation>Besökets datum</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="258"/>
        <source>Time the visit started</source>
        <translation>När besöket började</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="270"/>
        <source>Time the visit ended</source>
        <translation>När besöket slutade</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="275"/>
        <source>Ended now</source>
        <translation>Slutade nu</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="277"/>
        <source>The visit ended now</source>
        <translation>Besöket slutade nu</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="282"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="309"/>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="319"/>
        <location filename="../qml/ChildVisitPage.qml" line="323"/>
        <source>Which place</source>
        <translation>Vilken plats</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="327"/>
        <location filename="../qml/ChildVisitPage.qml" line="333"/>
        <source>Participants, one per line</source>
        <translation>Deltagare, en per rad</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="332"/>
        <source>Name, role</source>
        <translation>Namn, roll</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="337"/>
        <source>The child&apos;s participation</source>
        <translation>Barnets delaktighet</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="341"/>
        <source>%n required item(s) left before the visit can be signed.</source>
        <translation>
            <numerusform>%n obligatorisk punkt återstår innan besöket kan signeras.</numerusform>
            <numerusform>%n obligatoriska punkter återstår innan besöket kan signeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="342"/>
        <source>The required items are answered.</source>
        <translation>De obligatoriska punkterna är besvarade.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="358"/>
        <source>The child&apos;s own answers</source>
        <translation>Barnets egna svar</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="365"/>
        <source>%1 — %2 of 5</source>
        <translation>%1 — %2 av 5</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="372"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="373"/>
        <location filename="../qml/ChildVisitPage.qml" line="379"/>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="382"/>
        <location filename="../qml/ChildVisitPage.qml" line="387"/>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="391"/>
        <source>Next planned visit (YYYY-MM-DD)</source>
        <translation>Nästa planerade besök (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="405"/>
        <source>Date of the next planned visit</source>
        <translation>Datum för nästa planerade besök</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="412"/>
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Om %n vecka</numerusform>
            <numerusform>Om %n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="414"/>
        <source>Next visit in %n week(s)</source>
        <translation>
            <numerusform>Nästa besök om %n vecka</numerusform>
            <numerusform>Nästa besök om %n veckor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="420"/>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="424"/>
        <source>I have a concern to raise with my supervisor</source>
        <translation>Jag har en oro att ta upp med min arbetsledare</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="436"/>
        <source>The secretary marked a concern.</source>
        <translation>Sekreteraren markerade oro.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="437"/>
        <source>The secretary marked no concern of their own.</source>
        <translation>Sekreteraren markerade ingen egen oro.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="444"/>
        <source>The concern flag is up: your supervisor sees this visit first after the next sync.</source>
        <translation>Oroflaggan är satt: din arbetsledare ser besöket först efter nästa synkning.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="457"/>
        <source>Signed.</source>
        <translation>Signerat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="459"/>
        <source>%n thing(s) left before the visit can be signed.</source>
        <translation>
            <numerusform>%n sak återstår innan besöket kan signeras.</numerusform>
            <numerusform>%n saker återstår innan besöket kan signeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="460"/>
        <source>Ready to sign.</source>
        <translation>Klart att signera.</translation>
    </message>
</context>
<context>
    <name>ParticipationChecklist</name>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="37"/>
        <source>The child was told, in an age-adapted way, why the visit happens and what will be written down</source>
        <translation>Barnet har fått veta, på ett sätt som passar åldern, varför besöket görs och vad som skrivs ner</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="43"/>
        <source>Conversation with the child alone</source>
        <translation>Samtal med barnet enskilt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="47"/>
        <source>The child&apos;s own views, topic by topic</source>
        <translation>Barnets egna synpunkter, ämne för ämne</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="51"/>
        <source>The child was asked whether they feel safe</source>
        <translation>Barnet har fått frågan om hen känner sig trygg</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="55"/>
        <source>The child knows how to reach their social secretary between visits</source>
        <translation>Barnet vet hur hen når sin socialsekreterare mellan besöken</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="60"/>
        <source>The child was told how their views will be used</source>
        <translation>Barnet har fått veta hur hens synpunkter kommer att användas</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="64"/>
        <source>Interpreter or communication aids used</source>
        <translation>Tolk eller kommunikationsstöd användes</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="68"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="75"/>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="114"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="76"/>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="77"/>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="117"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="78"/>
        <source>Not asked</source>
        <translation>Inte tillfrågat</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="81"/>
        <source>The child declined</source>
        <translation>Barnet ville inte</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="82"/>
        <source>Too young (observation instead)</source>
        <translation>För ungt (observation i stället)</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="83"/>
        <source>Not judged appropriate</source>
        <translation>Bedömdes inte lämpligt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="84"/>
        <source>Practical obstacle</source>
        <translation>Praktiskt hinder</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="85"/>
        <source>Interpreter missing</source>
        <translation>Tolk saknades</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="88"/>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="89"/>
        <source>Play or drawing</source>
        <translation>Lek eller teckning</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="90"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="91"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="299"/>
        <source>Describe the concern</source>
        <translation>Beskriv oron</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="304"/>
        <source>Which interpreter or communication aids</source>
        <translation>Vilken tolk eller vilket kommunikationsstöd</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="310"/>
        <source>Describe the other method</source>
        <translation>Beskriv den andra metoden</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="371"/>
        <source>%1 of %2 topics answered</source>
        <translation>%1 av %2 ämnen besvarade</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../qml/SignDialog.qml" line="21"/>
        <location filename="../qml/SignDialog.qml" line="171"/>
        <source>Sign the visit</source>
        <translation>Signera besöket</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="51"/>
        <source>Signing is blocked</source>
        <translation>Besöket kan inte signeras än</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="51"/>
        <source>Sign the visit with your PIN</source>
        <translation>Signera besöket med din PIN-kod</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SignDialog.qml" line="56"/>
        <source>%n thing(s) must be completed before the visit can be signed:</source>
        <translation>
            <numerusform>%n sak måste kompletteras innan besöket kan signeras:</numerusform>
            <numerusform>%n saker måste kompletteras innan besöket kan signeras:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="76"/>
        <source>What blocks signing</source>
        <translation>Det här hindrar signeringen</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="110"/>
        <source>A signed visit cannot be changed; a correction is added as an amendment. Enter your PIN to sign.</source>
        <translation>Ett signerat besök kan inte ändras; en rättelse läggs till som ett tillägg. Ange din PIN-kod för att signera.</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="121"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="125"/>
        <source>Your PIN</source>
        <translation>Din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="142"/>
        <source>Signing</source>
        <translation>Signerar</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="152"/>
        <source>Back to the visit</source>
        <translation>Tillbaka till besöket</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="152"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="165"/>
        <source>Sign</source>
        <translation>Signera</translation>
    </message>
</context>
<context>
    <name>ViewTopicDelegate</name>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="29"/>
        <source>The child&apos;s views on %1</source>
        <translation>Barnets synpunkter om %1</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="90"/>
        <location filename="../qml/ViewTopicDelegate.qml" line="97"/>
        <source>Discussed</source>
        <translation>Samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="91"/>
        <location filename="../qml/ViewTopicDelegate.qml" line="105"/>
        <source>Not discussed</source>
        <translation>Inte samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="92"/>
        <source>Not answered</source>
        <translation>Inte besvarat</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="100"/>
        <source>%1: discussed</source>
        <translation>%1: samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="108"/>
        <source>%1: not discussed</source>
        <translation>%1: inte samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="118"/>
        <source>The child&apos;s own words (required)</source>
        <translation>Barnets egna ord (krävs)</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="119"/>
        <source>The child&apos;s own words on %1</source>
        <translation>Barnets egna ord om %1</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="129"/>
        <source>Why not, or when it will be discussed</source>
        <translation>Varför inte, eller när det tas upp</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="130"/>
        <source>Your notes (optional)</source>
        <translation>Dina anteckningar (frivilligt)</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="131"/>
        <source>Your notes on %1</source>
        <translation>Dina anteckningar om %1</translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="19"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="20"/>
        <source>Start of the visit</source>
        <translation>Besökets början</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="21"/>
        <source>End of the visit</source>
        <translation>Besökets slut</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="22"/>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="23"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="24"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="25"/>
        <source>The child&apos;s own answers</source>
        <translation>Barnets egna svar</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="26"/>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="27"/>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="28"/>
        <source>Next planned visit</source>
        <translation>Nästa planerade besök</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="36"/>
        <source>3. The child&apos;s views: %1</source>
        <translation>3. Barnets synpunkter: %1</translation>
    </message>
</context>
</TS>
